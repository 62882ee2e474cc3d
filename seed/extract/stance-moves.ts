import { FILLER, TL } from './stance-words.js';

/**
 * Moves from one tool to another that stance.ts accepts only between tools of one kind (a category of the taxonomy):
 * the same words join tools of different kinds in a pipeline ("⟦0⟧ to ⟦1⟧", "⟦0⟧, then ⟦1⟧ dashboards").
 */

/**
 * "⟦0⟧ as the backbone; later ⟦1⟧", "Slopes in ⟦0⟧, then ⟦1⟧": one tool after another, a move only between tools of
 * one kind ("Readings went into ⟦0⟧, then ⟦1⟧ dashboards" is a pipeline).
 */
export const THEN_MOVE = new RegExp(
  String.raw`(${TL})[^⟦.]{0,40}?[,;]\s*(?:later|then|eventually)\s+(?:(?:in favou?r of|by|with|for|to)\s+)?${FILLER}(${TL})(?!\s+(?:for\s+(?:new|the\s+new|newer|some)|alongside|as\s+well|too)\b)`,
  'gi',
);

/** "The requirements were in ⟦0⟧ also, but in 2021 the company has decided to go to ⟦1⟧" (judged by kind). */
export const BUT_THEN_MOVED = new RegExp(
  String.raw`(⟦\d+⟧)[^⟦.;]{0,40}?\bbut\b[^⟦.;]{0,60}?\b(?:go|went|gone|move|moved|switch|switched|migrate|migrated)\s+(?:(?:everything|it\s+all|all\s+of\s+it|it|them|(?:the|our|my)\s+[\w-]+)\s+)?(?:over\s+|across\s+)?(?:on)?to\s+${FILLER}(⟦\d+⟧)`,
  'gi',
);

/** "I used to build dashboards in ⟦0⟧ …; by 2022 I had moved every client over to ⟦1⟧" (judged by kind). */
export const USED_TO_THEN_MOVED =
  /\bused\s+to\s+[^⟦.;]{0,60}?(⟦\d+⟧)[^⟦.]{0,80}?\b(?:moved|switched|migrated|ported|changed)\s+(?:[\w'’-]+\s+){0,4}?(?:over\s+|across\s+)?(?:on)?to\s+(⟦\d+⟧)/gi;

/** "Led the ⟦0⟧-to-⟦1⟧ migration" (judged by kind: "the S3-to-Redshift move of clickstream data" is a pipeline). */
export const TO_MIGRATION =
  /(⟦\d+⟧)\s*(?:-|–|\s)to(?:-|–|\s)\s*(⟦\d+⟧)\s+(?:migration|move|cut-?over|switch(?:over)?)\b/gi;

/**
 * "Migrated the last ⟦0⟧ screens to ⟦1⟧", "ported the ⟦0⟧ macros to ⟦1⟧", "replaced a 2-hour ⟦0⟧ suite with ⟦1⟧",
 * "rewrote the ⟦0⟧ scripts in ⟦1⟧": the first tool was replaced, but only when both are of one kind. "Moved the ⟦0⟧
 * cluster to ⟦1⟧" (a message broker onto a container platform) keeps the broker, and "converted ⟦0⟧ messages to ⟦1⟧
 * resources" is a translation between two formats in use, not a move.
 */
export const SAME_KIND_MOVE =
  /\b(?:migrat|port(?:ed|ing|s)?\b|rewr[io]t|mov(?:ed|ing|es)\b|replac|swapp)\w*(?!\s+(?:for|with|by)\b)\s+(?:[\w'’-]+\s+){0,4}?(⟦\d+⟧)(?:\s+[\w-]+){0,3}?\s+(?:to|into|onto|in|with|by|for)\s+(?:[\w-]+\s+){0,2}?(⟦\d+⟧)/gi;

/** "Rewrote the booking flow from ⟦0⟧ & ⟦1⟧ templates to ⟦2⟧": each source of the rewrite, judged by kind. */
export const REWRITE_FROM =
  /\b(?:rewr[io]t|rebuil[dt])\w*\s+(?:[\w'’-]+\s+){0,5}?from\s+(⟦\d+⟧(?:\s*(?:,|&|and|\/)\s*⟦\d+⟧)*)(?:\s+[\w-]+){0,2}?\s+(?:to|into|in|with|on)\s+(?:[\w-]+\s+){0,2}?(⟦\d+⟧)/gi;

/** A terse bullet's "Android: ⟦0⟧ → ⟦1⟧", "⟦0⟧ -> ⟦1⟧ migration" (judged by kind like the verbs above). */
export const ARROW = /(⟦\d+⟧)(?:\s+(?:[a-z][\w-]*|v?\d[\d.x]*)){0,2}\s*(?:→|->|=>|⇒)\s*(⟦\d+⟧)/g;

/**
 * "inherited ⟦0⟧ CI jobs from the old web team → swapped for Deque's ⟦1⟧", "site ran ⟦0⟧ 7 → moved to ⟦1⟧ 3": an
 * arrow that says what became of the tool before it (judged by kind).
 */
export const ARROW_MOVE =
  /(⟦\d+⟧)[^⟦→.;]{0,50}?\s(?:→|->|=>|⇒)\s*(?:swapped\s+for|replaced\s+(?:by|with)|migrated\s+to|moved\s+to(?=\s+⟦\d+⟧(?!\s+(?:team|as|for)\b)))\s+(?:[\w'’-]+\s+){0,2}?(⟦\d+⟧)/g;

/**
 * "Tracked account health in ⟦0⟧ until I built a scoring sheet in ⟦1⟧": the first served until the narrator brought
 * in the second (judged by kind).
 */
export const UNTIL_I_MOVED =
  /(⟦\d+⟧)[^⟦.;]{0,40}?\buntil\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:was|were)\s+(?:moved|migrated|switched)\s+(?:over\s+)?(?:to|onto)|(?:I|we)\s+(?:built|brought\s+in|introduced|rolled\s+out|replaced\s+(?:it|them)\s+with|(?:moved|pulled|put|loaded|migrated|ported)\s+(?:it|them|everything)\s+(?:in)?to))\b[^⟦.;]{0,50}?(⟦\d+⟧)(?![^.]*\b(?:still|both)\b)/gi;
