import type { Correction, CorrectionList, DocumentUpload } from '../../contract/writes.js';
import { WriteClient } from '../api/writes.js';
import { needsToken, WRITES_OFF, writeErrorMessage, writesDisabled } from '../upload/messages.js';
import { ACCEPTED, fileProblem } from '../upload/rows.js';
import { h, replace } from './dom.js';
import { type CorrectionActions, CorrectionsList, wrongMatchButton } from './upload-corrections.js';
import { type PreviewContext, renderPreview } from './upload-preview.js';

export interface UploadEvents {
  /** A document was loaded: the explorer reads its graph again. */
  loaded(): Promise<void>;
  knownTools: PreviewContext['knownTools'];
  categories: PreviewContext['categories'];
}

/**
 * "Add your document": a modal dialog (the browser's <dialog>, so Esc closes it, the page behind is inert and focus
 * returns to the button that opened it) where a person picks or drops a file, previews what it would load, loads it,
 * and corrects the taxonomy. Also the one place the explorer learns that writes are off: it says so once, and every
 * `.write-action` on the page hides (a data attribute on <html>, which the stylesheet reads).
 */
export class UploadPanel implements CorrectionActions {
  private readonly api = new WriteClient();
  private readonly fileInput: HTMLInputElement;
  private readonly person: HTMLInputElement;
  private readonly dropZone: HTMLButtonElement;
  private readonly dropTitle: HTMLElement;
  private readonly previewButton: HTMLButtonElement;
  private readonly loadButton: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly error: HTMLElement;
  private readonly token: HTMLElement;
  private readonly result: HTMLElement;
  private readonly corrections: CorrectionsList;
  private file: { name: string; content: string } | null = null;
  private names = new Map<string, string>();
  /** What the last failed call said, for a caller that shows it where the person acted. */
  private failure = '';

  constructor(
    private readonly dialog: HTMLDialogElement,
    opener: HTMLElement,
    private readonly events: UploadEvents,
  ) {
    this.fileInput = h('input', {
      type: 'file',
      id: 'upload-file',
      class: 'sr-only',
      accept: ACCEPTED.join(','),
      tabindex: '-1',
      'aria-label': 'Choose a document',
      onchange: () => void this.pick(this.fileInput.files?.[0]),
    });
    this.dropTitle = h('span', { class: 'drop-title' }, 'Drop a file here, or choose one');
    this.dropZone = h(
      'button',
      { type: 'button', id: 'upload-drop', class: 'drop-zone', onclick: () => this.fileInput.click() },
      this.dropTitle,
      h('span', { class: 'drop-hint' }, 'Markdown, text or JSON Resume (.md, .markdown, .txt, .json)'),
    );
    this.person = h('input', { id: 'upload-person', autocomplete: 'off', maxlength: 200 });
    this.previewButton = h(
      'button',
      { type: 'submit', id: 'upload-preview', class: 'btn', disabled: true },
      'Preview',
    );
    this.loadButton = h(
      'button',
      {
        type: 'button',
        id: 'upload-load',
        class: 'btn btn-primary',
        disabled: true,
        onclick: () => void this.load(),
      },
      'Load into the graph',
    );
    this.status = h('p', { class: 'upload-status', role: 'status', 'aria-live': 'polite' });
    this.error = h('div', { class: 'upload-error', role: 'alert' });
    this.token = this.tokenForm();
    this.result = h('div', { class: 'upload-result' });
    this.corrections = new CorrectionsList(this);
    this.bindDrop();
    replace(
      dialog,
      h(
        'header',
        { class: 'upload-head' },
        h('h2', { id: 'upload-title' }, 'Add your document'),
        h(
          'button',
          { type: 'button', class: 'icon-btn', 'aria-label': 'Close (Esc)', onclick: () => this.close() },
          '×',
        ),
      ),
      h(
        'p',
        { class: 'note' },
        'See what a résumé or narrative would add to the graph, then load it beside the people already there. Loading the same person again replaces their graph.',
      ),
      h(
        'form',
        {
          class: 'upload-form write-action',
          onsubmit: (event: SubmitEvent) => {
            event.preventDefault();
            void this.preview();
          },
        },
        this.dropZone,
        this.fileInput,
        h('label', { for: 'upload-person' }, 'Whose document (optional, when it does not say)'),
        this.person,
        h('div', { class: 'upload-buttons' }, this.previewButton, this.loadButton),
      ),
      this.status,
      this.error,
      this.token,
      this.result,
      this.corrections.root,
    );
    dialog.setAttribute('aria-labelledby', 'upload-title');
    opener.addEventListener('click', () => this.open());
    // Esc is the dialog's own (it closes): the explorer's Esc (clear the focus) must not also run behind it.
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') event.stopPropagation();
    });
  }

  open(): void {
    if (!this.dialog.open) this.dialog.showModal();
    void this.refreshCorrections();
  }

  close(): void {
    this.dialog.close();
  }

  /** "Not this tool" for an evidence sentence the inspector shows. */
  wrongMatch(tool: { id: string; name: string }, sentence: string): HTMLElement {
    return wrongMatchButton(this, tool, sentence);
  }

  toolNames(): ReadonlyMap<string, string> {
    for (const t of this.events.knownTools()) this.names.set(t.id, t.name);
    for (const c of this.events.categories()) this.names.set(c.id, c.name);
    return this.names;
  }

  async correct(correction: Correction): Promise<CorrectionList | string> {
    const list = await this.write(async () => {
      const list = await this.api.correct(correction);
      this.corrections.show(list);
      this.say('Correction saved.');
      return list;
    });
    return list ?? this.failure;
  }

  async revert(id: string): Promise<CorrectionList | string> {
    const list = await this.write(async () => {
      const list = await this.api.revert(id);
      this.corrections.show(list);
      this.say('Correction reverted.');
      return list;
    });
    return list ?? this.failure;
  }

  private async refreshCorrections(): Promise<void> {
    await this.write(async () => {
      this.corrections.show(await this.api.corrections());
    });
  }

  /** Reads the chosen or dropped file; the preview that follows sends its text. */
  private async pick(file: File | undefined): Promise<void> {
    if (!file) return;
    const problem = fileProblem(file.name);
    if (problem) {
      this.showError(problem);
      return;
    }
    this.file = { name: file.name, content: await file.text() };
    this.dropTitle.textContent = `${file.name} — choose another`;
    this.previewButton.disabled = false;
    this.loadButton.disabled = true;
    this.say(`${file.name} is ready to preview.`);
    this.showError(null);
  }

  private upload(): DocumentUpload | null {
    if (!this.file) return null;
    const person = this.person.value.trim();
    return { ...this.file, ...(person ? { person } : {}) };
  }

  private async preview(): Promise<void> {
    const upload = this.upload();
    if (!upload) return;
    this.busy(true);
    this.say(`Reading ${upload.name}…`);
    await this.write(async () => {
      const preview = await this.api.preview(upload);
      for (const p of preview.people)
        for (const j of p.jobs) for (const t of j.tools) this.names.set(t.toolId, t.name);
      replace(this.result, renderPreview(preview, this.contextFor()));
      this.loadButton.disabled = preview.people.length === 0;
      this.say('Preview ready.');
      // Focus follows the question to its answer, as a search does.
      this.result.querySelector<HTMLElement>('#upload-preview-title')?.focus();
    });
    this.busy(false);
  }

  private async load(): Promise<void> {
    const upload = this.upload();
    if (!upload) return;
    this.busy(true);
    this.say(`Loading ${upload.name} into the graph…`);
    await this.write(async () => {
      const load = await this.api.load(upload);
      this.result.querySelector('.upload-summary')?.remove();
      this.result.prepend(h('p', { class: 'upload-summary' }, load.summary));
      this.say(`${load.summary} Redrawing the graph…`);
      await this.events.loaded();
      this.say(`${load.summary} The graph shows it now.`);
    });
    this.busy(false);
  }

  private contextFor(): PreviewContext {
    return {
      correct: (c) => this.correct(c),
      revert: (id) => this.revert(id),
      toolNames: () => this.toolNames(),
      knownTools: this.events.knownTools,
      categories: this.events.categories,
    };
  }

  /**
   * Runs a write-API call, turning a failure into a plain message (the file, the name and the preview stay as they
   * were: nothing is lost). Resolves with the work's result, or null when it failed.
   */
  private async write<T>(work: () => Promise<T>): Promise<T | null> {
    try {
      const result = await work();
      this.showError(null);
      return result;
    } catch (error) {
      this.failure = writeErrorMessage(error);
      if (writesDisabled(error)) this.writesOff();
      else this.showError(this.failure);
      if (needsToken(error)) this.token.hidden = false;
      this.say('');
      return null;
    }
  }

  /** Said once, in the panel; every write button on the page hides. The read-only explorer is untouched. */
  private writesOff(): void {
    document.documentElement.dataset.writes = 'off';
    this.showError(null);
    replace(this.status, WRITES_OFF);
    this.status.classList.add('upload-off');
  }

  private busy(on: boolean): void {
    this.previewButton.disabled = on || !this.file;
    this.loadButton.disabled = on || this.result.querySelector('.upload-preview') === null;
    this.dialog.setAttribute('aria-busy', String(on));
  }

  private say(text: string): void {
    if (document.documentElement.dataset.writes !== 'off') this.status.textContent = text;
  }

  private showError(message: string | null): void {
    this.error.hidden = !message;
    replace(this.error, message ?? '');
  }

  private tokenForm(): HTMLElement {
    const input = h('input', { id: 'upload-token', type: 'password', autocomplete: 'off' });
    return h(
      'form',
      {
        class: 'upload-token',
        hidden: true,
        onsubmit: (event: SubmitEvent) => {
          event.preventDefault();
          this.api.setToken(input.value);
          this.token.hidden = true;
          this.showError(null);
          this.say('Token set for this page. Try again.');
          void this.refreshCorrections();
        },
      },
      h('label', { for: 'upload-token' }, 'Write token'),
      input,
      h('button', { type: 'submit', class: 'btn btn-small' }, 'Use token'),
    );
  }

  /** Drag and drop onto the drop zone, which is also a button that opens the file picker. */
  private bindDrop(): void {
    const zone = this.dropZone;
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('dragging');
      void this.pick(event.dataTransfer?.files[0]);
    });
  }
}
