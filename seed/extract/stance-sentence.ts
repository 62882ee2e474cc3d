import { type Rule, rule } from './stance-rules.js';

/**
 * Wordings the clause-by-clause rules cannot see whole, read over the whole sentence: an owner named inside a "which"
 * clause, a team's tools in brackets, a rollout "pencilled in"; and stances as German CVs word them ("… nicht
 * weiterverfolgt" evaluated, "… ist beschlossen" planned, "Umstellung … von ⟦0⟧ auf ⟦1⟧" and "… nach ⟦1⟧ portiert"
 * moves, "… von den … der Länder betrieben" and "lag beim Gutachter" someone else's).
 */
export const WHOLE_SENTENCE: Rule[] = [
  // ("The model belongs to the data science team (⟦0⟧, behind an API) — I just call it": the bracket is theirs.)
  rule(
    /\bbelongs?\s+to\b/i,
    String.raw`\bbelong(?:s|ed)?\s+to\s+(?:the|an?|their)\s+(?:[\w-]+\s+){0,3}?(?:team|group|department|vendor|agency|contractor)\s*\(([^()]*?⟦\d+⟧[^()]*)\)`,
    'others',
  ),
  // ("the ⟦0⟧ rollout, currently pencilled in for 2025": the rollout is the plan.)
  rule(
    /\b(?:pencil(?:l)?ed\s+in|scheduled\s+for)\b/i,
    String.raw`(⟦\d+⟧)\s+(?:rollout|roll-out|migration|go-live|implementation|launch|upgrade)\b[^.;]{0,30}?\b(?:pencil(?:l)?ed\s+in|(?:is|currently|now)\s+scheduled)\s+for\b`,
    'planned',
  ),
  // (And one English wording the clause rules cannot see, the owner named inside the "which" clause: "⟦0⟧, which Group
  // Financial Crime Technology configures and owns".)
  rule(
    /\bwhich\b/i,
    String.raw`(⟦\d+⟧),?\s+which\s+(?!(?:we|I|our|my|is|was|are|were|has|had|it|they|then|now|still|also)\b)(?:[A-Z][\w&-]*\s+){1,5}(?:[a-z]+\s+and\s+)?(?:owns|runs|configures|maintains|manages|administers|hosts|operates)\b`,
    'others',
  ),
  rule(
    /\bnicht\s+(?:weiterverfolgt|eingeführt|übernommen|umgesetzt)|\bals\s+Alternative\b/i,
    String.raw`(⟦\d+⟧)(?:[^.;]{0,80}?\b(?:getestet|evaluiert|erprobt|gerechnet|verglichen|pilotiert)\b[^.;]{0,80}?\bnicht\s+(?:weiterverfolgt|eingeführt|übernommen|umgesetzt)|\s+als\s+Alternative\s+(?:getestet|geprüft|evaluiert|erprobt))`,
    'evaluated',
  ),
  rule(
    /\b(?:beschlossen|geplant|vorgesehen)\b/i,
    String.raw`(⟦\d+⟧)[^⟦.;]{0,40}?\b(?:ist|sind|wurde|wird)\s+(?:bereits\s+)?(?:beschlossen|geplant|vorgesehen)\b`,
    'planned',
  ),
  rule(
    /\bUmstellung\b/i,
    String.raw`\bUmstellung\b[^⟦.;]{0,40}?\bvon\s+((?:⟦\d+⟧[^⟦.;]{0,20}?)+?)\s*auf\s+(⟦\d+⟧)`,
    'migrated-from',
    'used',
  ),
  rule(
    /\bportiert\b/i,
    String.raw`(⟦\d+⟧)[^⟦.;]{0,60}?\bnach\s+(⟦\d+⟧)\s+portiert\b`,
    'migrated-from',
    'used',
  ),
  rule(
    /\b(?:betrieben|gepflegt|verwaltet|lag\s+beim)\b/i,
    String.raw`(⟦\d+⟧)(?:[^⟦.;]{0,60}?\b(?:werden|wird|wurden|wurde)\s+von\s+(?:den|der|dem)\s+[^.;]{1,60}?\s+(?:betrieben|gepflegt|verwaltet)\b|[^.;]{0,80}?\blag\s+beim\b)`,
    'others',
  ),
];
