import { decodeHTMLStrict } from 'entities';

/** One row of an HTML table: its cells as text, whether they are header cells, and its line within the block. */
export interface HtmlRow {
  cells: string[];
  header: boolean;
  line: number;
}

const ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi;
const CELL = /<(t[dh])\b[^>]*>([\s\S]*?)<\/t[dh]\s*>/gi;

const text = (html: string) =>
  decodeHTMLStrict(html.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A cell's text, tags gone and entities decoded. A line break inside it separates fields ("Voyagr Travel Ltd<br>
 * Manchester" → "Voyagr Travel Ltd, Manchester"), except inside a range or a move ("2022<br>– now", "Developer<br>→
 * Senior Developer").
 */
function cellText(html: string): string {
  return html
    .split(/<br\s*\/?>/i)
    .map(text)
    .filter(Boolean)
    .reduce(
      (acc, piece) =>
        !acc ? piece : /[-–—→]$/.test(acc) || /^[-–—→]/.test(piece) ? `${acc} ${piece}` : `${acc}, ${piece}`,
      '',
    );
}

/**
 * The rows of the HTML tables in a raw HTML block. People paste them into Markdown résumés (an Experience table of
 * dates, employers and roles) and CommonMark hands the block over untouched, so without this its jobs were lost.
 */
export function htmlTableRows(html: string): HtmlRow[] {
  if (!/<tr\b/i.test(html)) return [];
  const rows: HtmlRow[] = [];
  let line = 0;
  let counted = 0;
  for (const row of html.matchAll(ROW)) {
    for (; counted < (row.index ?? 0); counted++) if (html.charCodeAt(counted) === 10) line++;
    const cells: string[] = [];
    let header = false;
    for (const cell of (row[1] ?? '').matchAll(CELL)) {
      if ((cell[1] ?? '').toLowerCase() === 'th') header = true;
      cells.push(cellText(cell[2] ?? ''));
    }
    if (cells.some((c) => c !== '')) rows.push({ cells, header, line });
  }
  return rows;
}
