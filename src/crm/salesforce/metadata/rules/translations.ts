import type { SalesforceMetadata } from '../model.js';
import { problem, type Problem } from '../problems.js';

/** Every field has a label, a help text (where the field has one) and picklist values in `language`. */
export function checkTranslations(meta: SalesforceMetadata, language = 'de'): Problem[] {
  const out: Problem[] = [];
  const byKey = new Map(
    meta.translations.filter((t) => t.language === language).map((t) => [`${t.object}.${t.field}`, t]),
  );
  for (const obj of meta.objects.values()) {
    for (const f of obj.fields.values()) {
      const t = byKey.get(`${obj.name}.${f.name}`);
      if (!t) {
        out.push(
          problem(
            f.file,
            `no ${language} translation (objectTranslations/${obj.name}-${language}/${f.name}.fieldTranslation-meta.xml)`,
          ),
        );
        continue;
      }
      if (f.helpText && !t.help) out.push(problem(t.file, `help text of ${f.name} is not translated`));
      const missing = f.picklistValues.filter((v) => !t.picklistValues.has(v));
      if (missing.length > 0)
        out.push(problem(t.file, `picklist values without translation: ${missing.join(', ')}`));
      const unknown = [...t.picklistValues.keys()].filter((v) => !f.picklistValues.includes(v));
      if (unknown.length > 0)
        out.push(problem(t.file, `translations for unknown picklist values: ${unknown.join(', ')}`));
    }
  }
  for (const t of byKey.values()) {
    if (!meta.objects.get(t.object)?.fields.has(t.field)) {
      out.push(problem(t.file, `translates ${t.object}.${t.field}, which does not exist`));
    }
  }
  return out;
}
