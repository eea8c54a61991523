/** What the components' tests share: mounting on an account, waiting, querying the shadow root. */
import { createElement } from 'lwc';

/** Lets wires, promises and the renderers' loading settle. */
export const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** A GraphQL field value as the wire answers it. */
export const v = (value) => ({ value });

export const $ = (element, selector) => element.shadowRoot.querySelector(selector);
export const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];

/** The component on the account's record page, with every toast it shows recorded. */
export function mountOn(tag, is, recordId) {
  const element = createElement(tag, { is });
  element.recordId = recordId;
  const toasts = [];
  element.addEventListener('lightning__showtoast', (e) => toasts.push(e.detail));
  document.body.appendChild(element);
  return { element, toasts };
}

/** Types a value into a form field (`data-field`). */
export const fill = (element, field, value) =>
  $(element, `[data-field="${field}"]`).dispatchEvent(new CustomEvent('change', { detail: { value } }));

/** Records which form inputs were asked to show their validity message (by their field). */
export function spyOnReportValidity(element) {
  const reportValidity = jest.fn();
  for (const input of $$(element, '.kam-form [data-field]')) {
    Object.defineProperty(input, 'reportValidity', { value: () => reportValidity(input.dataset.field) });
  }
  return reportValidity;
}

/** Empties the page after a test. */
export function clearPage() {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
}
