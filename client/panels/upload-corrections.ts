import type { Correction, CorrectionList } from '../../contract/writes.js';
import { describeCorrection } from '../upload/rows.js';
import { h, replace } from './dom.js';

/** What the corrections UI needs from the panel: the write API, and what to do with its answers and failures. */
export interface CorrectionActions {
  /** Posts a correction; resolves with the list after it, or with what to say when it failed. */
  correct(correction: Correction): Promise<CorrectionList | string>;
  revert(id: string): Promise<CorrectionList | string>;
  /** Names by graph id (tools and categories), to say "Not Swift" rather than "Not tool:swift". */
  toolNames(): ReadonlyMap<string, string>;
}

/**
 * "Not this tool" beside an evidence sentence: this sentence does not mean this tool ("this Swift is not the
 * language"). A write action (hidden, like every `.write-action`, once the server says writes are off); the note
 * beside it says what the correction does, since the graph already loaded keeps the match until the document is
 * loaded again.
 */
export function wrongMatchButton(
  actions: CorrectionActions,
  tool: { id: string; name: string },
  sentence: string,
): HTMLElement {
  const note = h('span', { class: 'correction-note', role: 'status' });
  const button = h(
    'button',
    {
      type: 'button',
      class: 'btn btn-small write-action not-this-tool',
      title: `Mark that this sentence does not mean ${tool.name}`,
      'aria-label': `Not this tool: ${tool.name} is not meant in this sentence`,
      onclick: () => {
        button.disabled = true;
        void actions.correct({ kind: 'wrong-match', toolId: tool.id, sentence }).then((answer) => {
          // Said beside the button, which may be far from the panel (writes off hides the button, not the note).
          button.disabled = typeof answer !== 'string';
          note.textContent =
            typeof answer === 'string' ? answer : `Marked: not ${tool.name} here. ${answer.note}`;
        });
      },
    },
    'Not this tool',
  );
  return h('span', { class: 'correction' }, button, note);
}

/** The Corrections list: each correction in words with its Revert, and the plain note on when they apply. */
export class CorrectionsList {
  readonly root: HTMLElement;
  private readonly list: HTMLElement;
  private readonly note: HTMLElement;

  constructor(private readonly actions: CorrectionActions) {
    this.note = h('p', { class: 'note corrections-note' });
    this.list = h('ul', { class: 'corrections-list', 'aria-label': 'Your corrections' });
    this.root = h(
      'section',
      { class: 'upload-section corrections', 'aria-labelledby': 'corrections-title' },
      h('h3', { id: 'corrections-title' }, 'Corrections'),
      this.note,
      this.list,
    );
  }

  show(data: CorrectionList): void {
    this.note.textContent = `${data.note} They are kept in ${data.file}.`;
    const names = this.actions.toolNames();
    if (data.corrections.length === 0) {
      replace(this.list, h('li', { class: 'empty' }, 'No corrections yet.'));
      return;
    }
    replace(
      this.list,
      data.corrections.map((c) => {
        const text = describeCorrection(c, names);
        return h(
          'li',
          { class: 'correction-row', dataset: { id: c.id, kind: c.kind } },
          h('span', { class: 'correction-text' }, text),
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-small write-action',
              'aria-label': `Revert: ${text}`,
              onclick: (event: MouseEvent) => {
                const button = event.currentTarget as HTMLButtonElement;
                button.disabled = true;
                // On success the list is drawn again; on failure the row stays, to be tried again.
                void this.actions.revert(c.id).then((answer) => {
                  if (typeof answer === 'string') button.disabled = false;
                });
              },
            },
            'Revert',
          ),
        );
      }),
    );
  }
}
