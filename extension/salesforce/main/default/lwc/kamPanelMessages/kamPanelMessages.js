import { LightningElement, api } from 'lwc';

/**
 * The status lines above a KAM list: a failed read or write, renderers that did not load, and a list
 * cut at the first page. Rendered in light DOM, so the lines are part of the card that shows them.
 */
export default class KamPanelMessages extends LightningElement {
  static renderMode = 'light';

  /** A failed read or write, in words. */
  @api errorText;
  /** The renderers could not be loaded, in words. */
  @api vizError;
  /** Only the first page of a list is shown; undefined when the list is complete. */
  @api truncatedText;
}
