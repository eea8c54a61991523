import { replaceChildren } from '../dom.js';

/**
 * The place edit forms open in: one form at a time, focus moved into it, and back to whatever
 * opened it when it closes (if that is still on the page).
 */
export class EditorPanel {
  private opener: HTMLElement | undefined;

  constructor(readonly element: HTMLElement) {
    element.hidden = true;
  }

  open(form: HTMLFormElement, opener?: Element | null): void {
    this.close(false);
    this.opener = opener && 'focus' in opener ? (opener as HTMLElement) : undefined;
    replaceChildren(this.element, form);
    this.element.hidden = false;
    form.querySelector<HTMLElement>('select, input, textarea, button')?.focus();
  }

  close(returnFocus = true): void {
    if (this.element.hidden) return;
    replaceChildren(this.element);
    this.element.hidden = true;
    if (returnFocus && this.opener?.isConnected) this.opener.focus();
    this.opener = undefined;
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }
}
