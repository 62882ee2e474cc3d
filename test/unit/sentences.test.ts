import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../seed/extract/sentences.js';

describe('splitSentences', () => {
  it('splits at sentence ends but not after abbreviations or inside names', () => {
    const text =
      'The team comprised 6 members and myself as the Sr. Software Engineer. At ETSY Inc. we used Node.js daily. Done!';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The team comprised 6 members and myself as the Sr. Software Engineer.',
      'At ETSY Inc. we used Node.js daily.',
      'Done!',
    ]);
  });

  it('keeps offsets into the original text', () => {
    const text = 'One. Two.';
    expect(splitSentences(text)).toEqual([
      { text: 'One.', start: 0 },
      { text: 'Two.', start: 5 },
    ]);
  });
});
