import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { refreshGraphQL } from 'lightning/uiGraphQLApi';
import { createRecord, deleteRecord, updateRecord } from 'lightning/uiRecordApi';
import { loadKamViz } from 'c/kamViz';
import { errorText, toastError } from 'c/kamErrors';
import { format } from 'c/kamFormat';
import { PAGE_SIZE, childRecordInput, hasMorePages } from 'c/kamPlanRecords';
import VIZ_FAILED from '@salesforce/label/c.KAM_Viz_LoadFailed';
import TRUNCATED from '@salesforce/label/c.KAM_List_Truncated';

/**
 * What every KAM card on the Account page that reads through the GraphQL wire and writes records shares:
 * the status lines (`c-kam-panel-messages`), loading the renderers, and the writes with their
 * confirmation, fresh read and failure shown inline and as a toast. A card extends it and keeps only its
 * own data, drawing and form.
 */
export default class KamRecordPanel extends LightningElement {
  @api recordId;

  /** A failed read or write from the list, in words. */
  errorText;
  /** The renderers could not be loaded, in words. */
  vizError;
  /** The answer held only the first page of some list. */
  truncated = false;
  /** The page size of the card's lists, for the note that a list was cut. */
  pageSize = PAGE_SIZE;
  showForm = false;
  /** The record being edited in the form; undefined for a new one. */
  editingId;
  formError;
  /** A write is under way. */
  saving = false;
  /** The GraphQL wire's last result, to refresh after a write. */
  wired;

  /**
   * Takes the GraphQL wire's answer: a failed read is said inline and in a toast; data goes to `read`,
   * then the card draws (its `draw()`).
   */
  receive(result, read) {
    this.wired = result;
    const { data, errors } = result ?? {};
    if (errors?.length) {
      this.showError(errors);
      return;
    }
    if (!data) return;
    this.errorText = undefined;
    this.truncated = hasMorePages(data);
    read(data);
    this.draw();
  }

  get truncatedText() {
    return this.truncated ? format(TRUNCATED, { count: this.pageSize }) : undefined;
  }

  /** The renderers (loaded once per page), or undefined after saying inline and in a toast why not. */
  async loadViz() {
    try {
      const viz = await loadKamViz(this);
      this.vizError = undefined;
      return viz;
    } catch (error) {
      this.vizError = format(VIZ_FAILED, { reason: errorText(error) });
      toastError(this, error);
      return undefined;
    }
  }

  /** Runs an analysis or a drawing; what fails in it is said inline and in a toast, never lost. */
  safely(work) {
    try {
      work();
    } catch (error) {
      this.showError(error);
    }
  }

  /** The svg inside the `lwc:dom="manual"` container, created on first use. */
  svgIn(container) {
    return (
      container.querySelector('svg') ??
      container.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    );
  }

  /** The card's form: `openForm(id?)` (the card's own) fills the draft for a new or an existing record. */
  handleAdd() {
    this.openForm();
  }

  handleEdit(event) {
    this.openForm(event.target.dataset.id);
  }

  handleCancel() {
    this.showForm = false;
  }

  handleDraftChange(event) {
    this.draft = { ...this.draft, [event.target.dataset.field]: event.detail.value };
  }

  /** Saves the form: updates the record being edited, or creates a child record of the Account. */
  async saveRecord(objectApiName, fields, savedLabel) {
    await this.write(
      () =>
        this.editingId
          ? updateRecord({ fields: { Id: this.editingId, ...fields } })
          : createRecord(childRecordInput(objectApiName, this.recordId, fields)),
      savedLabel,
      {
        saved: () => {
          this.showForm = false;
          this.formError = undefined;
        },
        failed: (text) => {
          this.formError = text;
        },
      },
    );
  }

  /** A delete from the list; a form open for that record closes, a failure shows above the list. */
  async deleteRecordById(id, deletedLabel) {
    await this.writeFromList(
      () => deleteRecord(id),
      deletedLabel,
      () => {
        if (this.editingId === id) this.showForm = false;
      },
    );
  }

  /** A write from the list (delete, complete): its failure shows above the list. */
  async writeFromList(save, doneLabel, saved = () => {}) {
    await this.write(save, doneLabel, {
      saved: () => {
        saved();
        this.errorText = undefined;
      },
      failed: (text) => {
        this.errorText = text;
      },
    });
  }

  /** One write, then a confirmation and a fresh read; a failure inline where it happened and in a toast. */
  async write(save, doneLabel, { saved, failed }) {
    this.saving = true;
    try {
      await save();
      saved();
      this.toast(doneLabel);
      await refreshGraphQL(this.wired);
    } catch (error) {
      failed(errorText(error));
      toastError(this, error);
    } finally {
      this.saving = false;
    }
  }

  showError(error) {
    this.errorText = errorText(error);
    toastError(this, error);
  }

  toast(title) {
    this.dispatchEvent(new ShowToastEvent({ title, variant: 'success' }));
  }
}
