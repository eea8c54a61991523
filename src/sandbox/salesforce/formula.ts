/**
 * The subset of Salesforce's formula language the KAM metadata uses: validation rules, formula fields
 * and record-triggered flow entry conditions. Logical and comparison operators, arithmetic, AND/OR/NOT,
 * IF, ISBLANK, BLANKVALUE, ISPICKVAL, INCLUDES, TODAY, NOW, ISNEW, ISCHANGED, PRIORVALUE; field
 * references as `Field__c` or `{!$Record.Field__c}`.
 */
export type FormulaValue = string | number | boolean | null;

export interface FormulaContext {
  /** the record's value of a field (percent fields as fractions, dates as `YYYY-MM-DD`) */
  value(field: string): FormulaValue;
  prior(field: string): FormulaValue;
  readonly isNew: boolean;
  readonly today: string;
  readonly now: string;
}

type Node =
  | { k: 'lit'; v: FormulaValue }
  | { k: 'field'; name: string }
  | { k: 'call'; fn: string; args: Node[] }
  | { k: 'bin'; op: string; l: Node; r: Node }
  | { k: 'neg'; e: Node };

const TOKEN =
  /\s*(?:(\{!\$Record\.([\w.]+)\})|(\d+(?:\.\d+)?)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([A-Za-z_][\w.]*)|(<=|>=|<>|!=|==|&&|\|\||[-+*/<>=(),&!]))/y;

type Tok = { t: 'field' | 'num' | 'str' | 'id' | 'op'; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`formula: unexpected character at ${pos}: ${src.slice(pos, pos + 10)}`);
    pos = TOKEN.lastIndex;
    if (m[2] !== undefined) out.push({ t: 'field', v: m[2] });
    else if (m[3] !== undefined) out.push({ t: 'num', v: m[3] });
    else if (m[4] !== undefined) out.push({ t: 'str', v: m[4] });
    else if (m[5] !== undefined) out.push({ t: 'str', v: m[5] });
    else if (m[6] !== undefined) out.push({ t: 'id', v: m[6] });
    else out.push({ t: 'op', v: m[7]! });
  }
  return out;
}

const PRECEDENCE: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '=': 3,
  '==': 3,
  '!=': 3,
  '<>': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '&': 5,
  '*': 6,
  '/': 6,
};

const FUNCTIONS = new Set([
  'AND',
  'OR',
  'NOT',
  'IF',
  'ISBLANK',
  'ISNULL',
  'BLANKVALUE',
  'NULLVALUE',
  'ISPICKVAL',
  'INCLUDES',
  'TEXT',
  'TODAY',
  'NOW',
  'ISNEW',
  'ISCHANGED',
  'PRIORVALUE',
]);

/** Parses a formula into a tree (throws on syntax outside the subset). */
export function parseFormula(src: string): Node {
  const toks = tokenize(src);
  let i = 0;
  const peek = () => toks[i];
  const expect = (v: string) => {
    if (peek()?.v !== v) throw new Error(`formula: expected ${v}`);
    i++;
  };
  const primary = (): Node => {
    const t = toks[i++];
    if (!t) throw new Error('formula: unexpected end');
    if (t.t === 'num') return { k: 'lit', v: Number(t.v) };
    if (t.t === 'str') return { k: 'lit', v: t.v.replace(/\\(.)/g, '$1') };
    if (t.t === 'field') return { k: 'field', name: t.v };
    if (t.v === '(') {
      const e = expr(0);
      expect(')');
      return e;
    }
    if (t.v === '-') return { k: 'neg', e: primary() };
    if (t.v === '!') return { k: 'call', fn: 'NOT', args: [primary()] };
    if (t.t === 'id') {
      const upper = t.v.toUpperCase();
      if (peek()?.v === '(') {
        if (!FUNCTIONS.has(upper))
          throw new Error(`formula: function ${t.v} is not supported by the sandbox`);
        i++;
        const args: Node[] = [];
        while (peek()?.v !== ')') {
          args.push(expr(0));
          if (peek()?.v === ',') i++;
          else break;
        }
        expect(')');
        return { k: 'call', fn: upper, args };
      }
      if (upper === 'TRUE' || upper === 'FALSE') return { k: 'lit', v: upper === 'TRUE' };
      if (upper === 'NULL') return { k: 'lit', v: null };
      return { k: 'field', name: t.v };
    }
    throw new Error(`formula: unexpected ${t.v}`);
  };
  const expr = (min: number): Node => {
    let left = primary();
    for (;;) {
      const t = peek();
      const prec = t?.t === 'op' ? PRECEDENCE[t.v] : undefined;
      if (prec === undefined || prec < min) break;
      i++;
      left = { k: 'bin', op: t!.v, l: left, r: expr(prec + 1) };
    }
    return left;
  };
  const tree = expr(0);
  if (i !== toks.length) throw new Error(`formula: unexpected ${toks[i]!.v}`);
  return tree;
}

const blank = (v: FormulaValue) => v === null || v === '';

function compare(op: string, a: FormulaValue, b: FormulaValue): boolean {
  if (op === '=' || op === '==') return blank(a) && blank(b) ? true : a === b;
  if (op === '!=' || op === '<>') return !(blank(a) && blank(b)) && a !== b;
  if (a === null || b === null) return false;
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}

/** Evaluates a parsed formula against a record. */
export function evaluate(node: Node, ctx: FormulaContext): FormulaValue {
  const ev = (n: Node) => evaluate(n, ctx);
  switch (node.k) {
    case 'lit':
      return node.v;
    case 'field':
      return ctx.value(node.name);
    case 'neg': {
      const v = ev(node.e);
      return v === null ? null : -Number(v);
    }
    case 'bin': {
      const a = ev(node.l);
      if (node.op === '&&') return a === true && ev(node.r) === true;
      if (node.op === '||') return a === true || ev(node.r) === true;
      const b = ev(node.r);
      if (node.op === '&') return `${a ?? ''}${b ?? ''}`;
      if (node.op in { '+': 1, '-': 1, '*': 1, '/': 1 }) {
        if (a === null || b === null) return null;
        const [x, y] = [Number(a), Number(b)];
        return node.op === '+' ? x + y : node.op === '-' ? x - y : node.op === '*' ? x * y : x / y;
      }
      return compare(node.op, a, b);
    }
    case 'call':
      return call(node.fn, node.args, ctx);
  }
}

function call(fn: string, args: Node[], ctx: FormulaContext): FormulaValue {
  const ev = (n: Node | undefined) => (n ? evaluate(n, ctx) : null);
  const fieldName = (n: Node | undefined) => {
    if (n?.k !== 'field') throw new Error(`formula: ${fn} needs a field`);
    return n.name;
  };
  switch (fn) {
    case 'AND':
      return args.every((a) => ev(a) === true);
    case 'OR':
      return args.some((a) => ev(a) === true);
    case 'NOT':
      return ev(args[0]) !== true;
    case 'IF':
      return ev(args[0]) === true ? ev(args[1]) : ev(args[2]);
    case 'ISBLANK':
    case 'ISNULL':
      return blank(ev(args[0]));
    case 'BLANKVALUE':
    case 'NULLVALUE': {
      const v = ev(args[0]);
      return blank(v) ? ev(args[1]) : v;
    }
    case 'ISPICKVAL':
      return (ev(args[0]) ?? '') === ev(args[1]);
    case 'INCLUDES':
      return String(ev(args[0]) ?? '')
        .split(';')
        .includes(String(ev(args[1])));
    case 'TEXT':
      return ev(args[0]) === null ? '' : String(ev(args[0]));
    case 'TODAY':
      return ctx.today;
    case 'NOW':
      return ctx.now;
    case 'ISNEW':
      return ctx.isNew;
    case 'ISCHANGED': {
      const name = fieldName(args[0]);
      return !ctx.isNew && !sameValue(ctx.value(name), ctx.prior(name));
    }
    case 'PRIORVALUE':
      return ctx.prior(fieldName(args[0]));
    default:
      throw new Error(`formula: function ${fn} is not supported by the sandbox`);
  }
}

const sameValue = (a: FormulaValue, b: FormulaValue) => (blank(a) && blank(b)) || a === b;

/** Field names a formula reads (for ISCHANGED filters and validation). */
export function referencedFields(node: Node): string[] {
  switch (node.k) {
    case 'field':
      return [node.name];
    case 'neg':
      return referencedFields(node.e);
    case 'bin':
      return [...referencedFields(node.l), ...referencedFields(node.r)];
    case 'call':
      return node.args.flatMap(referencedFields);
    default:
      return [];
  }
}

export type Formula = Node;
