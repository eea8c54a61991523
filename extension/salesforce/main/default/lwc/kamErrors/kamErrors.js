import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import TITLE from '@salesforce/label/c.KAM_Error_Title';
import UNKNOWN from '@salesforce/label/c.KAM_Error_Unknown';
import MISSING from '@salesforce/label/c.KAM_Form_Missing';
import INVALID from '@salesforce/label/c.KAM_Form_Invalid';
import { format } from 'c/kamFormat';

/**
 * The messages of whatever failed: a wire or LDS error (`body.message`, `body.output.errors`,
 * `body.pageErrors`, field errors), a GraphQL error list, a JavaScript Error, or a list of them.
 */
export function errorMessages(error) {
  const errors = Array.isArray(error) ? error : [error];
  const out = [];
  for (const e of errors) {
    if (!e) continue;
    if (typeof e === 'string') out.push(e);
    else if (Array.isArray(e.body)) out.push(...e.body.map((b) => b.message).filter(Boolean));
    else if (e.body?.output?.errors?.length || e.body?.output?.fieldErrors) {
      out.push(...(e.body.output.errors ?? []).map((x) => x.message));
      for (const list of Object.values(e.body.output.fieldErrors ?? {}))
        out.push(...list.map((x) => x.message));
    } else if (e.body?.pageErrors?.length) out.push(...e.body.pageErrors.map((x) => x.message));
    else if (e.body?.message) out.push(e.body.message);
    else if (e.message) out.push(e.message);
  }
  return out.length > 0 ? out : [UNKNOWN];
}

/** One line for an inline message. */
export function errorText(error) {
  return errorMessages(error).join(' · ');
}

/** Shows the error as a toast (the component also shows it inline). */
export function toastError(component, error, title = TITLE) {
  component.dispatchEvent(new ShowToastEvent({ title, message: errorText(error), variant: 'error' }));
}

/**
 * An invalid form: each input shows its own message (`reportValidity`), and one line says which fields
 * to fill in (`missing`) or correct (`invalid`), by their labels.
 */
export function formProblem(template, { missing = [], invalid = [] }) {
  for (const input of template.querySelectorAll('[data-field]')) input.reportValidity?.();
  return [
    missing.length > 0 ? format(MISSING, { fields: missing.join(', ') }) : '',
    invalid.length > 0 ? format(INVALID, { fields: invalid.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
