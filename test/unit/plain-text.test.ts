import { describe, expect, it } from 'vitest';
import type { TextNode } from '../../seed/parse/nodes.js';
import { parseText } from '../../seed/parse/text.js';

const TOOLS = new Set(['kubernetes', 'postgresql']);
const isTool = (word: string) => TOOLS.has(word.toLowerCase());

describe('plain text pasted from a PDF', () => {
  it('puts back a tool name the PDF hyphenated at a line end, and keeps other breaks as compounds', () => {
    const { nodes } = parseText(
      [
        'Platform Engineer, Aurora Bank                                   2020 – present',
        '- Operated the Kuber-',
        '  netes clusters and the Post-',
        '  greSQL fleet with a long-',
        '  term plan.',
      ].join('\n'),
      { isTool },
    );
    const item = nodes.find((n): n is TextNode => n.type === 'text' && n.role === 'item');
    expect(item?.text.replace(/\n/g, ' ')).toBe(
      'Operated the Kubernetes clusters and the PostgreSQL fleet with a long-term plan.',
    );
    // One newline per source line still, so the sentences after a rejoined word keep their line numbers.
    expect(item?.text.split('\n')).toHaveLength(4);
  });
});
