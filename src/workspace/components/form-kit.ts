import type { Lang } from '../../core/i18n/index.js';
import { t } from '../../core/i18n/index.js';
import { errorText } from '../errors.js';
import type { Child } from '../dom.js';
import { button, h, replaceChildren, uniqueId } from '../dom.js';

/** A field that failed validation and what to tell the person. */
export interface Invalid {
  readonly field: HTMLElement;
  readonly message: string;
}

export interface EditFormSpec<T> {
  readonly testId: string;
  readonly title: string;
  readonly lang: Lang;
  readonly fields: readonly Child[];
  /** The request body from the fields, or the fields that are not valid. */
  read(): { body: T } | { invalid: readonly Invalid[] };
  /** Saves; a rejection keeps the form open with the error's message. */
  save(body: T): Promise<void>;
  cancel(): void;
}

/**
 * An accessible edit form: a heading names it, errors are announced (role=alert) and tied to their
 * fields (aria-invalid, aria-describedby), Escape cancels, and both buttons are disabled while the
 * save runs so nothing is sent twice.
 */
export function editForm<T>(doc: Document, spec: EditFormSpec<T>): HTMLFormElement {
  const titleId = uniqueId('edit-title');
  const errorId = uniqueId('edit-error');
  const error = h(doc, 'div', { class: 'form-error', id: errorId, role: 'alert' });
  const submit = h(
    doc,
    'button',
    { type: 'submit', class: 'button button--primary' },
    t('workspace.action.save', spec.lang),
  );
  const cancel = button(doc, t('workspace.action.cancel', spec.lang), () => spec.cancel(), {
    class: 'button',
  });
  const form = h(
    doc,
    'form',
    { class: 'edit-form', 'data-testid': spec.testId, 'aria-labelledby': titleId, novalidate: true },
    h(doc, 'h2', { id: titleId }, spec.title),
    ...spec.fields,
    error,
    h(doc, 'div', { class: 'form-buttons' }, submit, cancel),
  );

  const clearInvalid = () => {
    for (const field of form.querySelectorAll('[aria-invalid]')) {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-describedby');
    }
    replaceChildren(error);
  };
  const setBusy = (busy: boolean) => {
    submit.disabled = busy;
    cancel.disabled = busy;
    form.setAttribute('aria-busy', String(busy));
  };

  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !submit.disabled) {
      event.preventDefault();
      spec.cancel();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    clearInvalid();
    const result = spec.read();
    if ('invalid' in result) {
      for (const { field, message } of result.invalid) {
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-describedby', errorId);
        error.appendChild(h(doc, 'p', {}, message));
      }
      result.invalid[0]?.field.focus();
      return;
    }
    setBusy(true);
    spec.save(result.body).then(
      () => setBusy(false),
      (failure: unknown) => {
        setBusy(false);
        replaceChildren(error, h(doc, 'p', {}, errorText(failure, spec.lang)));
      },
    );
  });
  return form;
}

/** A labelled select. */
export function selectField(
  doc: Document,
  label: string,
  name: string,
  options: readonly { readonly value: string; readonly label: string }[],
  selected: string,
): { wrapper: HTMLElement; select: HTMLSelectElement } {
  const id = uniqueId(`field-${name}`);
  const select = h(
    doc,
    'select',
    { id, name },
    ...options.map((o) => h(doc, 'option', { value: o.value, selected: o.value === selected }, o.label)),
  );
  return { wrapper: h(doc, 'div', { class: 'field' }, h(doc, 'label', { for: id }, label), select), select };
}

/** A fieldset of labelled checkboxes. */
export function checkboxGroup(
  doc: Document,
  legend: string,
  name: string,
  options: readonly { readonly value: string; readonly label: string }[],
  checked: ReadonlySet<string>,
): { wrapper: HTMLFieldSetElement; boxes: HTMLInputElement[] } {
  const boxes: HTMLInputElement[] = [];
  const items = options.map((o) => {
    const box = h(doc, 'input', { type: 'checkbox', name, value: o.value, checked: checked.has(o.value) });
    boxes.push(box);
    return h(doc, 'label', { class: 'check' }, box, ` ${o.label}`);
  });
  return {
    wrapper: h(doc, 'fieldset', { class: 'field checks' }, h(doc, 'legend', {}, legend), ...items),
    boxes,
  };
}
