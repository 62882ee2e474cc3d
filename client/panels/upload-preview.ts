import type { DocumentPreview } from '../../contract/writes.js';
import { highlightTerms } from '../search/highlight.js';
import {
  categoryChoices,
  type JobRow,
  type PersonRows,
  previewRows,
  previewSummary,
  resolveTool,
} from '../upload/rows.js';
import { h, marked, plural } from './dom.js';
import { type CorrectionActions, wrongMatchButton } from './upload-corrections.js';

/** What the preview needs besides the write API: the tools and categories the explorer already knows. */
export interface PreviewContext extends CorrectionActions {
  knownTools(): readonly { id: string; name: string; aliases: readonly string[] }[];
  categories(): readonly { id: string; name: string }[];
}

let formIds = 0;

/**
 * What a document would load, laid out from `previewRows`: each person's jobs with their tools, stance and first
 * evidence sentence (with "Not this tool"), claimed skills, the terms not in the taxonomy (with "Add as tool" and
 * "It's a spelling of…") and warnings. Returns the section; its heading takes focus when it arrives.
 */
export function renderPreview(preview: DocumentPreview, context: PreviewContext): HTMLElement {
  const people = previewRows(preview);
  return h(
    'section',
    { class: 'upload-section upload-preview', 'aria-labelledby': 'upload-preview-title' },
    h('h3', { id: 'upload-preview-title', tabindex: '-1' }, `Preview of ${preview.file}`),
    h('p', { class: 'preview-summary' }, previewSummary(people), '. Nothing is written until you load it.'),
    people.map((p) => personSection(p, context)),
  );
}

function personSection(person: PersonRows, context: PreviewContext): HTMLElement {
  return h(
    'div',
    { class: 'preview-person', dataset: { person: person.id } },
    h('h4', null, person.name),
    person.warnings.length
      ? h(
          'ul',
          { class: 'preview-warnings', 'aria-label': 'Warnings' },
          person.warnings.map((w) => h('li', null, w)),
        )
      : null,
    h(
      'ol',
      { class: 'preview-jobs', 'aria-label': `Jobs of ${person.name}` },
      person.jobs.map((j) => jobItem(j, context)),
    ),
    person.claimed.length
      ? h('p', { class: 'preview-claimed' }, h('strong', null, 'Claimed skills: '), person.claimed.join(', '))
      : null,
    candidatesSection(person, context),
  );
}

function jobItem(job: JobRow, context: PreviewContext): HTMLElement {
  return h(
    'li',
    { class: 'preview-job', dataset: { job: job.key } },
    h('p', { class: 'preview-job-head' }, h('strong', null, job.title), ' at ', job.company),
    h('p', { class: 'preview-job-meta' }, [job.dates, `line ${job.line}`].filter(Boolean).join(' · ')),
    job.tools.length === 0
      ? h('p', { class: 'empty' }, 'No known tool is named in this job.')
      : h(
          'ul',
          { class: 'preview-tools', 'aria-label': `Tools at ${job.company}` },
          job.tools.map((t) =>
            h(
              'li',
              { class: 'preview-tool', dataset: { toolId: t.toolId, stance: t.stance } },
              h('span', { class: 'preview-tool-name' }, t.name),
              h(
                'span',
                { class: 'preview-tool-meta' },
                ` ${t.category} · `,
                h('span', { class: 'stance-tag' }, t.stance),
              ),
              t.evidence
                ? h(
                    'div',
                    { class: 'preview-evidence' },
                    h('blockquote', null, marked(highlightTerms(t.evidence.text, [t.name]))),
                    h('span', { class: 'quote-source' }, `line ${t.evidence.line}`),
                    wrongMatchButton(context, { id: t.toolId, name: t.name }, t.evidence.text),
                  )
                : null,
            ),
          ),
        ),
  );
}

/** Terms that read like tools but are not in the taxonomy, each with the two ways to teach it. */
function candidatesSection(person: PersonRows, context: PreviewContext): HTMLElement | null {
  if (!person.candidates.length) return null;
  return h(
    'div',
    { class: 'preview-candidates' },
    h('h5', null, 'Not in the taxonomy'),
    h(
      'p',
      { class: 'note' },
      'These read like tools but Skillgraph does not know them, so they are not loaded as tools. Teach it, then load again.',
    ),
    h(
      'ul',
      { 'aria-label': 'Terms not in the taxonomy' },
      person.candidates.map((c) =>
        h(
          'li',
          { class: 'candidate', dataset: { term: c.term } },
          h('span', { class: 'candidate-term' }, c.term),
          h('span', { class: 'note' }, ` ${plural(c.count, 'time')}, first on line ${c.line}`),
          addToolForm(c.term, context),
          aliasForm(c.term, context),
        ),
      ),
    ),
  );
}

/** A small disclosure holding one correction's form, so a long list of candidates stays readable. */
function disclosure(summary: string, form: HTMLFormElement): HTMLElement {
  return h('details', { class: 'candidate-action write-action' }, h('summary', null, summary), form);
}

function addToolForm(term: string, context: PreviewContext): HTMLElement {
  const id = ++formIds;
  const name = h('input', { id: `add-tool-name-${id}`, value: term, required: true, maxlength: 100 });
  const category = h(
    'select',
    { id: `add-tool-category-${id}`, required: true },
    h('option', { value: '' }, 'Choose a category'),
    categoryChoices(context.categories()).map((c) => h('option', { value: c.value }, c.label)),
  );
  const note = h('span', { class: 'correction-note', role: 'status' });
  const form = h(
    'form',
    {
      class: 'candidate-form',
      'aria-label': `Add ${term} as a tool`,
      onsubmit: (event: SubmitEvent) => {
        event.preventDefault();
        void context
          .correct({ kind: 'tool', name: name.value.trim(), category: category.value })
          .then((answer) => {
            note.textContent =
              typeof answer === 'string' ? answer : `Added ${name.value.trim()}. ${answer.note}`;
          });
      },
    },
    h('label', { for: name.id }, 'Name'),
    name,
    h('label', { for: category.id }, 'Category'),
    category,
    h('button', { type: 'submit', class: 'btn btn-small' }, 'Add tool'),
    note,
  );
  return disclosure('Add as tool', form);
}

function aliasForm(term: string, context: PreviewContext): HTMLElement {
  const id = ++formIds;
  const listId = `known-tools-${id}`;
  const tool = h('input', { id: `alias-of-${id}`, list: listId, required: true, autocomplete: 'off' });
  const note = h('span', { class: 'correction-note', role: 'status' });
  const form = h(
    'form',
    {
      class: 'candidate-form',
      'aria-label': `Say which tool ${term} is a spelling of`,
      onsubmit: (event: SubmitEvent) => {
        event.preventDefault();
        const known = resolveTool(tool.value, context.knownTools());
        if (!known) {
          note.textContent = `No known tool is called “${tool.value}”. Pick one from the list.`;
          return;
        }
        void context.correct({ kind: 'alias', toolId: known.id, alias: term }).then((answer) => {
          note.textContent =
            typeof answer === 'string'
              ? answer
              : `“${term}” is now a spelling of ${known.name}. ${answer.note}`;
        });
      },
    },
    h('label', { for: tool.id }, `${term} is a spelling of`),
    tool,
    h(
      'datalist',
      { id: listId },
      context.knownTools().map((t) => h('option', { value: t.name })),
    ),
    h('button', { type: 'submit', class: 'btn btn-small' }, 'Add spelling'),
    note,
  );
  return disclosure('It’s a spelling of…', form);
}
