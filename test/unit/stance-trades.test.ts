import { describe, expect, it } from 'vitest';
import { stancesOf } from '../../seed/extract/stance.js';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';

/** Stances in the wording of other trades' documents: demos, colleagues' seats, roll-outs in progress. */
describe('stances read from the wording of trades documents', () => {
  const matcher = new ToolMatcher(loadTaxonomy());
  const stanceIn = (sentence: string) => {
    const spans = matcher.matchSentence(sentence);
    return Object.fromEntries(spans.map((s, i) => [s.toolId, stancesOf(sentence, spans)[i]]));
  };
  it.each([
    ['Sat on the panel that watched the STARLIMS and LabVantage demos.', 'starlims', 'evaluated'],
    ['We sat through two Workday demos and stayed on SAP.', 'workday', 'evaluated'],
    ['Programs came from the programmer’s Mastercam seat.', 'mastercam', 'others'],
    ['Customer models arrive as neutral files; we never open CATIA here.', 'catia', 'others'],
    ['Moved quoting off a shared Excel workbook into Epicor ERP.', 'microsoft-excel', 'migrated-from'],
    [
      'We are rolling out Autodesk Construction Cloud for drawing issue in early 2025.',
      'autodesk-construction-cloud',
      'planned',
    ],
    ['Next spring finance moves from Xero to Sage Intacct.', 'sage-erp', 'planned'],
    [
      'Our CFO asked whether we should move the dashboards to Tableau; we stayed with Power BI.',
      'tableau',
      'evaluated',
    ],
  ])('%s', (sentence, tool, stance) => {
    expect(stanceIn(sentence)[tool]).toBe(stance);
  });
  it.each([
    ['We rolled out Okta to every office.', 'okta'],
    ['We are running Kafka on three clusters.', 'apache-kafka'],
    ['I demoed Tableau to the board every quarter.', 'tableau'],
    ['I moved the group’s bookkeeping into Xero.', 'xero'],
  ])('used: %s', (sentence, tool) => {
    expect(stanceIn(sentence)[tool]).toBe('used');
  });
});
