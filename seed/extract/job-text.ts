import type { Stance } from '../model.js';
import type { JobDraft } from '../structure/classify.js';
import type { ToolMatcher } from '../taxonomy/matcher.js';
import type { WordLookup } from '../taxonomy/usage-context.js';
import { type Block, jobBlocks } from './blocks.js';
import { keywordUnits } from './keywords.js';
import type { Field } from './questions.js';
import { blockUnits, fieldOf, flat, type Unit } from './units.js';

export const unique = <T>(xs: Iterable<T>) => [...new Set(xs)];

/** A job's text as blocks and units, and the helpers the extraction steps share. */
export interface JobText {
  blocks: Block[];
  units: Unit[];
  byBlock: Map<Block, Unit[]>;
  /** Blocks answering one question of the narrative. */
  answers(field: Field): Block[];
  /** The plain text of those answers, or null. */
  answerText(field: Field): string | null;
  /** The tools the given blocks used (not those they only evaluated, planned or attribute to others). */
  toolsOf(blocks: Block[]): string[];
}
export function jobText(draft: JobDraft, matcher: ToolMatcher, words?: WordLookup): JobText {
  const blocks = jobBlocks(draft.nodes);
  const byBlock = new Map<Block, Unit[]>();
  const units: Unit[] = [];
  for (const block of blocks) {
    // A keyword list ("Skills: Puppet · Prometheus", JSON Resume project keywords) is read item by item.
    const u = block.keywords ? keywordUnits(block, matcher) : blockUnits(block, matcher, words);
    byBlock.set(block, u);
    units.push(...u);
  }
  const answers = (field: Field) => blocks.filter((b) => b.part !== 'summary' && fieldOf(b) === field);
  return {
    blocks,
    units,
    byBlock,
    answers,
    answerText: (field) => {
      const text = answers(field)
        .filter((b) => b.kind === 'answer' || b.kind === 'paragraph')
        .map((b) => flat(b.text))
        .join(' ');
      return text || null;
    },
    toolsOf: (list) =>
      unique(
        list.flatMap((b) =>
          (byBlock.get(b) ?? []).flatMap((u) =>
            u.mentions.filter((_, i) => isUsage(u.stances[i])).map((m) => m.toolId),
          ),
        ),
      ),
  };
}

export const isUsage = (stance: Stance | undefined) => stance === 'used' || stance === 'migrated-from';
