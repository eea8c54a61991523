import { LightningElement, api } from 'lwc';
import SAVE from '@salesforce/label/c.KAM_Form_Save';
import CANCEL from '@salesforce/label/c.KAM_Form_Cancel';

/**
 * The end of a KAM edit form: why the last save failed, and Cancel / Save (Save disabled while a save
 * runs). Fires `cancel` and `save`. Rendered in light DOM, so it is part of the form that shows it.
 */
export default class KamFormFooter extends LightningElement {
  static renderMode = 'light';

  /** Why the last save failed, in words; undefined when it did not. */
  @api formError;
  /** A save is running. */
  @api saving = false;

  labels = { save: SAVE, cancel: CANCEL };

  handleCancel() {
    this.dispatchEvent(new CustomEvent('cancel'));
  }

  handleSave() {
    this.dispatchEvent(new CustomEvent('save'));
  }
}
