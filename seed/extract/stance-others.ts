import { DEPARTMENTS, PARTIES, PEOPLE, TRADES } from './stance-words.js';

/**
 * Clause-wide wordings that give a clause's tools to someone other than the narrator: other teams, clients, vendors,
 * departments and trades that use them ("other teams call us from ⟦0⟧"), and the narrator saying a tool is not theirs
 * ("not mine", "the vendor's ⟦0⟧"). stance.ts applies them clause by clause; stance-parties.ts holds the wordings that
 * name the party's tools inside one pattern.
 */

/**
 * A clause about what someone else uses: other teams, clients, vendors, partners ("other teams called us from ⟦0⟧",
 * "the mobile team consumes our API from ⟦0⟧"). A department word needs its noun: "it uses ⟦0⟧" is not the IT team.
 */
export const SOMEONE_ELSE = new RegExp(
  String.raw`(?:^\s*|[,(;:]\s*|\b(?:and|but|while|whereas|since|because|where|that|which)\s+)(?:(?:most|many|some|all|half|several|none)\s+of\s+)?(?:the\s+|a\s+|an\s+|their\s+|some\s+|several\s+|many\s+|most\s+|(?:our|one|its)\s+(?=(?:partner|client|customer|vendor|sister|external|upstream|downstream|third)))?` +
    String.raw`(?:(?:other|another|partner|client|customer|vendor|upstream|downstream|third[- ]party|external|sister|consumer|consuming|portfolio)\w*(?:['’]s|s['’])?\s*(?:\w+\s+)?(?:teams?|groups?|squads?|departments?|companies|banks?|clients?|customers?|vendors?|partners?|people|folks|engineers|developers|side|staff)?` +
    String.raw`|(?:(?:core|central|group|corporate|internal|global|main)\s+)?(?:mobile|web|front-?end|ops|operations|infra(?:structure)?|it|security|bi|analytics|marketing|finance|sales|data science|platform|qa|facilities|maintenance|procurement|legal|accounting|biomed)\s+(?:teams?|groups?|squads?|departments?|engineers|developers|folks|people|staff)(?:['’]s|s['’])?` +
    // A department is never the narrator's own team: "because the lighting department lived in ⟦0⟧".
    String.raw`|(?!(?:the|my|our|every|each|a|an|this|that|its|his|her|their|whole|entire|same|new|one)\b)[a-z]+\s+departments?(?:['’]s|s['’])?` +
    // Departments named by their acronym alone: "the NOC ran everything through ⟦0⟧", "Marketing keeps … in ⟦0⟧".
    // ("HR take over in ⟦0⟧"; "HR's ⟦0⟧ tenant" may be the HRIS analyst's own, so HR is no possessive owner.)
    `|(?:${DEPARTMENTS}|hr)` +
    // People named by what they do: "The fMRI people down the corridor lived in ⟦0⟧".
    String.raw`|(?!(?:the|my|our|every|each|a|an|this|that|its|his|her|their|whole|entire|same|new|one|most|many|some|all|young|local|other|more|few|key|right|wrong|those|these|your|both|no|such|which|what|whose|whom)\b)[A-Za-z][\w-]*\s+people(?:\s+(?:down|across|up|along|over)\s+the\s+(?:corridor|hall|road|stairs|floor|way))?` +
    // People of another trade: "Designers worked in ⟦0⟧", "the architects drew in ⟦0⟧".
    `|(?:(?:senior|junior|lead|principal|chief|head|in-house|external|site|line|staff|production|cost|quantity|structural|design|mechanical|electrical|services)\\s+)?(?:${TRADES}))` +
    String.raw`\s*(?:['’]s\s+)?(?:use|used|uses|using|ran|run|runs|own|owned|owns|maintain\w*|built|build|call|called|calls|consume\w*|integrat\w*|connect\w*|manag\w*|host\w*|wr[io]te|develop\w*|work(?:ed|s)?\s+(?:in|with)|had|have|has|came|come|did|does|do|done|handled|handles|dr[ae]w|draws|cuts?\s+(?:(?:everything|it\s+all|all|each|every|the)\s+(?:\w+\s+)?)?(?:on|in)|edit(?:ed|s)?\s+(?:on|in)|mix(?:ed|es)?\s+(?:on|in)|reported|report|reports|reconcile|reconciles|t[ao]ke?s?\s+over\s+in|took\s+over\s+in|keep|keeps|kept|deliver(?:s|ed)?|send|sends|sent|stor(?:e|es|ed)|li(?:ved|ves|ve)\s+in|builds|quer(?:y|ies|ied)|catalog(?:ue)?s|catalogu?ed|tracks|tracked|logs|logged|records|recorded|schedules|scheduled|prices|priced|models|modell?ed|estimates|estimated|program(?:me)?s?|programm?ed|planned|plans)\b` +
    // "the front-end developers wrote some of the specs with us": work shared with the narrator is theirs too.
    String.raw`(?![^.;]*\b(?:with|alongside)\s+(?:us|me)\b)`,
  'i',
);

/**
 * "the firmware team owned that part", "done by the CRM contractor", "owned by the other team". "The team used …"
 * alone is the person's own team; a named one ("the mobile team tests with …") is another.
 */
export const DONE_BY_OTHERS =
  /\b(?:(?:(?:another|other|their)\s+(?:[\w-]+\s+){0,2}?(?:team|teams|group|squad|department)|(?:the|a|an)\s+(?!(?:whole|entire|same|new|small|full|wider|core|my|our)\s)(?:[\w⟦⟧'’-]+\s+){1,3}?(?:team|teams|group|squad|department|(?<=(?:statistics|stats|genomics|sequencing|imaging|proteomics|bioinformatics|microscopy|histology|cytometry|analytics)\s)core)|(?:the|a|an|another|other|their)\s+(?:[\w-]+\s+){0,2}?(?:contractors?|vendors?|agency|consultancy|consultants?|integrator|partner))(?:\s+(?:next\s+door|upstairs|downstairs|across\s+the\s+(?:hall|corridor|floor)))?\s+(?:owned|owns|own|ran|runs|run|prefers|maintained|maintains|built|builds|wrote|writes|handled|handles|did|does|used|uses|managed|manages|operated|operates|tests|tested|test|deploys|deployed|develops|developed|ships|shipped|codes|coded|works|worked|lands|landed|loads|loaded|stores|stored|keeps|kept|paid|pays|invoiced|invoices|billed|bills|drives|drove|controls|controlled|processed|processes)|(?:(?:developers|engineers|contractors?|consultants?|vendors?|analysts?|freelancers?|translators?|partners?)\s*,?\s+(?:who|that)\s+(?:still\s+)?(?:built|wrote|write|build|develop\w*|coded|code|maintain\w*|own\w*|ran|run|work(?:s|ed)?\s+(?:in|on|with)|translat(?:e|es|ed)\s+in|use[sd]?)\b)|(?:(?<!\b(?:led|lead|joined|managed|manage|ran|run|head|built|my|our|into|of)\s+(?:the\s+)?)(?:(?:[\w-]+\s+){1,2}(?:team|department|office|unit|core|desk)|(?:group\s+)?(?:finance|treasury|payroll|procurement|legal|marketing|sales|tax|reporting))\s*,\s+who\s+(?:\w+\s+){0,3}?(?:put|puts|load\w*|keep|keeps|kept|use[sd]?|wr(?:ote|ites?)|prefers?|send|sends|sent|run|runs|ran|buil[dt]s?|publish\w*|enter\w*|consolidat\w*|report\w*|own|owns|owned|maintain\w*|administer\w*)\b)|(?:(?:built|written|developed|maintained|run|owned|made)\s+(?:in|with|on)\s+[^.;]{1,40}?\s+by\s+(?:the\s+|their\s+|other\s+)?(?:[\w-]+\s+){0,2}?(?:teams?|squads?|groups?|vendors?|contractors?|agency|partners?)\b)|(?:owned|run|maintained|built|done|handled|managed|operated|written|implemented|recorded|produced|supplied|provided|hosted|drawn|drafted|administered|supported)(?:\s+(?:upstream|downstream|centrally|separately|externally|elsewhere))?\s+by\s+(?:(?:the|a|an|their)\s+[\w-]+['’]s\s+(?:[\w-]+\s+){0,2}?(?:team|group|unit|core|office|department|lab|technician|engineer|producer|editor|programmer|designer|analyst|developer|accountant|bookkeeper|administrator|admin)s?\b|(?:its|their)\s+own\s+(?:[\w-]+\s+){0,2}?(?:lead|team|staff|admins?|administrators?|vendor|people|it)|(?:the\s+|a\s+|an\s+|another\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:team|teams|group|squad|contractors?|vendors?|agency|consultancy|consultants?|department|integrator|partner|client|customer|studio|supplier|outsourcer|freelancer|core|office|unit|bureau|(?<!\bdata\s)cent(?:er|re)|parent\s+company|head\s+office|headquarters|franchisor|owners?)s?|their\s+(?:[\w-]+\s+){0,2}?(?:analysts?|admins?|staff|developers|engineers|designers|people|folks|it)))\b/i;

/**
 * "commission calculations stayed with the Revenue Operations team in ⟦0⟧", "the owners' bookkeeper kept the books in
 * ⟦0⟧": work left with another team, or done by an outside professional.
 */
export const LEFT_WITH_OTHERS =
  // ("The exploration manager kept the regional GIS in ⟦0⟧": someone over the narrator, keeping a thing in a tool.)
  /\b(?:the|our|their|my)\s+(?:[\w'’-]+\s+)?(?:manager|supervisor|boss)\s+(?:kept|keeps|ran|runs|maintained|maintains)\s+(?!(?:us|me|pushing|asking|out|on|going)\b)[^⟦.;]{1,60}?\s(?:in|on)\s+⟦|\b(?:stayed|remained|sat|sits|lived|lives|stays)\s+with\s+(?:the|their)\s+(?:[\w-]+\s+){0,3}?(?:team|department|group)\s+(?:in|on)\b|(?:^\W*|\b(?:the|our|their|an?)\s+)(?:[\w'’-]+\s+)?(?:bookkeeper|accountant|cpa|auditors?|payroll\s+provider|agency|consultancy|freelancer|contractor|subcontractor)\s+(?:kept|keeps|ran|runs|did|does|handled|handles|used|uses|managed|manages|maintained|maintains|prepared|prepares|lives\s+in|lived\s+in|works\s+in|worked\s+in)\b/i;

/**
 * A terse bullet's "firmware team writes the controller side in ⟦0⟧", "platform team owns ⟦0⟧": a named team (not
 * "my team", "our team", "the team") that does the work, with no article before it.
 */
export const TERSE_OTHERS =
  /^\s*(?:[-*•]\s+)?(?!(?:my|our|the|a|this|that)\s)(?:[\w⟦⟧&-]+\s+){1,3}?(?:team|contractor|vendor|integrator|supplier|agency)\s+(?:(?:(?:is|are|was|were)\s+)?(?:still\s+)?on|owns|owned|writes|wrote|builds|built|maintains|maintained|runs|ran|handles|handled|does|did|uses|used|develops|developed|manages|managed|operates|operated)\b|\btheir\s+(?:engineers|techs|technicians|staff|people|team)\s+only\b/i;

/** "(ops team's, not mine)", "(they own those tests)": the clause, or the one before it, is someone else's. */
export const NOT_MINE = new RegExp(
  String.raw`\b(?:not\s+mine|not\s+ours|not\s+us|not\s+me|(?<!\b(?:our|my|we|I)\b[^⟦.;]{0,60})(?:in|on|from|through|via)\s+their\s+(?:own\s+)?⟦\d+⟧|(?<=\b(?:spa|hotel|club|clinic|practice|client|customer|vendor|partner|school|hospital|restaurant|franchisee?|agency|council|trust|company|firm|business)s?\s+)(?:ran|runs|run|kept|keeps|hosted|hosts|had|has)\s+its\s+own\s+⟦\d+⟧|(?:that|it|this|which)\s+(?:was|is)\s+(?!(?:my|our|everyone|everybody|nobody|no\s+one|the\s+whole|all\s+of\s+us)\b)(?:[\w-]+\s+)?(?!(?:everyone|everybody|nobody)['’]s)[\w-]+['’]s\s+(?:territory|domain|patch|turf|baby|remit|responsibility|department|thing)\b|(?:is|are|was|were)\s+theirs\b|(?:is|are|was|were)\s+(?:${DEPARTMENTS})['’]s(?=\s*(?:[;,.)]|$))|not\s+(?:in\s+)?my\s+(?:remit|area|responsibility|scope|patch)\b|which\s+(?:we|I)\s+(?:couldn['’]t|could\s+not|can['’]t|cannot|never|didn['’]t)\s+(?:even\s+)?(?:see|access|open|log\s+in)\b|not\s+my\s+(?:team|call|project)|someone\s+else['’]s|[\w-]+\s+(?:team|squad)['’]s|(?!(?:the|our|my|this|whole|entire)\s)[\w-]+\s+group['’]s|(?:teams|squads|groups)['’]|(?:${PARTIES})['’](?=\s+⟦)|(?:the|an?)\s+(?:[\w-]+\s+)?(?:vendor|client|customer|partner|supplier|agency|contractor|consultancy)['’]s|their\s+own|they\s+(?:own|owned|run|ran|maintain|maintained|wrote|write|built|build|did|do|train|trained|use|used|keep|kept|host|hosted|stayed\s+on|stuck\s+with|remained\s+on)\b|I\s+(?:never|didn['’]t|did\s+not)\s+(?:once\s+|even\s+)?(?:ha(?:d|ve)|get|got)\s+(?:a|an|any)\s+(?:login|licen[cs]e|account|seat|access)\b|I\s+(?:have|had)\s+no\s+(?:login|licen[cs]e|account|seat|access)\b|(?:which\s+)?I\s+(?:have\s+|had\s+|['’]ve\s+)?never\s+(?:once\s+)?(?:had\s+to\s+)?(?:log(?:ged)?\s+in(?:\s*to)?(?:\s+(?:it|them))?\s*(?:[.;,]|$)|(?:used|touched|opened)\s+(?:it|them)\b)|I\s+(?:don['’]t|do\s+not|didn['’]t|did\s+not)\s+(?:\w+\s+)?(?:administer|maintain|manage|own|touch|open|use)\s+(?:it|them)\b|(?:we|I)\s+never\s+(?:see|saw|touch|touched|open|opened)\s+(?:⟦\d+⟧|it|them)\s+(?:ourselves|myself|here|in-house)|I\s+only\s+(?:ever\s+)?(?:saw|see|watched)\s+(?:it|them)\s+(?:over|through|on|from)\s+(?:their|someone|other)|(?<!\b(?:my|our)\s)\b(?:${PEOPLE})['’]s(?=\s+⟦)|\b(?:maintenance|flight|crew|network|ops|operations|quality|safety)\s+(?:control|planning|ops|operations|team)['’]s(?=\s+⟦)|\b(?:his|her)\s+own\b(?=\s+⟦)|\b(?:${DEPARTMENTS}|treasury|payroll)['’]s(?=\s+⟦)|\b(?:the|a|an|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+own(?=\s+⟦)|(?:\bI\s+|\band\s+)(?:have\s+|had\s+|['’]ve\s+)?never\s+(?:once\s+)?(?:opened|touched|logged\s+in(?:\s*to)?|logged\s+on\s+to)\s+⟦\d+⟧|(?:we|I)\s+never\s+(?:see|saw|touch|touched|open|opened|use|used)\s+their\s+⟦\d+⟧|I\s+only\s+(?:ever\s+)?(?:saw|see|used|use|touched)\s+(?:(?:it|them|⟦\d+⟧)\s+)?through\s+their\b)`,
  'i',
);

/** The NOT_MINE phrasings that own the noun after them. */
export const POSSESSIVE = new RegExp(
  String.raw`(?:team|squad|group|vendor|client|customer|partner|supplier|agency|contractor|consultancy|${PEOPLE}|${DEPARTMENTS}|treasury|payroll)['’]s$|['’]s\s+own$|^(?:his|her)\s+own$|^(?:${PEOPLE})['’]s$|(?:control|planning|ops|operations|team)['’]s$|(?:teams|squads|groups)['’]$|^(?:${PARTIES})['’]$|^(?:their\s+own|someone\s+else['’]s)$`,
  'i',
);

/** "the team's ⟦0⟧ dashboard" is the person's own team. */
export const OWN_TEAM = /^(?:the|our|my|this)\s+team['’]s$/i;

/** Who "they" can be when a clause before names them. */
export const OWNER =
  /\b(?:team|teams|squads|group|groups|vendor|vendors|client|clients|customer|customers|partner|partners|agency|contractors?|department|cdmo|cro|manufacturer|supplier|subcontractor|outsourcer|integrator)\b/i;

/** Cheap tests for the words SOMEONE_ELSE and NOT_MINE cannot match without. */
export const NEEDS_OTHERS = new RegExp(
  String.raw`\b(?:${DEPARTMENTS}|hr|core|office|unit|bureau|cent(?:er|re)|other|another|portfolio|administered|${PEOPLE}|parent|headquarters|franchisor|owners?|bookkeeper|accountant|auditors?|treasury|payroll|reporting|${TRADES}|marketing|sales|finance|compliance|transport|logistics|facilities|maintenance|procurement|legal|accounting|biomed|studio|supplier|outsourcer|freelancer|partner\w*|client\w*|customer\w*|vendor\w*|upstream|downstream|third|external|sister|consum\w*|team\w*|group\w*|squad\w*|department\w*|engineers|developers|folks|people|staff|contractor\w*|agency|consult\w*|integrator|noc|soc|dbas|desk|analysts?|admins?)\b`,
  'i',
);
export const NEEDS_NOT_MINE =
  /\b(?:teams|squads|groups)['’]|s['’]\s+⟦|\b(?:is|are|was|were)\s+\w+['’]s\b|['’]s\s+(?:own\s+)?⟦|\b(?:his|her|its)\s+own\b|\b(?:mine|ours|not|never|no|someone|team['’]s|squad['’]s|group['’]s|vendor['’]s|client['’]s|customer['’]s|partner['’]s|supplier['’]s|their|they)\b|n['’]t\b/i;

/**
 * "HR owns ⟦0⟧; I am its system administrator", "… but I was the admin for it", "and I administer it day to day": the
 * narrator's own hands on a tool another party owns make it used. (Not "I was the project lead": a lead of the work
 * need not have touched the owner's tool.)
 */
export const MY_HANDS_ON_IT =
  /^\W*(?:I\s+(?:am|was|['’]m|became|acted\s+as|served\s+as)\s+(?:its|their|the|one\s+of\s+(?:the|its|their)\s+(?:\w+\s+)?)\s*(?:[\w-]+\s+)?(?:admins?|administrators?|super-?\s?users?|power\s+users?|champions?|maintainers?|system\s+owner)\b(?!\s+(?:of|for|on)\s+(?!it\b|them\b))|I\s+(?:administer(?:ed|s)?|maintain(?:ed|s)?|configured|look(?:ed)?\s+after|ran|run)\s+(?:it|them)\b)/i;
