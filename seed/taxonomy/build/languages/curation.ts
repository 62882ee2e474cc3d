import type { z } from 'zod';
import type { aliasSchema } from '../../schema.js';

/** An alias as written in YAML (defaults may be left out). */
export type AliasInput = z.input<typeof aliasSchema>;

export type Rule = 'case' | 'usage' | 'strict';

export interface Curation {
  /** Merge into this hand-written tool instead of looking the name up. */
  into?: string;
  id?: string;
  /** Display name when Linguist's is not what people write ("Assembly" → "Assembly language"). */
  name?: string;
  vendor?: string;
  /**
   * Rule for the bare name: `case` only matches the capitalisation given (the English word is spelled otherwise),
   * `usage` lets the sentence decide, `strict` also needs another tool nearby.
   */
  rule?: Rule;
  notFollowedBy?: string[];
  notPrecededBy?: string[];
  /** Further spellings people write that Linguist does not list (strings, or alias objects with rules). */
  extraAliases?: AliasInput[];
  /** Linguist aliases of three characters or fewer that are still safe. */
  keepShort?: string[];
  cues?: string[];
  otherSenses?: string[];
  /** simple-icons slug when the automatic match is wrong or missing; null for none. */
  icon?: string | null;
}

/** Linguist aliases that are never tool spellings here (file extensions, other products, odd historic names). */
export const DENY = new Set([
  'rusthon',
  'splus',
  'cakescript',
  'cperl',
  'wast',
  'pyrex',
  'macruby',
  'eask',
  'envrc',
  'coldfusion html',
  'sdc',
  'xdc',
  'inc',
]);
