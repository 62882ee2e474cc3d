/**
 * The sentences that name an employer, as patterns with their weights: "I joined X", "X hired me", "at X, I …",
 * "my four years at X". findCompany (company.ts) scores them.
 */
import {
  HELD_SINCE_YEAR,
  IN_SENTENCE,
  NOW_OR_THEN,
  ROLE_NOUNS_ANY_CASE,
  roleHeldAt,
  STARTED_THERE,
} from '../structure/vocabulary.js';

/**
 * A capitalised name of up to six words, allowing "of" and "&" inside ("Bank of America", "Procter & Gamble") and a
 * possessive that is part of the name ("St. Mary's Hospital", "Children's Hospital of Philadelphia").
 */
const WORD = String.raw`(?!I\b)\p{Lu}[\p{L}\p{N}_&.\-]*(?:['’]s(?=\s+\p{Lu}))?`;
/** "Institute for Human Neuroscience", "Centre for Ecology": a body named for what it is for. */
const FOR_WHAT = String.raw`(?<=\b(?:Institute|Centre|Center|Society|Foundation|Council|Agency|Office|Department|Ministry|Trust|School|Association|Commission|Fund|Alliance|Museum|College|Network|Coalition|Board|Partnership|Programme|Program))\s+for\s+(?:the\s+)?${WORD}`;
export const NAME = String.raw`((?:${WORD})(?:\s+(?:(?:of|&|and|de|du|la|le|von|van|der|del|des|di)\s+)?${WORD}|${FOR_WHAT}){0,5})`;
/** What a name may carry after it, between commas: ", a BPO in Leeds with 1,400 seats,". */
export const APPOSITION = String.raw`(?:,\s+(?:a|an|the)\s+(?:[^,.;]|\d[,.]\d){3,90},)?`;

/**
 * An employer named after what it is ("in a small design office in Katowice, Sygnal Projekt"): the description, its
 * town and the comma before the name.
 */
export const DESCRIBED_EMPLOYER = String.raw`(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:company|firm|office|studio|consultancy|agency|practice|start-?up|business|shop|lab|laboratory|bureau|brewery|hospital|clinic|school|charity|bank|manufacturer|integrator|supplier|contractor|operator|utility|newspaper|publisher)(?:\s+(?:in|near|outside)\s+\p{Lu}[\p{L}-]+)?,\s+`;

/** "registered as a sole trader, " — the narrator's own business's name follows. */
export const AS_SOLE_TRADER = String.raw`(?:registered|set\s+up|started\s+(?:out\s+)?|went\s+freelance)\s+as\s+(?:a\s+)?(?:sole\s+trader|self-employed\s+\w+|freelancer?|limited\s+company)(?:\s+(?:under\s+the\s+name|trading\s+as|called))?,?\s+`;

/** "junior signalling designer": a role written without its article, known by its noun. */
export const BARE_ROLE = String.raw`(?:[\w/&-]+\s+){0,4}?(?:${ROLE_NOUNS_ANY_CASE})s?`;

/** "I started as junior designer in a small design office in Katowice, " — the employer's name follows. */
export const STARTED_IN_DESCRIBED = String.raw`\bI\s+(?:started|began|joined)\s+(?:as\s+[^.;]{1,60}?\s+)?(?:in|at|for|with)\s+${DESCRIBED_EMPLOYER}`;

/**
 * What may stand between an employer's name and "hired me": its apposition, its town, a perfect tense ("Penrose Rail
 * Engineering in Derby has hired me").
 */
export const HIRER_TAIL = String.raw`${APPOSITION}(?:\s+in\s+\p{Lu}[\p{L}-]+)?\s+(?:(?:has|had)\s+)?`;

/**
 * Each pattern, its weight, whether it names the employer outright, and (`needs`) a cheap test a text must pass
 * before the pattern is tried: most sentences name no employer, and a pattern that starts with a name is tried at
 * every capital letter.
 */
export const PATTERNS: { re: RegExp; weight: number; strong: boolean; needs?: RegExp; toolOk?: boolean }[] = [
  // "my four years at Kelvin Metering", "the two years I spent at X", "I joined X", "At X I …", "hired by X".
  {
    re: new RegExp(
      String.raw`(?:\b[Mm]y\s+(?:[\w-]+\s+){0,3}(?:time|years?|months|tenure|stint|role|work|job|position)\b[^.]{0,60}?|\b(?:years?|months|period|time)\s+(?:that\s+)?I\s+(?:spent|worked)|\bI\s+(?:spent|worked)(?:\s+(?!at\b|with\b|for\b)[\w-]+){0,4})\s+(?:at|for)\s+${NAME}|\bI\s+spent\s+(?!my\b|the\b|those\b|these\b)(?:[\w-]+\s+){1,3}?(?:years?|months)\s+with\s+${NAME}`,
      'gu',
    ),
    weight: 5,
    strong: true,
  },
  // "Before that I spent four years, from 2013 to the summer of 2017, with Brannock": the same, dated in passing.
  {
    re: new RegExp(
      String.raw`\bI\s+spent\s+(?!my\b|the\b|those\b|these\b)(?:[\w-]+\s+){1,3}?(?:years?|months),[^,.;]{1,50},\s+with\s+${NAME}`,
      'gu',
    ),
    weight: 3,
    strong: true,
    needs: /\bI\s+spent\b/,
  },
  {
    re: new RegExp(
      String.raw`\bI(?:\s+|(?=['’]ve))(?:joined(?:\s+the\s+(?:[\w-]+\s+){0,3}?(?:[Oo]ffice|[Tt]eam|[Dd]ivision|[Gg]roup|[Uu]nit|[Bb]ranch|[Dd]epartment|[Ll]ab|[Ss]tudio)\s+(?:of|at))?|was (?:hired|recruited|headhunted|brought in|brought on|taken on|contracted|placed|seconded) (?:by|at|to|with)|started(?: (?:in|on) (?:\w+ ){0,2}(?:19|20)\d\d,?)? at|moved to|went to work for|got a job (?:at|with)|found work at|worked at|work at|was at|have been (?:at|with)|(?:have|['’]ve) (?:been )?work(?:ed|ing) (?:at|for)|am working (?:at|for)|consulted for|contracted for|freelanced for|interned at|interned with|taught(?:\s+[\w-]+){0,2}?\s+at)\s+(?:the\s+)?${NAME}`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs: /\bI\b/,
  },
  // "I was a QA lead at X", "As the lead mobile developer at X,": a role held there names the employer.
  {
    re: new RegExp(
      String.raw`(?:${roleHeldAt(NOW_OR_THEN)}|(?:^|[.!?]\s+|\n)As\s+(?:the|a|an)\s+(?:[\w/-]+\s+){0,4}?(?:${ROLE_NOUNS_ANY_CASE}|head\s+of\s+[\w-]+)s?\s+(?:at|for|with)\s+(?:the\s+)?)${NAME}`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs: /\b(?:I(?:\s+was|\s+am|['’]m|\s+have\s+been|['’]ve\s+been)|As)\b/,
  },
  // "Northwind Freight hired me as …", "The Courier took me on as …", "In September 2014 the transmission operator
  // Northmark Grid took me on", "a month later Solenne Renewables, a developer of wind sites, hired me", "My employer at the time, Bluegate Insurance, …", "Employer: X".
  {
    re: new RegExp(
      String.raw`(?:(?:^|[.!?;]\s+|\n|(?<=\p{Ll}),\s+(?!(?:Professor|Prof|Dr|Mr|Mrs|Ms|Miss|Sir|Dame)\b)|\bso\s+|\bwhen\s+|\band\s+|\blater,?\s+|\bthen\s+|\b(?:19|20)\d\d,?\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?)${NAME}${HIRER_TAIL}(?:(?:hired|recruited|brought|headhunted|poached|employed|contracted)\s+me\b|took\s+me\s+on\b)|\b[Mm]y\s+(?:employer|company)(?:\s+at\s+the\s+time)?\s*(?:,|:|was|is)\s+${NAME})`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs: /\bme\b|\b[Mm]y\s+(?:employer|company)\b/,
  },
  // "Since 2021 I have been practice systems lead at Live Oak Veterinary Group": held since a year, at the employer.
  {
    re: new RegExp(String.raw`${HELD_SINCE_YEAR}(?:[\w/&-]+\s+){0,5}?(?:at|with)\s+(?:the\s+)?${NAME}`, 'gu'),
    weight: 4,
    strong: true,
    needs: /\b[Ss]ince\b/,
  },
  // "a recruiter called about an assistant practice manager opening at Gulf Coast Veterinary Partners": a vacancy.
  {
    re: new RegExp(String.raw`\b(?:opening|vacancy)\s+(?:at|with)\s+(?:the\s+)?${NAME}`, 'gu'),
    weight: 3,
    strong: false,
    needs: /\b(?:opening|vacancy)\b/,
  },
  // "I left Hopwell in April 2021 and registered Cask & Code Ltd that May": the narrator's own company.
  {
    re: new RegExp(
      String.raw`\b(?:I|and)\s+(?:(?:then|later|finally|eventually)\s+)?(?:(?:founded|co-founded|incorporated|set\s+up\s+my\s+own\s+(?:company|consultancy|business|firm|practice|studio|agency),?)\s+|registered\s+(?=[^.;]*\b(?:Ltd|Limited|LLC|Inc|GmbH|Pty|BV|SARL|LLP)\b)|${AS_SOLE_TRADER})${NAME}`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs:
      /\b(?:I|and)\s+(?:(?:then|later|finally|eventually)\s+)?(?:registered|founded|co-founded|incorporated|set\s+up|started|went\s+freelance)\b/,
  },
  // "I started as junior signalling designer in a small design office in Katowice, Sygnal Projekt".
  {
    re: new RegExp(String.raw`${STARTED_IN_DESCRIBED}${NAME}`, 'gu'),
    weight: 4,
    strong: true,
    needs: /\bI\s+(?:started|began|joined)\b/,
  },
  // "that June I started as a staff nurse on 5 West, the medical-surgical unit at Mercy Ridge Medical Center".
  {
    re: new RegExp(
      // (Without an article, as many write it, the role's own noun shows it is one: "I started as junior signalling
      // designer at Penrose Signalling", not "I worked as hard as I could at Nets".)
      // ("I was hired in the summer of 2012 as a biomedical technician at Riverbend Dialysis Partners".)
      String.raw`\bI\s+(?:started|began|worked|joined|(?:arrived|moved)\s+(?:in|to)\s+\p{Lu}[\p{L}-]+|was\s+(?:hired|taken\s+on|recruited|employed|appointed|sworn\s+in)(?:\s+in\s+(?:the\s+\w+\s+of\s+)?(?:\w+\s+)?(?:19|20)\d\d)?)\s+as\s+(?!(?:an?\s+)?(?:juror|governor|trustee|volunteer|interpreter|witness|magistrate)\b)(?:(?:an?|the)\s+[^.;]{1,60}?|${BARE_ROLE})\s+(?:at|by|with|(?<=(?:appointed|sworn\s+in)\s.*)for(?=\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){0,5}(?:Court|Council|County|Trust|Department|Authority|Board|Service|Agency|Police|Commission|Office|Ministry|Hospital|University|College|Ltd|Inc|Group)\b))\s+(?:the\s+)?${NAME}`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs:
      /\bI\s+(?:started|began|worked|joined|arrived|moved|was\s+(?:hired|taken|recruited|employed|appointed|sworn))\b/,
  },
  // "That is how I ended up at Fourth Wall Motion Control, a small automation outfit …, in October 2015": ending up
  // somewhere is a job when the place is described or dated ("I ended up at Heathrow at 3am" is not).
  {
    re: new RegExp(
      String.raw`\bI\s+(?:ended|wound)\s+up\s+(?:at|working\s+(?:at|for))\s+(?:the\s+)?${NAME}(?=,\s+(?:a|an)\s+[^,.;]{0,60}?\b(?:company|firm|outfit|shop|agency|studio|consultancy|practice|business|start-?up|manufacturer|supplier|house|group|bank|school|hospital|charity|publisher|lab|brewery|restaurant|hotel)\b|[^.;]{0,30}?\bas\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:${ROLE_NOUNS_ANY_CASE})\b)`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs: /\bI\s+(?:ended|wound)\s+up\b/,
  },
  // "… got me through an interview at Lanternfish Show Systems, a Bristol company … I started there in March 2018".
  {
    re: new RegExp(
      String.raw`\binterview(?:ed)?\s+(?:at|with)\s+(?:the\s+)?${NAME}(?=(?:(?!\b(?:called|joined|nowhere)\b|\b(?:at|with)\s+(?:the\s+)?\p{Lu})[^]){0,400}?\bI\s+(?:started|began)\s+there\b)`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs: /\bI\s+(?:started|began)\s+there\b/,
  },
  // "From June 2007 I took assignments from Marchetti & Lowe Reporting": a freelancer's agency is the employer.
  {
    re: new RegExp(
      String.raw`\bI\s+(?:took|accepted|got|picked\s+up)\s+(?:(?:my|most|all|nearly\s+all)\s+)?(?:assignments|bookings|work|jobs|shifts|contracts|placements)\s+(?:from|through|via)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|LinkedIn|Upwork|Fiverr|Indeed)\b)${NAME}(?![\p{L}\p{N}])(?!\s+(?:clients?|customers?|recruiters?|users?)\b)`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs: /\bI\s+(?:took|accepted|got|picked)\b/,
  },
  // "A recruiter sent me an advert from Tidewatt, a Glasgow start-up …, and I joined them in February 2022".
  {
    re: new RegExp(
      String.raw`\b(?:from|at|with|by|for)\s+${NAME},?[^.;]{0,120}?\bI\s+(?:joined|started\s+with|went\s+to\s+work\s+for)\s+(?:them|it)\b`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs: /\bI\s+(?:joined|started\s+with|went\s+to\s+work\s+for)\s+(?:them|it)\b/,
  },
  // "In January 2013 I left the phones for Great Lakes Literacy Project": the one left for.
  {
    // ("I left in August 2017 for the Hopwell job" leaves this job: the one left for is named, not opened, here.)
    re: new RegExp(
      // ("I left Case CATalyst for Eclipse": what is left for a tool is a tool.)
      String.raw`\bI\s+left\s+(?!(?:in|on|at|after|before|when|during)\b)(?<left>[^.;]{1,40}?)\s+for\s+(?:the\s+)?${NAME}`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs: /\bI\s+left\b/,
  },
  // "In May 2015 I left Brightmoor and joined Kestrel Lift": the one joined.
  {
    re: new RegExp(
      String.raw`\bI\s+(?:left|quit)\s+[^.;]{1,60}?\s+(?:and|to)\s+(?:then\s+)?(?:joined|join|moved\s+to|went\s+to)\s+${NAME}`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs: /\bI\s+(?:left|quit)\b/,
  },
  // "All of this is the team at Fjordnett, where I've been since 2020": where the narrator has been.
  {
    re: new RegExp(
      String.raw`\b(?:at|with)\s+${NAME},?\s+where\s+I(?:['’]ve|\s+have)\s+(?:been|worked)\b`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs: /\bwhere\s+I(?:['’]ve|\s+have)\b/,
  },
  // "That was the Pennsylvania Department of Health, out of the Allentown office, where I worked as a DIS".
  {
    re: new RegExp(
      String.raw`\b(?:[Tt]hat|[Tt]his|[Ii]t)\s+was\s+(?:the\s+)?${NAME},?\s+(?:[^.;,]{1,60},\s+)?where\s+I\s+(?:worked|was|started)\b`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs: /\bwhere\s+I\b/,
  },
  // "A professor offered me a job as research coordinator … at Ridgeway University", "I took a job at X".
  {
    re: new RegExp(
      String.raw`\b(?:offered\s+me|I\s+(?:took|got|landed|accepted|found))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:job|position|post|role|offer)\b[^.;]{0,80}?\s(?:at|with)\s+(?:the\s+)?${NAME}`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs: /\b(?:offered\s+me|I\s+(?:took|got|landed|accepted|found))\b/,
  },
  // "I ran the Estates helpdesk at Kingsmere as Estates Helpdesk Manager": work run somewhere, in a post.
  {
    re: new RegExp(
      String.raw`\bI\s+(?:ran|led|managed|headed|supervised|coordinated)\s+(?:the|a|an|its)\s+[^.;]{1,60}?\s+(?:at|for|with)\s+(?:the\s+)?${NAME}\s+as\s+(?:an?\s+|the\s+|its\s+)?\p{L}`,
      'gu',
    ),
    // (Weaker than a move: "I ran the helpdesk at Kingsmere as …" may be told of a job before this one.)
    weight: 3,
    strong: true,
    needs: /\bI\s+(?:ran|led|managed|headed|supervised|coordinated)\b[^.;]*\sas\s/,
  },
  // "I answered an advert for a lab manager in Prof. Brennan's group, part of the School of Psychology at the
  // University of Northbridge": the post applied for, and where it was.
  {
    re: new RegExp(
      String.raw`\bI\s+(?:answered|applied\s+(?:to|for)|responded\s+to|saw)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:advert|advertisement|ad|posting|vacancy|opening|job|post|position)\b${IN_SENTENCE}{0,160}?\s(?:at|with)\s+(?:the\s+)?${NAME}${STARTED_THERE}`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs: /\bI\s+(?:answered|applied|responded|saw)\b/,
  },
  // "I am still at X" names the current employer, which a narrative of an earlier job may mention in passing.
  {
    re: new RegExp(String.raw`\bI(?:\s+am|['’]m)\s+still\s+(?:at|with)\s+${NAME}`, 'gu'),
    weight: 2,
    strong: true,
    needs: /\bstill\b/,
  },
  {
    re: new RegExp(String.raw`(?:^|[.!?]\s+|\n)At\s+${NAME}\s+(?:I|we)\b`, 'gu'),
    weight: 5,
    strong: true,
    needs: /\bAt\b/,
    toolOk: true,
  },
  // "At Centene Corporation, I ..." — how a closing paragraph usually names the employer.
  {
    re: new RegExp(
      String.raw`(?:^|[.!?]\s+|\n)(?:While\s+at|During\s+my\s+time\s+at|At|Working\s+(?:at|for)|Employed\s+(?:at|by)|Joining)\s+${NAME}\s*,`,
      'gu',
    ),
    weight: 5,
    strong: true,
    needs: /\b(?:At|While|During|Working|Employed|Joining)\b/,
    toolOk: true,
  },
  // "... hired by Acme Corp to ...", "the capabilities of Cox Communications by ...", "at ETSY had ...".
  {
    re: new RegExp(
      String.raw`\b(?:at|for|with|joined|of|within|by)\s+${NAME}(?=\s*(?:,|\.\s|\.$|\s(?:as|by|where|to|in|who|had|was|is|and|on)\b|['’]s?\s))`,
      'gu',
    ),
    weight: 1,
    strong: false,
  },
  // "Brightline Energy needed a data platform, so they brought me in": an organisation that needed something and took
  // the narrator on for it names the employer; needing something alone is one hint.
  {
    re: new RegExp(
      // ("Hartwell Legal Technologies, a company in Sacramento that hosts …, was looking for support people who
      // understood reporters. They hired me in April 2016": the next sentence may say so.)
      String.raw`(?:^|[.!?]\s+|\n)${NAME}(?:,\s+(?:a|an|the)\s+[^.;]{3,160}?,)?\s+(?:needed|wanted|was looking for)\b[^.]{0,100}?(?:[.!]\s+)?\b(?:[Tt]hey|[Ii]t)\s+(?:hired|brought|recruited)\s+me\b`,
      'gu',
    ),
    weight: 4,
    strong: true,
    needs: /\b(?:they|it)\s+(?:hired|brought|recruited)\s+me\b/i,
  },
  {
    re: new RegExp(
      String.raw`(?:^|[.!?]\s+|\n)${NAME}\s+(?:needed|wanted|was looking|were looking|had decided|decided|brought me|hired me)\b`,
      'gu',
    ),
    weight: 1,
    strong: false,
    needs: /\b(?:needed|wanted|looking|decided|brought me|hired me)\b/,
  },
  // Possessives: "Truist Financial Corporation's data", "Hyundai Motors' data", "ETSY's backend".
  { re: new RegExp(String.raw`${NAME}(?:['’]s|s['’])(?=\s)`, 'gu'), weight: 2, strong: false, needs: /['’]/ },
];

/** What follows a unit's name when the employer's comes after it: " facility of the Marlowe Institute". */
