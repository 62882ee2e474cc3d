import { stancesOf } from '../../seed/extract/stance.js';
import { loadTaxonomy } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';

let shared: ToolMatcher | undefined;

/** One matcher over the built-in taxonomy for every stance test file (loading it is the slow part). */
export const builtinMatcher = (): ToolMatcher => {
  shared ??= new ToolMatcher(loadTaxonomy());
  return shared;
};

/**
 * The stance of `tool` (a tool id) where a sentence first names it, read as the extractor reads it: with the tools'
 * categories, unless `kinds` is false (the reading of a caller that has none, where one tool after another is a move).
 */
export function stanceReader(matcher: ToolMatcher = builtinMatcher(), kinds = true) {
  return (sentence: string, tool: string) => {
    const spans = matcher.matchSentence(sentence);
    const judged = stancesOf(
      sentence,
      spans,
      kinds ? spans.map((m) => matcher.categoryOf(m.toolId)) : undefined,
    );
    return judged[spans.findIndex((s) => s.toolId === tool)];
  };
}
