import { z } from 'zod';

/**
 * Context conditions an ambiguous alias must satisfy before it counts as a tool mention.
 * - `vendor-prefix`: the alias directly follows a vendor word (AWS, Amazon, Apache, Azure, Google, GCP, Microsoft, ...).
 * - `mid-sentence`: the alias is not the first word of its sentence (so its capitalisation is meaningful).
 * - `nearby-tool`: another, unambiguous tool is mentioned in the same sentence.
 * - `usage-context`: the sentence reads like the tool being used: a usage verb or preposition before the name
 *   ("introduced Go", "models in R"), a technical noun after it ("Go services", "R packages"), one of the tool's
 *   `cues` nearby, another tool in the sentence, or a document about the tool's field; and none of its
 *   `otherSenses` ("SWIFT payments") or a name-of-something-else pattern ("the Kafka Hackathon") around it.
 * - `own-usage`: as `usage-context`, but another tool in the sentence does not stand in for the name's own words.
 *   For names that are ordinary words in other fields ("DOORS and windows, tracked in Excel", "a Koha ceremony,
 *   then I demoed Tableau"), where a tool nearby says nothing about this word.
 */
export const contextCondition = z.enum([
  'vendor-prefix',
  'mid-sentence',
  'nearby-tool',
  'usage-context',
  'own-usage',
]);
export type ContextCondition = z.infer<typeof contextCondition>;

export const aliasSchema = z.union([
  z.string().min(1),
  z
    .object({
      text: z.string().min(1),
      /** `sensitive`: only the exact capitalisation given in `text` matches ("Go", not "go"). */
      case: z.enum(['sensitive', 'insensitive']).default('insensitive'),
      /** At least one of these must hold. */
      anyOf: z.array(contextCondition).default([]),
      /** All of these must hold. */
      allOf: z.array(contextCondition).default([]),
      /** Text that, directly after the alias (no space), cancels the match: "R" is not followed by "+" in "R+ tree". */
      notFollowedBy: z.array(z.string().min(1)).default([]),
      /** Words that, directly before the alias, cancel the match. */
      notPrecededBy: z.array(z.string().min(1)).default([]),
    })
    .strict(),
]);
export type AliasInput = z.infer<typeof aliasSchema>;

export const toolSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase kebab-case'),
    name: z.string().min(1),
    category: z.string().min(1),
    vendor: z.string().min(1).optional(),
    /** The canonical name always matches (case-insensitively unless it is also listed as a case-sensitive alias). */
    aliases: z.array(aliasSchema).default([]),
    /**
     * Lower-case words that, in the sentence of an ambiguous spelling, point at this tool (`usage-context`): for Go
     * "goroutines", "grpc", "golang"; for R "cran", "tidyverse", "ggplot2".
     */
    cues: z.array(z.string().min(1)).default([]),
    /**
     * Lower-case words that, in the sentence of an ambiguous spelling, point at another sense of the word
     * (`usage-context`): for Swift "payment", "interbank", "mt103"; for Unity "team", "harmony".
     */
    otherSenses: z.array(z.string().min(1)).default([]),
    /** A simple-icons slug (CC0 brand icons) for drawing the tool, when one exists. */
    icon: z
      .string()
      .regex(/^[a-z0-9]+$/)
      .optional(),
    /** Set to true in a user taxonomy to remove a built-in tool. */
    remove: z.boolean().optional(),
  })
  .strict();
export type ToolInput = z.infer<typeof toolSchema>;

export const categorySchema = z
  .object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), name: z.string().min(1) })
  .strict();

export const taxonomySchema = z
  .object({
    version: z.literal(1),
    categories: z.array(categorySchema).default([]),
    tools: z.array(toolSchema).default([]),
    /** Capitalised words and acronyms that look like product names but are not tools (ETL, CI/CD, Scrum, ...). */
    notTools: z.array(z.string()).default([]),
    /** Words that, directly before an ambiguous name, say which product is meant ("AWS Glue"): `vendor-prefix`. */
    vendorWords: z.array(z.string()).default([]),
    /**
     * Matches a person marked wrong: in this exact sentence, this tool is not meant ("We paid by SWIFT transfer" is
     * not the language). Written by the explorer's corrections; any sentence can be listed by hand as well.
     */
    wrongMatches: z
      .array(
        z.object({ tool: z.string().regex(/^[a-z0-9][a-z0-9-]*$/), sentence: z.string().min(1) }).strict(),
      )
      .default([]),
  })
  .strict();
export type TaxonomyInput = z.infer<typeof taxonomySchema>;
