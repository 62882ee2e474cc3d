import type { Stance } from '../model.js';
import { DEPARTMENTS, FILLER, ORGS, PEOPLE, T, TL, TRADES } from './stance-words.js';

/**
 * The wordings stance.ts judges by: rules over a sentence whose tools are replaced by markers (⟦0⟧, ⟦1⟧ …), and the
 * cheap pre-tests that spare most sentences most rules. Who else uses a tool is in stance-others.ts and
 * stance-parties.ts; moves judged by the tools' kinds in stance-moves.ts.
 */

/** "a tangle of", "a pile of": a heap of the tool's things stands between the verb and the tool. */
const HEAP = String.raw`(?:(?:an?\s+)?(?:tangle|pile|mess|heap|set|handful|couple|collection|bunch|lot|patchwork|zoo|mosaic|jumble|maze|sprawl|mix)\s+of\s+${FILLER})?`;

/** Up to two describing words before a tool that is being left ("a flaky ⟦0⟧ grid"), but never a preposition. */
const DESCRIBED = String.raw`(?:(?!(?:with|by|for|to|in|on|at|from|and|or|using|via|into|onto|as)\b)[a-z0-9][\w-]*\s+){0,2}`;

/** Whose the replaced thing was ("the directorate's 40-tab ⟦0⟧ workbook"). */
const OWNER_WORD = String.raw`(?:[a-z][\w-]*\s+)?[a-z][\w-]*['’]s\s+`;

/** One describing word, never a preposition ("a shared ⟦1⟧"). */
const DESCRIBED_ONE = String.raw`(?:(?!(?:with|by|for|to|in|on|at|from|and|or|using|via|into|onto|as)\b)[a-z0-9][\w-]*\s+)?`;

/**
 * What a move or replacement leaves: a list of tools, each with a word or two after it ("a 2003-era ⟦0⟧ database and
 * a shared ⟦1⟧", "a ⟦0⟧ space and a set of hand-maintained ⟦1⟧ pages").
 */
const SOURCES = String.raw`${TL}(?:(?:\s+[a-z][\w-]*){0,2}\s*(?:,\s*(?:and\s+)?|and\s+)(?:a|an|the|our|their|its|those|these|all|some)\s+${FILLER}${HEAP}${DESCRIBED_ONE}${T})*`;

export interface Rule {
  /** A cheap test for the words the rule cannot match without: most sentences skip most rules on it. */
  needs: RegExp;
  re: RegExp;
  /** Stances of the captured tool lists, in group order. */
  stances: Stance[];
}

export const rule = (needs: RegExp, pattern: string, ...stances: Stance[]): Rule => ({
  needs,
  re: new RegExp(pattern, 'gi'),
  stances,
});

/** Explicit choices: what the team stayed on or chose is used, whatever else the clause says. */
export const CHOICE: Rule[] = [
  rule(
    /\b(?:chose|chosen|picked|selected|preferred|went|opted|standardi[sz]ed)\b/i,
    String.raw`\b(?:chose|chosen|picked|selected|preferred|went with|opted for|standardi[sz]ed on)\s+${FILLER}(${TL})\s+over\s+${FILLER}(${TL})`,
    'used',
    'evaluated',
  ),
  // "a bake-off against ⟦0⟧ before choosing ⟦1⟧"
  rule(
    /\b(?:choosing|picking|selecting|settling|going)\b/i,
    String.raw`\b(?:before|then|and|finally|eventually)\s+(?:choosing|picking|selecting|settling\s+on|going\s+with)\s+${FILLER}(${TL})`,
    'used',
  ),
  // "management kept the ⟦1⟧ pack and the pilot was not renewed": what was kept is used.
  rule(
    /\b(?:kept|retained)\b/i,
    String.raw`(?<!\b(?:they|he|she|${DEPARTMENTS})\s+)\b(?:kept|retained)\s+(?:the|our)\s+(?:existing\s+|old\s+|current\s+)?(${TL})(?!\s+(?:history|records?|data|archives?|exports?|backups?)\b)(?![^.;]*\bread-only\b)`,
    'used',
  ),
  rule(
    /\b(?:stay|stayed|staying|kept|keep|keeping|stuck|sticking|remain|remained|settled)\b/i,
    String.raw`(?<!\b(?:they|he|she|${DEPARTMENTS}|payroll|accounts|hr)\s+)\b(?:stayed|stay|staying|kept|keep|keeping|stuck|sticking|remain|remained|settled)\s+(?:on|with|in)\s+${FILLER}(${TL})(?![^.;]*\b(?:which|that)\s+(?:the\s+|our\s+)?[\w-]+\s+(?:team|department|group|vendor)\s+(?:ran|runs|owned|owns|managed|manages|maintained|maintains))`,
    'used',
  ),
];

export const MIGRATION: Rule[] = [
  // "Workato replaces Zapier in H2, contract already signed": a replacement still to come.
  rule(
    /\breplaces\b/i,
    String.raw`(${TL})\s+(?:will\s+)?replaces?\s+(${TL})\s+(?:in|from|by|during|next|early|late|mid)\b\s*(?:H[12]|Q[1-4]|next|early|late|mid|(?:19|20)\d\d|the\s+(?:spring|summer|autumn|fall|winter|new\s+year)|(?:spring|summer|autumn|fall|winter|year|quarter|month))(?:\s+(?:19|20)\d\d)?(?=\s*(?:[,;.)]|$))`,
    'planned',
    'used',
  ),
  // "We have signed with ⟦0⟧ to replace our … connectors": bought, not yet in use.
  rule(
    /\bsigned\b/i,
    String.raw`\b(?:have|['’]ve|has|just|recently)\s+(?:just\s+)?signed\s+(?:up\s+)?(?:with|for)\s+${FILLER}(${T})`,
    'planned',
  ),
  // "Clari vs BoostUp bake-off; BoostUp lost on SFDC writeback": the one that lost was only weighed.
  rule(
    /\b(?:vs\.?|versus|against|bake-?off|shortlist\w*|rfp|evaluation|pilot|trial|comparison)\b/i,
    String.raw`(?:^|[;,.]\s*)(${TL})\s+lost(?:\s+(?:on|out|to)\b|\s*(?:[,;.]|$))`,
    'evaluated',
  ),
  // "Kept the calibration register in an ⟦0⟧ database until ⟦1⟧ took over": the first served until the second.
  rule(
    /\buntil\b/i,
    String.raw`(${TL})[^⟦.;]{0,60}?\buntil\s+${FILLER}(${TL})\s+(?:took\s+over|replaced\s+(?:it|them))\b`,
    'migrated-from',
    'used',
  ),
  // "Consolidated keyword research on ⟦0⟧ and let the ⟦1⟧ subscription lapse": paid for and used until then.
  rule(
    /\blet\b/i,
    String.raw`(?<!\b(?:never|not|didn['’]t|don['’]t|won['’]t|wouldn['’]t|shouldn['’]t|sure\s+we|sure\s+I)\s+)\b[Ll]et\s+${FILLER}(${TL})\s+(?:[\w-]+\s+)?(?:subscriptions?|licen[cs]es?|contracts?|seats?|accounts?|plans?)\s+(?:quietly\s+)?(?:lapse|expire|run\s+out)\b`,
    'migrated-from',
  ),
  // "1 client coming off ⟦0⟧ after 14 yrs".
  rule(
    /\boff\b/i,
    String.raw`\b(?:clients?|customers?|sites?|teams?|we|they)\s+(?:(?:is|are|was|were)\s+)?(?:coming|get(?:s|ting)?|got)\s+off\s+(?:of\s+)?${FILLER}(${SOURCES})`,
    'migrated-from',
  ),
  // "moved CI off ⟦0⟧ to ⟦1⟧", "migrated from ⟦0⟧ onto ⟦1⟧"
  rule(
    /\b(?:mov|migrat|switch|transition|port|shift|conver|upgrad|cut\s*over|chang\w*-?over|re-?platform)/i,
    String.raw`\b(?:mov(?:e|ed|es|ing)\b|migrat\w*|re-?platform\w*|switch\w*|transition\w*|port(?:ed|ing|s)?\b|shift\w*|conver(?:t|ted|ting|ts|sions?)\b|upgrad\w*|cut\s*over\w*|chang(?:e|ed|ing)?-?overs?)\s+(?:(?!and\s+[a-z]+ed\b|(?:a|per|each|every)\s+(?:day|hour|minute|second|night|week|month)\b|(?:daily|hourly|nightly|weekly)\s+(?:from|off)\b)(?:~?\d[\d,]*\d|[\wÀ-ÿ'’+&~-]+)\s+){0,8}?(?:off(?:\s+of)?(?:\s+(?:[a-z][\w-]*\s+){1,2}(?:and|plus)(?=\s+(?:an?\s+)?(?:mosaic|tangle|pile|mess|heap|patchwork|jumble|collection|set)\b))?|away\s+from|from|out\s+of)\s+${FILLER}${HEAP}${DESCRIBED_ONE}(${SOURCES})(?:[^⟦]{0,40}?\b(?:to|onto|into|in favou?r of)\s+${FILLER}(${TL}))?`,
    'migrated-from',
    'used',
  ),
  // "the ⟦0⟧ account was closed that autumn", "the last ⟦0⟧ server was switched off in 2019".
  rule(
    /\b(?:closed|switched|shut|turned|decommissioned|retired|cancell?ed)\b/i,
    String.raw`(${TL})\s+(?:[\w-]+\s+){0,2}?(?:was|were|got)\s+(?:finally\s+)?(?:closed|switched\s+off|shut\s+down|turned\s+off|decommissioned|retired|cancell?ed)\b(?!\s+(?:to|for)\b)`,
    'migrated-from',
  ),
  // "I took the catalogue out of ⟦0⟧ and into ⟦1⟧".
  rule(
    /\bout\s+of\b/i,
    String.raw`\b(?:took|taken|got|pulled|brought|lifted)\s+(?:[\w'’,-]+\s+){0,4}?out\s+of\s+(${TL})(?:\s+and\s+(?:in)?to\s+${FILLER}(${TL}))?`,
    'migrated-from',
    'used',
  ),
  // "Rebuilt 120 ⟦0⟧ as ⟦1⟧ custom reports": a conversion from one tool to another.
  rule(
    /\b(?:rebuil|rewr[io]t|re-?implement|recreat|convert|port)/i,
    String.raw`\b(?:rebuil[dt]|rewr[io]te|re-?implemented|recreated|converted|ported)\s+(?:all\s+|every\s+|each\s+)?(?:\d[\d,]*\s+|all\s+)(?:of\s+(?:the|our)\s+)?(${TL})\s+(?:[\w-]+\s+){0,2}?as\s+(?:[\w-]+\s+){0,2}?(${TL})`,
    'migrated-from',
    'used',
  ),
  // "replaced ⟦0⟧ with ⟦1⟧"
  rule(
    /\breplac/i,
    String.raw`\breplac\w*\s+${FILLER}${HEAP}(?:${OWNER_WORD})?${DESCRIBED_ONE}(${SOURCES})[^⟦]{0,40}?\bwith\s+${FILLER}(${TL})`,
    'migrated-from',
    'used',
  ),
  // "inherited the workbook, ⟦0⟧ + ~4k lines of ⟦1⟧; rebuilt it in ⟦2⟧": what "it" was is left for what it became.
  rule(
    /\b(?:rebuil|rewr[io]t|re-?implement|port)/i,
    String.raw`((?:⟦\d+⟧[^⟦.;]{0,30}?)+);\s*(?:then\s+)?(?:rebuil[dt]|rewr[io]te|re-?implemented|ported)\s+(?:it|them|that|the\s+lot)\s+(?:in|into|to|onto|on|as)\s+${FILLER}(${TL})`,
    'migrated-from',
    'used',
  ),
  // "Threw out the inherited hand-written ⟦0⟧ in favour of ⟦1⟧ presets".
  rule(
    /\bfavou?r\s+of\b/i,
    String.raw`\b(?:threw|thrown|throwing|tossed|binned|ditched|scrapped|dropped|replaced|retired|abandoned|swapped)\s+(?:out\s+)?${FILLER}${HEAP}(?:${OWNER_WORD})?(?:[a-z][\w-]*\s+){0,2}?(${SOURCES})[^⟦]{0,40}?\bin\s+favou?r\s+of\s+${FILLER}(${TL})`,
    'migrated-from',
    'used',
  ),
  // "Replaced the 'legal tracker' (an ⟦0⟧ workbook plus a ⟦1⟧ list) with ⟦2⟧": what was replaced is named in brackets.
  rule(
    /\breplac/i,
    String.raw`\breplac\w*\s+[^⟦().;]{0,60}?\(([^()⟦]{0,40}⟦\d+⟧[^()]{0,80})\)[^⟦]{0,30}?\bwith\s+${FILLER}(${TL})`,
    'migrated-from',
    'used',
  ),
  // "⟦0⟧ was replaced by ⟦1⟧", "⟦0⟧ until it was replaced"
  rule(
    /\b(?:replaced|retired|decommissioned|phased out|deprecated|sunset|switched off|turned off|shut (?:down|off)|unplugged)\b/i,
    String.raw`(${TL})[^⟦.]{0,60}?\b(?:was|were|got|had been|has been|is being|until it was|until they were)\s+(?:replaced|retired|decommissioned|phased out|deprecated|sunset|switched off|turned off|shut (?:down|off)|unplugged)`,
    'migrated-from',
  ),
  // "the last ⟦0⟧ model retired in 2022": retired without "was" (but "⟦0⟧ retired the old jobs" is the tool at work).
  rule(
    /\b(?:retired|decommissioned|phased out|switched off|turned off)\b/i,
    String.raw`(${TL})\s+(?:(?!(?:and|or|then|but|so|we|i|they|admin|admins|administrator|guru|expert|manager|lead|owner|champion|engineer|developer|team|person|specialist|consultant)\b)[a-z][\w-]*\s+){0,2}?(?:retired|decommissioned|phased\s+out|switched\s+off|turned\s+off)\b(?!\s+(?:the|a|an|our|my|its|their|all|every)\b|\s+⟦)`,
    'migrated-from',
  ),
  // "Control laws re-modelled in ⟦0⟧ from the legacy ⟦1⟧ models"
  rule(
    /\bre-?(?:modell?ed|built|created|implemented|written)|\brewrote\b/i,
    String.raw`\b(?:re-?modell?ed|re-?built|re-?created|re-?implemented|re-?written|rewrote)\s+(?:[\w-]+\s+){0,3}?(?:in|on|with|as)\s+${FILLER}(${TL})\s+from\s+${FILLER}(${TL})`,
    'used',
    'migrated-from',
  ),
  // "⟦0⟧, later retired in favour of ⟦1⟧" (a bare "⟦0⟧ as the backbone; later ⟦1⟧" is THEN_MOVE, judged by kind)
  rule(
    /\b(?:later|then|eventually)\b/i,
    String.raw`(${TL})[^⟦.]{0,40}?[,;]\s*(?:later|then|eventually)\s+(?:retired|replaced|decommissioned|dropped|phased out|swapped)\b[^⟦]{0,25}?(?:(?:in favou?r of|by|with|for|to)\s+)?${FILLER}(${TL})(?!\s+(?:for\s+(?:new|the\s+new|newer|some)|alongside|as\s+well|too)\b)`,
    'migrated-from',
    'used',
  ),
  rule(
    /\b(?:later|then|eventually)\b/i,
    String.raw`(${TL})[^⟦.]{0,30}?,?\s*(?:later|then|eventually)\s+(?:retired|replaced|decommissioned|dropped|phased out)`,
    'migrated-from',
  ),
  // "replacing a ⟦0⟧ server", "retired the old ⟦0⟧", "moved away from ⟦0⟧"
  rule(
    /\b(?:replac|to replace|retir|decommission|sunset|phas|ripp|deprecat|got rid|getting rid|away from|off of|dropp|ditch|kill)/i,
    String.raw`\b(?:replac(?:ing|ed)|to replace|which replaced|that replaced|retir\w*|decommission\w*|sunset(?:ting|ted)?|phas(?:ed|ing) out|ripp(?:ed|ing) out|deprecat\w*|got rid of|getting rid of|mov(?:ed|ing) away from|away from|off of|dropp(?:ed|ing)(?!\s+the\s+idea)|ditch(?:ed|ing)|kill(?:ed|ing)\s+off)\s+${FILLER}${HEAP}${DESCRIBED}(${TL})(?!\s+(?:[\w-]+\s+)?(?:costs?|bills?|spend|time|times|latency|tickets?|usage|errors?)\b)(?!\s+(?:by|from|into|to)\b)`,
    'migrated-from',
  ),
  // "Before ⟦1⟧ we posted work on ⟦0⟧", "Until ⟦1⟧, the team lived in ⟦0⟧": what the job used before the tool named.
  rule(
    /\b(?:before|until|prior)\b/i,
    String.raw`(?:^\W*|[,;]\s*|\b(?:and|but)\s+)(?:before|until|prior\s+to)\s+${FILLER}(${TL})\s*,?\s+(?:we|i|the\s+[\w-]+|everyone|everything)\b[^.;⟦]{0,60}?\b(?:on|in|with|using|through|via|from|used|ran|had)\s+${FILLER}(${TL})`,
    'used',
    'migrated-from',
  ),
  // A terse bullet's "⟦0⟧ + ⟦1⟧ before that": what the job used before what the bullets above name.
  rule(
    /\bbefore\s+(?:that|then)\b/i,
    String.raw`^\s*(${TL})[^⟦.;]{0,25}?\bbefore\s+(?:that|then)\b\s*(?:\([^)]*\))?\s*\.?\s*$`,
    'migrated-from',
  ),
  // "⟦0⟧ at first; in 2018 we switched the whole team to ⟦1⟧"
  rule(
    /\b(?:at first|initially|originally|early on|to begin with)\b/i,
    String.raw`(${TL})[^⟦.]{0,30}?\b(?:at first|initially|originally|early on|to begin with)\b[^⟦]{0,80}?\b(?:switch|mov|migrat|replac|port|chang)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:to|onto)\s+${FILLER}⟦\d+⟧`,
    'migrated-from',
  ),
  // "⟦0⟧ was kept read-only … until the summer of 2017, and then it was gone"
  rule(
    /\bgone\b/i,
    String.raw`(${TL})[^⟦.;]{0,80}?\b(?:and\s+)?then\s+(?:it|they)\s+(?:was|were)\s+gone\b`,
    'migrated-from',
  ),
  // "⟦0⟧ until 2017, then ⟦1⟧"
  rule(
    /\buntil\b/i,
    String.raw`((?:${TL})(?:\s*\([^()]{0,60}\))?)\s+until\s+(?:(?:early|mid|late)[- ])?\d{4}\b`,
    'migrated-from',
  ),
  // "Drew in ⟦0⟧ until the practice moved to ⟦1⟧", "in ⟦0⟧ until we switched to ⟦1⟧"
  rule(
    /\buntil\b/i,
    String.raw`(${TL})[^⟦.;]{0,30}?\buntil\s+(?:the\s+|we\s+|our\s+|they\s+|i\s+)?(?:[\w-]+\s+){0,2}?(?:moved|switched|migrated|changed|went\s+over|standardi[sz]ed)\s+(?:over\s+)?(?:to|on(?:to)?)\s+${FILLER}(${TL})`,
    'migrated-from',
    'used',
  ),
  // "Copy cataloguing in ⟦0⟧ until the 2014 system change, then in ⟦1⟧"
  rule(
    /\buntil\b[^.]*\bthen\b/i,
    String.raw`(${TL})[^⟦.;]{0,30}?\buntil\b[^⟦.;]{1,50}?,?\s*then\s+(?:in|on|to|into|onto|with|via)?\s*${FILLER}(${TL})`,
    'migrated-from',
    'used',
  ),
];

/**
 * "Investigated Kafka for the event bus" weighs a tool; "investigated alerts in Actimize", "explored the data in
 * Tableau" is work done in it, so a thing investigated with a tool after it makes no trial.
 */
const EXPLORED = String.raw`(?:explor|investigat)(?:e|ed|ing)(?!\s+(?:[\w-]+\s+){0,3}?(?:in|with|on|using|through|via|inside)\s)`;

/**
 * "Prototyped the checkout in ⟦0⟧" tries the tool; "prototyped the onboarding interactions in ⟦0⟧" is a designer at
 * work in a prototyping tool, so a design's parts as the thing prototyped make it no trial.
 */
const PROTOTYPED = String.raw`prototyp(?:ed|ing)(?!\s+(?:[\w-]+\s+){0,3}?(?:(?:micro-?)?interactions?|flows?|screens?|wireframes?|mock-?ups?|journeys?|animations?|transitions?|designs?|layouts?|gestures?|ui|ux)\s+(?:in|with|on|using)\b)`;

export const EVALUATION: Rule[] = [
  // Verbs only ("prototyped", not "ported the prototype to ⟦0⟧").
  rule(
    /\b(?:eval|consider|assess|trial|pilot|prototyp|benchmark|explor|investigat|spik|tried|trying|look|test|pok|played|experiment|toy|poc|proof|shortlist)/i,
    String.raw`\b(?:evaluat(?:e|es|ed|ing)|shortlist(?:ed|ing)?|eval['’]?(?:d|ed|ing)|consider(?:s|ed|ing)?|assess(?:es|ed|ing)?|trial(?:l?ed|l?ing)|pilot(?:ed|ing)|${PROTOTYPED}|benchmark(?:ed|ing)|^\s*benchmark(?=\s+⟦)|${EXPLORED}|spik(?:ed|ing)|tried|trying|look(?:ed|ing)?\s+(?:(?:hard|closely|briefly|seriously|properly)\s+)?(?:at|into)|test(?:ed|ing)?\s+out|pok(?:ed|ing)\s+at|played\s+with|experiment(?:ed|ing)?\s+with|toy(?:ed|ing)\s+with|(?:a\s+)?poc\s+(?:of|with|on)|proof[- ]of[- ]concept\s+(?:of|with|on))\s+(?:[\w'’-]+(?:\s+|/)){0,3}?(${TL})`,
    'evaluated',
  ),
  // "looked at a headless build with ⟦0⟧"
  rule(
    /\blook/i,
    String.raw`\blook(?:ed|ing)?\s+(?:(?:hard|closely|briefly|seriously|properly)\s+)?(?:at|into)\s+(?:[\w-]+\s+){1,4}?(?:with|on|in|using)\s+${FILLER}(${TL})`,
    'evaluated',
  ),
  // "Prototyped the new checkout in ⟦0⟧": the thing built stands between the verb and the tool it was built in.
  rule(
    /\b(?:prototyp|trial|pilot)/i,
    String.raw`\b(?:${PROTOTYPED}|trial(?:l?ed|l?ing))\s+(?:[\w<>-]+\s+){1,5}?(?:in|with|on|using|as)\s+${FILLER}(${TL})(?![^.;]*\b(?:ship|production|roll(?:ed)?\s+out|launch|deploy|releas|went\s+live)\w*)`,
    'evaluated',
  ),
  rule(
    /\b(?:poc|proof|spike|pilot|trial|bake)/i,
    String.raw`(${TL})\s+(?:poc|proof[- ]of[- ]concept|spike|pilot|trial|bake-?off)\b`,
    'evaluated',
  ),
  // "Paycom 30-day sandbox trial", "a Visier people-analytics pilot".
  rule(/\b(?:pilot|trial)\b/i, String.raw`(${TL})\s+(?:[\w-]+\s+){1,3}?(?:pilot|trial)\b`, 'evaluated'),
  // "Verint WFM and Calabrio made the shortlist" (not "Our team using ⟦0⟧ was on the shortlist for a BAFTA").
  rule(
    /\bshortlist\b/i,
    String.raw`(?:^\s*|[.;:,]\s*|\b(?:and|but|then)\s+)(⟦\d+⟧(?:\s*(?:,|and|or)\s*⟦\d+⟧)*)\s+(?:made|reached|were\s+on|was\s+on)\s+the\s+shortlist\b(?!\s+for\s+(?:an?\s+|the\s+)?(?:award|prize|bafta|emmy|grammy|oscar))`,
    'evaluated',
  ),
  // A terse bullet's "SkySpark: 60-day trial '22, not bought".
  rule(
    /\b(?:poc|pilot|trial|eval)/i,
    String.raw`(${TL})\s*[:—–]\s*(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:poc|pilot|trial|evaluation|eval)\b`,
    'evaluated',
  ),
  // "the practice priced CERC's ⟦0⟧ as an alternative" ("priced bills in ⟦0⟧" is work in it).
  rule(
    /\b(?:priced|costed|quoted)\b/i,
    String.raw`\b(?:priced|costed|quoted\s+for)\s+(?:[\w'’-]+\s+){0,2}?(${TL})(?=[^.;]{0,30}\bas\s+(?:an?\s+)?(?:alternative|replacement|option)\b)`,
    'evaluated',
  ),
  // "I pushed for ⟦0⟧ instead and lost that argument": argued for, and not adopted.
  rule(
    /\b(?:pushed|argued|lobbied|campaigned)\b/i,
    String.raw`\b(?:pushed|argued|lobbied|campaigned)\s+(?:hard\s+)?for\s+${FILLER}(${TL})[^.;]{0,60}?\b(?:lost|was\s+overruled|got\s+overruled|didn['’]t\s+get|did\s+not\s+get|never\s+got|no\s+luck|nobody\s+(?:agreed|listened))\b`,
    'evaluated',
  ),
  // "Tecsys didn't make the final two", "⟦0⟧ never made the shortlist".
  rule(
    /\bmake\b|\bmade\b/i,
    String.raw`(${TL})\s+(?:didn['’]t|did\s+not|never|failed\s+to)\s+(?:make|made)\s+(?:it\s+(?:to|onto|past)\s+)?(?:the\s+)?(?:final|shortlist|short\s+list|cut|last\s+round)`,
    'evaluated',
  ),
  // "weighing it against ⟦0⟧ and ⟦1⟧", "weighed ⟦0⟧ against ⟦1⟧": both were only weighed, unless one was chosen.
  rule(
    /\b(?:weigh|compar)/i,
    String.raw`\b(?:weigh(?:ed|ing|s)?|compar(?:ed|ing))\s+(?:(${TL})|(?:[\w-]+\s+){0,3}?)\s*(?:against|versus|vs\.?|with)\s+${FILLER}(${TL})`,
    'evaluated',
    'evaluated',
  ),
  // "scored Werum PAS-X against Syncade": scoring or benchmarking one tool against another is weighing both.
  rule(
    /\b(?:scor|benchmark|rank)\w*\b[^.;]*\b(?:against|versus|vs)\b/i,
    String.raw`\b(?:scor(?:ed|ing)|benchmark(?:ed|ing)|rank(?:ed|ing))\s+${FILLER}(${TL})\s+(?:against|versus|vs\.?)\s+${FILLER}(${TL})`,
    'evaluated',
    'evaluated',
  ),
  // "watched the STARLIMS and LabVantage demos", "sat through two ⟦0⟧ demos": a vendor's demonstration is weighing it.
  rule(
    /\bdemos?\b/i,
    String.raw`\b(?:watched|sat\s+(?:through|in\s+on)|attended|saw|arranged|requested|booked|had)\s+(?:the\s+|two\s+|three\s+|several\s+)?(${TL})\s+demos?\b`,
    'evaluated',
  ),
  // "ran a six-week side-by-side of ⟦0⟧ and ⟦1⟧ on the same 20 styles".
  rule(
    /\bside-by-side\b/i,
    String.raw`\bside-by-side\s+(?:test\s+|trial\s+|comparison\s+)?(?:of|between|with)\s+(⟦\d+⟧(?:\s*(?:,|and|or|&|vs\.?|versus)\s*⟦\d+⟧)*)`,
    'evaluated',
  ),
  // "after a month testing ⟦0⟧ and ⟦1⟧ side by side", "⟦0⟧ got a fair hearing", "Esko came in and demoed ⟦0⟧".
  rule(
    /\b(?:side|hearing|demo)/i,
    String.raw`\b(?:test(?:ed|ing)?|trial(?:l?ed|ling)?|compar(?:ed|ing))\s+(⟦\d+⟧(?:\s*(?:,|and|&)\s*⟦\d+⟧)+)\s+side\s+by\s+side\b|(${TL})\s+(?:got|had|was\s+given|received)\s+a\s+(?:fair|good|proper|serious|long)\s+hearing\b|(?:^|[.;]\s*)(?!(?:the|a|an|our|my|their|each|every|this|that)\b)[\w-]+(?:\s+[\w-]+)?\s+came\s+(?:in|over|round|by)\b[^.;⟦]{0,20}?\band\s+demo(?:ed|['’]d)\s+(${TL})`,
    'evaluated',
    'evaluated',
    'evaluated',
  ),
  // "We sat through demonstrations of ⟦0⟧ and ⟦1⟧ and scored them".
  rule(
    /\bdemo/i,
    String.raw`\b(?:demonstrations?|demos?)\s+(?:of|from)\s+(⟦\d+⟧(?:\s*(?:,|and|or|&)\s*⟦\d+⟧)*)`,
    'evaluated',
  ),
  // "⟦0⟧ eval'd for 2 months", "⟦0⟧ trialled, not renewed" (but "⟦0⟧ evaluated the rules" is the tool at work).
  rule(
    /\b(?:eval|trial|pilot|prototyp|considered|assessed|shortlisted)/i,
    String.raw`(${TL})\s+(?:(?:was|were|got|been)\s+)?(?:(?:eval['’]?d|evaluated|trial(?:l)?ed|piloted|prototyped)\b(?!\s+(?:the|a|an|our|my|its|every|each|all)\b)|shortlisted(?=\s*[);,.]|\s*$)|(?<=(?:was|were|been)\s+)(?:considered|assessed|shortlisted)(?=\s+(?:and|but)\s+(?:turned|rejected|dropped|ruled|passed|not)\b|\s*[,.;]|\s*$|\s+as\s+(?:an?\s+)?(?:alternative|replacement|option)\b))`,
    'evaluated',
  ),
  // "ran a 90-day pilot of ⟦0⟧", "a six-week bake-off against ⟦0⟧", "an evaluation of ⟦0⟧".
  rule(
    /\b(?:poc|proof|spike|pilot|trial|bake|evaluation|assessment)/i,
    String.raw`\b(?:an?|the|our)\s+(?:[\w-]+\s+)?(?:poc|proof[- ]of[- ]concept|pilot|trial|bake-?off|evaluation)\s+(?:of|against|between)\s+${FILLER}(${TL})(?![^.;]*\b(?:then|and)\s+(?:rolled|deployed|adopted|launched)\b)`,
    'evaluated',
  ),
  rule(
    /\b(?:shelved|scrapped|abandoned|binned|adopted|stick|demonstrated|demoed|scored|selected|chosen|picked)\b/i,
    String.raw`(${TL})[^⟦.]{0,50}?\b(?:shelved|scrapped|abandoned|binned|never adopted|not adopted|didn['’]t stick|did not stick|(?:was|were)\s+(?:demonstrated|demoed|scored)|not\s+(?:selected|chosen|picked))\b`,
    'evaluated',
  ),
  rule(
    /\b(?:instead|rather|opposed)\b/i,
    String.raw`\b(?:instead of|rather than|as opposed to)\s+${FILLER}(${TL})`,
    'evaluated',
  ),
  rule(
    /\b(?:decided|ruled|rejected|abandoned|shelved|passed|turned|dropped|said|refused|declined|vetoed)\b/i,
    String.raw`\b(?:decided against|ruled out|rejected|abandoned|shelved|passed on|turned down|dropped the idea of|said no to|refused|declined|vetoed)\s+(?:[\w-]+\s+){0,3}?(${TL})`,
    'evaluated',
  ),
  rule(
    /\b(?:rejected|archived|ruled|dropped|turned)\b/i,
    // "STARLIMS was turned down on price" (but "messages from ⟦0⟧ were rejected" is not about the tool).
    String.raw`(?<!\b(?:from|in|of|by|on|to|into|with)\s+)(${TL})[^⟦.]{0,50}?\b(?:was|were|got|ended up)\s+(?:rejected|archived|ruled out|dropped|turned down)`,
    'evaluated',
  ),
  rule(/\bwithout\b/i, String.raw`\bwithout\s+${FILLER}(${TL})`, 'evaluated'),
  // "⟦0⟧ and ⟦1⟧ were also on the shortlist"
  rule(
    /\bshortlist\b/i,
    String.raw`(${TL})[^⟦.;]{0,30}?\bon\s+(?:the|our|a)\s+shortlist\b(?!\s+for\b)`,
    'evaluated',
  ),
  // "asked whether we should use ⟦0⟧ instead": a question about adopting it.
  rule(
    /\bwhether\b/i,
    String.raw`\bwhether\s+(?:(?:we|they|to|it)\s+(?:should|could|would|might|ought\s+to)?\s*(?:use|adopt|switch\s+to|move\s+(?:(?:the|our|its|their)\s+)?(?:[\w-]+\s+){0,2}?to|buy|bring\s+in|replace\s+\S+\s+with)\s+${FILLER}(${TL})|(${TL})\s+(?:could|should|would|might)\s+(?:replace|take\s+over|do))(?![^.;]*\b(?:then|and)\s+(?:built|led|rolled|adopted|deployed|launched|implemented|migrated)\b)`,
    'evaluated',
    'evaluated',
  ),
  rule(
    /\bask/i,
    String.raw`\b(?:asked|asking|ask)\s+(?:us\s+|me\s+)?(?:about|for)\s+${FILLER}(${TL})`,
    'evaluated',
  ),
];

/** Words that put a clause in the future: its tools are planned. */
export const FUTURE =
  /(?:^|\s)next(?:\s+up)?\s*(?:\([^)]{0,20}\)\s*)?:|(?:^|[.;]\s*)planned(?:\s+for\s+[^:]{1,20})?\s*:|\bnext\s+up\b|\b(?:(?<!\b(?:the|a|an|our|my|their|its|project|release|test|delivery)\s)plan(?:s|ned|ning)?\s+(?:to|for)|the\s+plan\s+(?:for\s+[^.;]{1,30}?\s+)?(?:is|was)\s+to|(?<!\b(?:anything|anyone|anybody|whatever|whoever|everything|everyone)\s+(?:that|who)\s)will\s+(?:be\s+)?\w+|going\s+to|pencil(?:l)?ed\s+in\s+for|next\s+(?:FY|financial\s+year|fiscal\s+year|quarter|year|sprint|month|release|phase|step|season|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)|on\s+(?:the|our)\s+roadmap|next\s+on\s+(?:my|our|the)\s+(?:list|roadmap|agenda)|roadmap\s+(?:item|for)|in\s+the\s+future|future\s+work|later\s+this\s+(?:year|quarter|month|spring|summer|autumn|fall|winter)|(?:FY|fiscal\s+(?:year\s+)?)\s?['’]?\d{2,4}\s+(?:budget|plan|roadmap)|budget\s+includes|hop(?:e|es|ing)\s+to|intend(?:s|ed)?\s+to|aim(?:s|ing)?\s+to|about\s+to|after\s+i\s+left|after\s+i\s+(?:had|['’]d)\s+left|after\s+my\s+departure(?!\s+from)|not\s+(?:yet\s+)?started|not\s+started\s+yet|yet\s+to\s+(?:start|begin|adopt|be)|to\s+be\s+(?:adopted|introduced|rolled\s+out)|upcoming|wishlist|would\s+like\s+to|want(?:s|ed)?\s+to\s+(?:adopt|move|migrate|introduce|try)|(?:we|i)\s+(?:are|am)\s+(?:now\s+|currently\s+)?(?:rolling\s+out|introducing|adopting|bringing\s+in)|(?:is|are)\s+(?:now\s+)?(?:bringing\s+in|introducing|rolling\s+out|adopting|moving\s+to)\b[^.;]{0,60}?\b(?:in|from|by|during)\s+(?:early\s+|late\s+|mid-?)?20\d\d|approved\s+for\s+(?:19|20)\d\d|budgeted\s+for|(?:is|are|was|been)\s+booked\s+(?:in\s+)?for\s+(?:Q[1-4]|next|early|late|mid|the\s+(?:new|next)|(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)|goes\s+live\b|scheduled\s+(?:for|to\s+go\s+live))\b/i;

/** A short bracketed aside that names no tool and says nothing of ownership: "(H2)", "(Q3)", "(DSL2)". */
export const ASIDE = /\s*\((?![^)]*\b(?:not|mine|ours|they|their|team)\b)[^()⟦,;]{1,16}\)/g;

export const STILL_IN_USE =
  /(⟦\d+⟧)(?:\s+[\w-]+){0,2}?\s+(?:is\s+|are\s+)?still\s+(?:handles?|runs?|does|do|is\s+used|are\s+used|in\s+use|used|powers?|serves?|hosts?|covers?|manages?)\b|(⟦\d+⟧)\s+itself\s+(?:stayed|remained|stays|remains)\b/gi;
export const VERSION_UPGRADE = /\bfrom\s+(⟦\d+⟧)\s*v?\d[\d.x]*\s+to\s+v?\d/gi;

/** A choice among tools, and the words that say tools were weighed against each other before it. */
export const CHOSE = new RegExp(
  String.raw`\b(?:chose|picked|selected|went\s+with|opted\s+for|settled\s+on|decided\s+on|renewed|retained|stuck\s+with|stayed\s+(?:with|on)|implemented|bought|signed\s+with)\s+${FILLER}(${TL})`,
  'i',
);
export const WEIGHED =
  /\b(?:against|versus|vs\.?|compared|comparison|selection|shortlist\w*|bake-?off|demo(?:ed|s)?|rfp|tender|evaluat\w*|pitted|head-to-head|side-by-side|pilot(?:ed|s)?|trial(?:l?ed|s)?|better|cheaper|worse)\b/i;

/** "our monthly ⟦1⟧", "my ⟦0⟧ scripts": the narrator's own, right before the tool. */
export const OURS_BEFORE =
  /\b(?:our|my)\s+(?:(?!(?:from|in|with|on|to|into|through|via|using|for|of|vendors?|clients?|customers?|partners?|suppliers?|teams?|[a-z]+ed|runs?|ran|uses?|hosts?)\b)[\w-]+\s+){0,2}$/i;

/** Words that point a clause back at the one before it ("… owned that part"). */
export const BACK_REFERENCE =
  /\b(?:that part|that piece|that side|that bit|those parts|that|it|them|those)\b/i;

/** "we never set it up", "didn't adopt": what the sentence names before it was not adopted. */
export const NEVER =
  /\b(?:never|didn['’]t|did\s+not|don['’]t|do\s+not|wasn['’]t|weren['’]t|was\s+not|were\s+not|haven['’]t|have\s+not|no\s+longer\s+needed|not\s+worth)\s+(?:\w+\s+){0,3}?(?:use[ds]?|open(?:ed)?|adopt(?:ed)?|set\s+(?:it|them|that|this)?\s*up|deploy(?:ed)?|roll(?:ed)?\s+(?:it|them)?\s*out|ship(?:ped)?|implement(?:ed)?|go\s+ahead|move\s+forward|pursue[ds]?|follow(?:ed)?\s+through|get\s+to|got\s+to|touch(?:ed)?|(?<=\b(?:I|we)\s+(?:never|didn['’]t|did\s+not)\s+(?:\w+\s+)?)r[au]n(?=\s+(?:the\s+|an?\s+|any\s+)?⟦)|need(?:ed)?\s+(?:it|them)|happen(?:ed)?|make\s+it|made\s+it|renew(?:ed)?)\b(?!\s+(?:their|its)\b|(?<=touch(?:ed)?)\s+(?:the|a|an|any)\s+(?:mainframe|hardware|servers?|network|infrastructure|machines?|boxes|kit)\b|\s+(?:⟦\d+⟧|it|them)\s+(?:ourselves|myself|here|in-house)\b)/i;

/** Clause boundaries: semicolons, dashes between spaces, "but", "while", "whereas", "although", "and I", brackets. */
export const CLAUSE =
  // (", I just make sure the ⟦1⟧ export lands": the narrator's own part after someone else's.)
  /;|\s[—–]\s|\s-\s|,\s+(?=I\s+(?:just|only|simply|merely)\b)|,?\s+\bbut\b\s+|,\s+\b(?:while|whereas|although|though)\b\s+|,?\s+\b(?:and|while|whereas|so|that|which)\s+(?=I\b)|,\s+(?:and|so)\s+(?=(?:[\w-]+\s+){1,3}?I\s)|\(|\)/;

/**
 * Words at least one rule needs. A sentence with none of them is about use: judging it costs one scan instead of
 * every rule (stance was a third of extraction time before this).
 */
export const TRIGGERS = new RegExp(
  String.raw`\b(?:rewr[io]t\w*|swapp\w*|pencil(?:l)?ed|which|belongs?|belonged|nicht|Alternative|beschlossen|geplant|vorgesehen|Umstellung|portiert|betrieben|gepflegt|verwaltet|lag|threw|thrown|tossed|favou?r|territory|domain|turf|baby|chose|chosen|picked|selected|preferred|went\s+with|opted|standardi[sz]ed|stay(?:ed|ing)?|kept|keep(?:ing)?|stuck|sticking|remain(?:ed)?|settled|whether|chang(?:e|ed|ing)?-?over|switch-?over|still|own|switched\s+off|turned\s+off|shut|closed|cancell?ed|re-?platform\w*|rebuil[dt]|re-?implemented|recreated|mov(?:e|ed|es|ing)|migrat\w*|switch\w*|transition\w*|port(?:ed|ing)|shift\w*|convert\w*|upgrad\w*|replac\w*|retir\w*|decommission\w*|sunset\w*|phas(?:ed|ing)|ripp(?:ed|ing)|deprecat\w*|rid|away|off|until|before|later|then|first|initially|originally|eventually|evaluat\w*|eval['’]?d|evals?|conver\w*|cut\s*over|dropp\w*|ditch\w*|kill\w*|choosing|picking|selecting|selection|vs|versus|against|compared|comparison|side-by-side|settling|going|pilot|bake-?off|evaluation|noc|soc|dbas|desk|analysts?|admins?|no|login|licen[cs]e|renew\w*|lapse|expire|consider\w*|assess\w*|trial\w*|pilot\w*|prototyp\w*|benchmark\w*|explor\w*|investigat\w*|spik\w*|tried|trying|look(?:ed|ing)?\s+(?:(?:hard|closely|briefly|seriously|properly)\s+)?(?:at|into)|test(?:ed|ing)?\s+out|pok(?:ed|ing)|played\s+with|experiment\w*|toy(?:ed|ing)|poc|proof|spike|bake-?off|demos?|weigh\w*|gone|demonstrated|demonstrations?|scored|lost|signed|pushed|argued|hearing|demoed|side\s+by\s+side|lobbied|went|gone|failed|corporate|central|manages|scoring|ranked|ranking|selected|chosen|shelved|scrapped|abandoned|binned|adopt(?:ed)?|stick|instead|rather|opposed|decided|ruled|rejected|passed\s+on|turned\s+down|dropped|said\s+no|archived|without|ask(?:ed|ing)?|plan(?:s|ned|ning)?|will|going\s+to|next|roadmap|future|hop(?:e|es|ing)|intend\w*|aim(?:s|ing)?|about\s+to|left|started|yet|upcoming|rolling|introducing|adopting|bringing|approved|budgeted|booked|goes|scheduled|wishlist|would\s+like|want(?:s|ed)?|other|another|partner\w*|client\w*|customer\w*|vendor\w*|upstream|downstream|third|external|sister|consum\w*|team\w*|people|prefers|hr|groups?|squads?|departments?|contractors?|agency|consult\w*|integrator|shortlist\w*|who|departure|re-?modell?ed|re-?created|re-?written|core|office|unit|bureau|cent(?:er|re)|catalog\w*|${TRADES}|portfolio|marketing|sales|finance|compliance|transport|logistics|facilities|maintenance|procurement|legal|accounting|biomed|studio|supplier|outsourcer|freelancer|(?:${PEOPLE})['’]s|${ORGS}|café|papers?|plants?|bookkeeper|accountant|auditors?|contractor|subcontractor|rival|neighbou?ring|competing|competitor|users|already|owned|mine|ours|someone|their|theirs|they|refused|declined|vetoed|never|didn['’]t|don['’]t|wasn['’]t|weren['’]t|haven['’]t|couldn['’]t|can['’]t|cannot|longer|not)\b`,
  'i',
);

/** Cheap tests for the words the clause-wide patterns below cannot match without. */
export const NEEDS_FUTURE =
  /\b(?:next|plan|planned|planning|plans|will|going|roadmap|future|hop\w*|intend\w*|aim\w*|about|left|started|yet|upcoming|wishlist|would|want\w*|departure|rolling|introducing|adopting|bringing|approved|budgeted|booked|goes|scheduled|later|budget)\b/i;
export const NEEDS_NEVER = /\b(?:never|not|longer)\b|n['’]t\b/i;

/** Which verdict wins when rules disagree. */
export const PRIORITY: Stance[] = ['migrated-from', 'planned', 'evaluated', 'others', 'used'];
