import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../db/paths.js';
import { splitSentences } from '../../seed/extract/sentences.js';
import { judgeStances } from '../../seed/extract/stance.js';
import { TRIGGERS } from '../../seed/extract/stance-rules.js';
import { builtinMatcher, stanceReader } from '../helpers/stance.js';

/** Every sentence of the corpus and the bundled narratives that names a tool and has none of the rules' words. */
function untriggered(): { sentence: string; file: string }[] {
  const dirs = ['test/corpus/dev', 'test/corpus/held-out', 'seed/data'].map((d) => join(packageRoot(), d));
  const found: { sentence: string; file: string }[] = [];
  for (const dir of dirs)
    for (const name of readdirSync(dir).filter((f) => /\.(?:md|txt|json)$/.test(f))) {
      for (const line of readFileSync(join(dir, name), 'utf8').split('\n'))
        for (const s of splitSentences(line))
          if (!TRIGGERS.test(s.text) && !/→|->|=>|⇒/.test(s.text))
            found.push({ sentence: s.text, file: name });
    }
  return found;
}

describe('the stance pre-test', () => {
  // TRIGGERS is kept by hand: a rule that learns a new word without it would never run on the sentences that need it.
  it('waves through only sentences every rule reads as plain use', () => {
    const matcher = builtinMatcher();
    const sentences = untriggered();
    expect(sentences.length).toBeGreaterThan(1000);
    const changed: string[] = [];
    for (const { sentence, file } of sentences) {
      const spans = matcher.matchSentence(sentence);
      if (spans.length === 0) continue;
      const judged = judgeStances(
        sentence,
        spans,
        spans.map((m) => matcher.categoryOf(m.toolId)),
      );
      judged.forEach((stance, i) => {
        if (stance !== 'used') changed.push(`${file}: ${spans[i]?.toolId} ${stance} in "${sentence}"`);
      });
    }
    expect(changed).toEqual([]);
  });
});

describe('work shared with the narrator', () => {
  const stanceOf = stanceReader();
  it.each([
    [
      'Introduced Cypress in 2020 for the new checkout; the front-end developers wrote some of the specs with us.',
      'cypress',
      'used',
    ],
    ['The web developers worked alongside me in Figma for the redesign.', 'figma', 'used'],
    ['Introduced Cypress in 2020; the front-end developers wrote their specs in Jest.', 'jest', 'others'],
  ])('"%s": %s is %s', (sentence, tool, stance) => {
    expect(stanceOf(sentence, tool)).toBe(stance);
  });
});
