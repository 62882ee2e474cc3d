import { FILLER, ORGS, TL } from './stance-words.js';

/**
 * Other parties' tools, as a sentence names them: organisations that run a tool, a party's "own" system, rivals,
 * customers already on a tool, what a party keeps "in its own" instance.
 */

/**
 * "a referral hospital in Pensacola that ran ⟦0⟧", "their parent club, whose sports-science staff run ⟦0⟧": an
 * organisation named as someone else ("a", "their", "another", not "our") and what it runs.
 */
const ORG_THAT_RUNS = new RegExp(
  String.raw`\b(?:a|an|their|another|each|every|some|other|most)\s+(?:[\w-]+\s+){0,3}?(?:${ORGS})(?:\s+(?:in|at|of)\s+\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*)*)?,?\s+(?:that|which|who|whose\s+(?:[\w-]+\s+){0,2}?(?:staff|team|teams|people|engineers|analysts|department))\s+(?:already\s+)?(?:(?:ran|runs|run)(?:\s+on)?|uses|used|use|had|has|is\s+on|are\s+on|was\s+on|were\s+on|lived\s+in|live\s+in|work\s+in|worked\s+in)\s+${FILLER}(${TL})`,
  'giu',
);
/** "A few of the bigger operators had ⟦0⟧ plugged into their planters": some of a kind of organisation, and theirs. */
const SOME_ORGS_HAD = new RegExp(
  String.raw`\b(?:a\s+few|some|many|most|several|all|half|one|two|three|four)\s+of\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:${ORGS}|growers|farmers|farms|sites)\s+(?:already\s+)?(?:had|have|ran|run|used|use|were\s+on|are\s+on)\s+(${TL})`,
  'gi',
);

/** "Our parent company's data science team works in ⟦0⟧": a team of the group the employer belongs to. */
const PARENT_TEAM = new RegExp(
  String.raw`\b(?:parent|sister|holding)\s+(?:company|group|organi[sz]ation)['’]s\s+(?:[\w-]+\s+){0,3}?(?:team|department|group|analysts|engineers|people|staff)\s+(?:works?|worked|runs?|ran|uses?|used|builds?|built|lives?|lived)\s+(?:in|on|with)?\s*(${TL})`,
  'gi',
);

/** A client, vendor, partner or the OEM that runs "its own" system: the tool (or the list of tools) named after it is theirs. */
const PARTY_OWN = new RegExp(
  String.raw`\b(?:${ORGS}|the\s+oem)\b[^.;⟦]{0,100}?\b(?:its|their)\s+own\b[^.;⟦]{0,60}?(⟦\d+⟧(?:(?:\s*,\s*|\s+(?:and|or)\s+)(?:(?:one|two|three|four|some|others?)\s+)?⟦\d+⟧)*)`,
  'gi',
);

/** "The rival high school across town, Westfield, ran ⟦0⟧": a rival, sister or neighbouring organisation's tool. */
const RIVAL_RUNS = new RegExp(
  String.raw`(?:\b(?:rival|other|another|neighbou?ring|competing|competitor|sister)\s+(?:[\w-]+\s+){0,3}?(?:${ORGS}|company|companies|plants?|factor(?:y|ies)|mills?|sites?|papers?|newspapers?)|\b(?:the|a)\s+(?:[\w-]+\s+)?(?:${ORGS}|café|papers?|newspapers?|groups?|practices?)\s+(?:across\s+(?:the\s+)?(?:road|street|way|town)|next\s+door|down\s+the\s+(?:road|street))|\b(?:our|the|their)\s+neighbou?rs)\b[^.;⟦]{0,40}?\b(?:(?:ran|runs|run)(?:\s+on)?|uses|used|use|had|has|was\s+on|were\s+on|is\s+on|are\s+on)\s+${FILLER}(${TL})`,
  'gi',
);
/** "Half our prospects were newsrooms already on ⟦0⟧": customers or prospects already on a tool are theirs. */
const ALREADY_ON = new RegExp(
  String.raw`\b(?:${ORGS}|users)\b[^.;⟦]{0,40}?\balready\s+(?:on|using|running|in)\s+(${TL})`,
  'gi',
);

/** "Nearly all of them run ⟦0⟧ as their terminal operating system": the tool is named as theirs. */
const AS_THEIRS = /\b(?:run|runs|ran|use|uses|used|have|has|had)\s+(⟦\d+⟧)\s+as\s+their\b/gi;

/**
 * "into the client's own platform (⟦1⟧, ⟦2⟧ or ⟦3⟧)": the tools a party's own system is, named in brackets after it.
 * ("Logged defects in each publisher's own ⟦0⟧ instance" is work in it; "the firm's own" is the narrator's.)
 */
const PARTYS_OWN =
  /\b(?:client|customer|vendor|partner|supplier|carrier|insurer|agency|contractor)s?['’]s?\s+own\s+(?:[\w-]+\s+){0,2}?\(\s*(⟦\d+⟧(?:\s*(?:,|or|and|\/)\s*⟦\d+⟧)*)/gi;

/**
 * "Durham County Record Office, whose staff manage them in their ⟦0⟧ instance": worked in by the people of an
 * organisation named before. ("Our linguists work directly in their ⟦0⟧ workspace" is work in a client's tool.)
 */
const IN_THEIRS = new RegExp(
  String.raw`\bwhose\s+(?:[\w-]+\s+){0,2}?(?:staff|team|teams|people|department|[a-z]+(?:ists|ers|ians|ors|ants))\s+(?:[\w-]+\s+){0,4}?(?:in|on|with|through)\s+(?:their\s+)?(${TL})`,
  'gi',
);

/** "Our main knitwear supplier, Meridian Knit, … builds its markers in ⟦0⟧": an organisation doing its own work. */
const ORG_DOES_ITS_OWN = new RegExp(
  String.raw`\b(?:our|the|a|their)\s+(?:[\w-]+\s+){0,3}?(?:${ORGS})\b[^.;⟦]{0,80}?\b(?:builds?|built|runs?|ran|keeps?|kept|does|did|makes?|made|grades?|manages?|holds?|stores?)\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:in|on|with|using)\s+${FILLER}(${TL})`,
  'gi',
);

/**
 * "The fund administrator keeps the ledgers in its own ⟦0⟧ instance": a system someone keeps as its (their) own
 * ("every step in its own ⟦0⟧ image" is ours).
 */
const IN_ITS_OWN =
  /\b(?:in|on|into|through)\s+(?:its|their)\s+own\s+(⟦\d+⟧)\s+(?:instance|account|tenant|system|copy|installation|server|environment|platform|licen[cs]e|org)s?\b/gi;

/** "we do not have access to their ⟦0⟧", "no access to the lessor's ⟦0⟧": a system the narrator cannot get into. */
const NO_ACCESS =
  /\b(?:(?:we|I)\s+(?:do\s+not|don['’]t|did\s+not|didn['’]t|never)\s+(?:even\s+)?ha(?:ve|d)\s+(?:any\s+)?|\bno\s+)access\s+(?:to|into)\s+(?:their|its|(?:the\s+)?[\w-]+['’]s?)\s+(?:own\s+)?(⟦\d+⟧)/gi;

/** "Two of my clients run ⟦0⟧ on ⟦1⟧": what a consultant's or supplier's clients run is theirs. */
const CLIENTS_RUN = new RegExp(
  String.raw`\b(?:(?:one|two|three|four|five|some|several|many|most|all|half|a\s+few|a\s+couple)\s+of\s+)?(?:my|our)\s+(?:clients|customers)\s+(?:already\s+|still\s+)?(?:run|ran|use|used|are\s+on|were\s+on|work\s+in|worked\s+in)\s+(?:(?:(?!\b(?:I|we)\b)[^⟦.;]){0,30}?\s)?(${TL}(?:\s+on\s+${TL})?)`,
  'gi',
);

/** "Corporate IT runs the service desk on ⟦0⟧": the IT department of a larger organisation (case matters: "it runs"). */
const CORPORATE_IT = new RegExp(
  String.raw`\b(?:[Cc]orporate|[Gg]roup|[Cc]entral|[Hh]ead[- ]office|[Tt]he\s+(?:parent|group)(?:['’]s)?)\s+IT(?:\s+(?:team|department|dept))?\s+(?:runs?|ran|owns?|owned|manages?|managed|hosts?|hosted|keeps?|kept|looks?\s+after)\s+(?:[^⟦.;]{0,40}?\s)?(${TL})`,
  'g',
);

/** "Subcontractors' programmes arrived from ⟦0⟧ as PDFs": what another party's work comes out of is theirs. */
const ARRIVED_FROM_THEIRS = new RegExp(
  String.raw`\b(?:${ORGS}|subcontractors|contractors|consultants|architects|designers)['’]s?\s+(?:[\w-]+\s+){0,2}?(?:arrived|arrive|came|come|were\s+sent|are\s+sent)\s+(?:in|from|out\s+of|as)\s+(${TL})`,
  'gi',
);

/** A terse note's "Client ERPs: ⟦0⟧ at one, ⟦1⟧ at another": the systems of clients, listed under their heading. */
const CLIENT_SYSTEMS =
  /(?:^|[.;])[^\w.;]*(?:client|customer|carrier)s?['’]?\s+(?!(?:support|service|success|management|facing|relationship)\b)(?:[\w-]+\s+){0,2}?(?:ERPs?|systems?|platforms?|tools?|stacks?|CRMs?|WMS|TMS|EHRs?)\s*:\s*([^.;]*)/gi;

/** "clients' stacks were ⟦0⟧, ⟦1⟧ and a few ⟦2⟧ stores": what the parties' own systems are. */
const PARTIES_STACKS =
  /\b(?:clients|customers|partners|vendors|suppliers|carriers|members|schools|hospitals|venues)['’]\s+(?:own\s+)?(?:stacks?|systems?|platforms?|sites?|setups?|environments?|tools?)\s+(?:were|are|was|is|ran\s+on|run\s+on|included|include)\s+(?:(?:mostly|mainly|largely|all|either)\s+)?(⟦\d+⟧(?:\s*(?:,|and|or|&)\s*(?:(?:a\s+few|some|one|two|three|several|the\s+odd)\s+)?⟦\d+⟧)*)(?=[^.]*\b(?:their|they)\s+(?:devs|developers|engineers|team|teams|staff|people|IT|own|fixed|ran|run|maintain)\b)/gi;

/**
 * "Web filtering alerts come from ⟦0⟧, which the trust's IT partner runs": a tool another party runs for the employer.
 * ("⟦0⟧, which our team runs" is the narrator's.)
 */
const WHICH_THEY_RUN =
  // (The look back runs only where a tool starts: before each character it would cost the sentence again.)
  /(?=⟦)(?<!\b(?:I|we)\b[^.;]*)(⟦\d+⟧(?:\s*(?:,|and|or)\s*⟦\d+⟧)*),?\s+which\s+(?:the|a|an|their)\s+(?:[\w'’-]+\s+){0,3}?(?:partner|vendor|supplier|provider|contractor|outsourcer|consultancy|agency|council|authority|department|trust|client|customer|IT)s?\s+(?:runs|ran|owns|owned|manages|managed|hosts|hosted|administers|administered|maintains|maintained|looks\s+after|looked\s+after)\b/gi;

/** "sold our shows through their own box offices (mostly ⟦0⟧ or ⟦1⟧ houses)": what theirs are, in brackets. */
const THEIR_OWN_BRACKETED =
  /\btheir\s+own\s+(?:[\w-]+\s+){0,3}?\(\s*(?:(?:mostly|mainly|usually|often|largely|all|either)\s+)?(⟦\d+⟧(?:\s*(?:,|or|and|\/)\s*⟦\d+⟧)*)(?=[^.]*\b(?:never|not|no)\b)/gi;

/** "the Impact Forecasting ⟦0⟧ output that our broker sends": a party's deliverable, made in its tool. */
const OUTPUT_THEY_SEND = new RegExp(
  String.raw`\b(?:review|read|receive|check|get|see)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(${TL})\s+(?:outputs?|results?)\s+(?:that|which)\s+(?:the|our|a|their)\s+(?:[\w'’-]+\s+){0,2}?(?:${ORGS}|cedants?|reinsurers?|actuaries|modell?ers)\s+(?:sends?|sent|provides?|provided|shares?|shared|delivers?|delivered|supplies|supplied|produces?|produced)\b`,
  'gi',
);

/** "we reconcile their scans, but the ⟦0⟧ side is theirs": the tool's side of the work belongs to them. */
const SIDE_IS_THEIRS =
  /(⟦\d+⟧)\s+(?:side|part|end|bit|piece|instance|account|system)\s+(?:is|was|are|were)\s+theirs\b/gi;

export const NONE_OF_OUR_OWN = /\bno\s+(⟦\d+⟧)\s+of\s+(?:our|my)\s+own\b/gi;

/**
 * Every wording above whose first group names the tools of a party other than the narrator, each behind a cheap test
 * for a word it cannot match without (they run on every sentence that passes the stance pre-test).
 */
export const OTHER_PARTIES: readonly { needs: RegExp; re: RegExp }[] = [
  { needs: /\bown\b/i, re: PARTY_OWN },
  { needs: /\bown\b/i, re: PARTYS_OWN },
  { needs: /\bwhose\b/i, re: IN_THEIRS },
  { needs: /\bown\b/i, re: IN_ITS_OWN },
  { needs: /\b(?:that|which|who|whose)\b/i, re: ORG_THAT_RUNS },
  { needs: /\balready\b/i, re: ALREADY_ON },
  {
    needs:
      /\b(?:rival|other|another|neighbou?r\w*|competing|competitor|sister|across|next\s+door|down\s+the)\b/i,
    re: RIVAL_RUNS,
  },
  { needs: /\bas\s+their\b/i, re: AS_THEIRS },
  { needs: /\b(?:its|their)\b/i, re: ORG_DOES_ITS_OWN },
  { needs: /\baccess\b/i, re: NO_ACCESS },
  { needs: /\b(?:clients|customers)\b/i, re: CLIENTS_RUN },
  { needs: /\bIT\b/, re: CORPORATE_IT },
  { needs: /\b(?:arrived?|came|come|sent)\b/i, re: ARRIVED_FROM_THEIRS },
  { needs: /:/, re: CLIENT_SYSTEMS },
  { needs: /\bof\s+(?:the|our)\b/i, re: SOME_ORGS_HAD },
  { needs: /\b(?:parent|sister|holding)\b/i, re: PARENT_TEAM },
  { needs: /s['’]\s/, re: PARTIES_STACKS },
  { needs: /\bwhich\b/i, re: WHICH_THEY_RUN },
  { needs: /\btheir\s+own\b/i, re: THEIR_OWN_BRACKETED },
  { needs: /\btheirs\b/i, re: SIDE_IS_THEIRS },
  { needs: /\b(?:that|which)\b/i, re: OUTPUT_THEY_SEND },
];
