/**
 * What headings name. A résumé's sections (Summary, Skills, Education …) are told apart from jobs by their
 * headings, in the words people use for them; the parts of a narrative (challenges, the production incident, the
 * closing summary) are parts of its job.
 */

/** A section that is about the person, not about one job. */
export type PersonalKind =
  | 'summary'
  | 'skills'
  | 'education'
  | 'certifications'
  | 'projects'
  | 'publications'
  | 'volunteering'
  | 'languages'
  | 'awards'
  | 'interests'
  | 'references'
  | 'activity'
  | 'contact';

export type HeadingKind = PersonalKind | 'experience' | 'narrative' | 'job-part';

const KINDS: [HeadingKind, RegExp][] = [
  ['narrative', /^(?:project )?narratives?$/],
  [
    'experience',
    /^(?:(?:professional|work|relevant|employment|career|industry|selected|recent|other|earlier|previous|prior|research|academic|clinical|teaching|consulting|freelance|military|technical|engineering|contract|client|permanent|interim)\s+)*(?:experience|postdoc(?:toral)?(?: research| positions?| appointments?)?|employment(?: history)?|work(?: history)?|career(?: history)?|positions?(?: held)?|appointments?|jobs?|roles?|(?<=(?:contract|client|consulting|freelance|interim)\s)(?:engagements?|assignments?|contracts?)|contracts|(?:highlights|details|notes)\s+(?:by|per)\s+(?:role|job|position|employer)|(?:role|job)\s+(?:highlights|details))(?:\s*(?:and|&|\/)\s*[\w ]{2,30}|\s+(?:at a glance|in brief|timeline))?$/,
  ],
  [
    'summary',
    /^(?:(?:professional|career|executive|personal)\s+)?(?:summary|profile|about(?: me)?|overview|objective|introduction|headline|bio|in brief|at a glance|statement)$|^(?:a (?:little|bit) )?about (?:me|myself)$|^(?:job|position|role) applied for$|^desired (?:position|job|role|employment)(?:\s*\/\s*occupational field)?$|^(?:occupational field|position sought|target (?:role|position))$/,
  ],
  [
    'skills',
    /^(?:(?:technical|core|key|relevant|selected|hard|personal|digital|computer|it|software|job-related|professional|communication|organi[sz]ational)\s+)?(?:skills?|skill set|skillset|competenc(?:y|ies)|expertise|technolog(?:y|ies)|tools?|toolbox|systems|platforms|applications|tech(?: stack)?|stack|software|programming languages|self-assessment|self assessment|languages (?:and|&) (?:tools|frameworks|technologies))(?:\s*(?:and|&)\s*(?:tools|technologies|expertise|competencies|languages|skills|systems|platforms))?$/,
  ],
  [
    'education',
    /^(?:education(?:al background)?|edu|academic(?: background| history)?|degrees?|studies|schooling)(?:\s*(?:and|&)\s*\w+(?: training| courses| qualifications)?)?$/,
  ],
  [
    'certifications',
    /^(?:(?:licen[cs]es?|tickets)\s*(?:and|&)\s*)?(?:certifications?|certificates?|certs|credentials|accreditations?|tickets|licen[cs]es|(?:further |professional )?training|courses|coursework|(?:professional )?qualifications?)(?:\s*(?:and|&)\s*\w+)?$/,
  ],
  [
    'projects',
    /^(?:(?:(?:personal|side|selected|key|open[- ]source|academic|pet|home ?lab|hobby|independent|freelance)\s*(?:[/&]\s*)?)*(?:projects|project work|portfolio|home ?lab)(?:\s*(?:[/&]|and)\s*[a-z ]{2,20})?|open[- ]source(?: contributions| work)?|side (?:stuff|work|gigs)|misc(?:ellaneous)?|extras|(?:selected |film |tv |game )?credits|filmography|discography|shipped titles)$/,
  ],
  [
    'publications',
    /^(?:(?:selected|recent|key|peer[- ]reviewed|invited|conference)\s+)?(?:(?:publications?|papers|talks|speaking|presentations|writing|patents|articles|posters|conferences?)(?:\s*(?:,|&|and)\s*(?:publications?|papers|talks|speaking|presentations|writing|patents|articles|posters|conferences?))*|teaching(?: (?:and|&) (?:supervision|mentoring))?|grants?(?: (?:and|&) (?:allocations|awards|funding))?|funding)$/,
  ],
  [
    'volunteering',
    /^(?:(?:volunteer(?:ing)?|voluntary)(?: (?:work|experience|roles?|positions?))?|community(?: involvement| work)?|activities|extracurricular(?: activities)?|leadership (?:and|&) activities)$/,
  ],
  [
    'languages',
    /^(?:(?:spoken|human|other|foreign)\s+)?(?:languages?|langs?)(?:\s+skills)?$|^mother tongues?(?:\s*s)?$/,
  ],
  [
    'awards',
    /^(?:awards?|honou?rs?|achievements?|awards (?:and|&) honou?rs|recognition|(?:professional )?(?:memberships?|affiliations?|bodies|registrations?|standing)|chartership)$/,
  ],
  [
    'interests',
    /^(?:interests|hobbies|personal interests|outside (?:of )?work|elsewhere|beyond work|away from work|(?:in my )?(?:spare|free) time|off the clock|gear(?: i own)?|(?:my )?(?:equipment|kit|setup)|additional information|other information|other|driving licen[cs]e)$/,
  ],
  ['references', /^references?(?: available.*)?$/],
  ['activity', /^(?:activity|recommendations?|featured|endorsements|people also viewed)$/],
  ['contact', /^(?:contact(?: info(?:rmation)?| details)?|personal (?:details|information))$/],
];

/** Parts of a narrative that may have headings of their own. */
const JOB_PARTS =
  /^(?:(?:the )?(?:summary|in summary|closing|conclusion)|(?:(?:key|selected|notable|career|major|main) )?(?:challenges?|responsibilities|achievements|accomplishments|highlights|contributions|results|impact)|(?:example of )?(?:a )?(?:technical )?failure.*|(?:production )?incidents?|post-?mortem|lessons? learned|description(?: of the project)?|major concepts.*|tech(?:nology)? stack|tools used|environment)$/;

/** The heading's words, lower-cased, without numbering, emoji or punctuation around them. */
export function headingWords(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/^[\s\d.)#*-]+/, '')
    .replace(/[^\p{L}\p{N}&+#/ -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Answers already given: the same few headings and short lines come back thousands of times in a long document. */
const kinds = new Map<string, HeadingKind | null>();

const DEGREE_CHAPTER =
  /^(?:ph ?d|dphil|doctorate|msc|m sc|ma|mres|mphil|meng|beng|bsc|b sc|ba|mba|master s|masters|bachelor s|undergraduate|degree)\b(?: [a-z&]+){0,4} (?:at|in|from) /;

/** What a heading (or a short line standing as one) names, if it is one of the known kinds. */
export function headingKind(heading: string): HeadingKind | undefined {
  const cached = kinds.get(heading);
  if (cached !== undefined) return cached ?? undefined;
  const kind = kindOf(heading);
  if (kinds.size > 10_000) kinds.clear();
  kinds.set(heading, kind ?? null);
  return kind;
}

/** Section names in German, French, Spanish, Dutch and Portuguese CVs, by kind. */
const FOREIGN: [HeadingKind, RegExp][] = [
  [
    'experience',
    /^(?:berufserfahrung|berufliche erfahrung|berufliche laufbahn|beruflicher werdegang|werdegang|exp[ée]riences? professionnelles?|exp[ée]rience|parcours professionnel|experiencia(?: laboral| profesional)?|werkervaring|arbeidsverleden|experi[êe]ncia profissional)$/,
  ],
  [
    'education',
    /^(?:ausbildung|studium|bildungsweg|formation|formaci[óo]n|educaci[óo]n|opleiding(?:en)?|forma[çc][ãa]o)$/,
  ],
  [
    'certifications',
    /^(?:zertifikate|zertifizierungen|weiterbildung(?:en)?|certificats|certificaciones|certificaten|cursussen)$/,
  ],
  [
    'skills',
    /^(?:(?:edv-|it-|fach)?kenntnisse|f[äa]higkeiten|comp[ée]tences|habilidades|competencias|conocimientos|vaardigheden|compet[êe]ncias)$/,
  ],
  ['languages', /^(?:sprachen|sprachkenntnisse|langues|idiomas|talen|l[íi]nguas)$/],
  [
    'summary',
    /^(?:(?:kurz)?profil|[üu]ber mich|zusammenfassung|perfil(?: profesional| profissional)?|profil professionnel|[àa] propos(?: de moi)?|sobre m[íi]m?|profiel|over mij)$/,
  ],
  [
    'publications',
    /^(?:publikationen|ver[öo]ffentlichungen|publicaciones|publica[çc][õo]es|publicaties)(?:\s*\(auswahl\))?$/,
  ],
  ['volunteering', /^(?:ehrenamt(?:liches engagement)?|b[ée]n[ée]volat|voluntariado|vrijwilligerswerk)$/],
  [
    'activity',
    /^(?:mitgliedschaften|mitgliedschaften und [\wäöü]+|adh[ée]sions|membres[íi]as|lidmaatschappen)$/,
  ],
  [
    'interests',
    /^(?:hobbys|hobbies und interessen|interessen|centres d['’]int[ée]r[êe]t|loisirs|aficiones|intereses|hobby['’]s)$/,
  ],
  [
    'contact',
    /^(?:pers[öo]nliche daten|kontakt|coordonn[ée]es|datos personales|persoonlijke gegevens|dados pessoais)$/,
  ],
];

function kindOf(heading: string): HeadingKind | undefined {
  if (heading.length > 80) return undefined;
  const words = headingWords(heading);
  // "PhD at Norrland University (2011 → 2016)", a timeline's chapter: a degree studied for, not a job.
  // ("PhD Researcher at Acme Labs", "MBA Intern at Deloitte" are jobs.)
  if (DEGREE_CHAPTER.test(words) && !ROLE_WORDS.test(words) && !/\b(?:placement|apprentice\w*)\b/.test(words))
    return 'education';
  if (!words || words.length > 48) return undefined;
  for (const [kind, re] of KINDS) if (re.test(words)) return kind;
  for (const [kind, re] of FOREIGN) if (re.test(words)) return kind;
  // "BERUFSERFAHRUNG / PROFESSIONAL EXPERIENCE": a heading given in two languages is of the kind either names.
  const halves = heading.split(/\s+\/\s+|\s+\|\s+/);
  if (halves.length === 2) {
    const kind = kindOf(halves[1] ?? '') ?? kindOf(halves[0] ?? '');
    if (kind) return kind;
  }
  if (JOB_PARTS.test(words)) return 'job-part';
  // "### Career break" with its dates among the jobs: what was done then (a home lab, a course) is no job's.
  // ("Career Break Coach at Women Returners", "Travelling Sales Representative — Acme" are jobs.)
  if (CAREER_GAP.test(words) && !ROLE_WORDS.test(words) && !/\s(?:at|@)\s|[—–|·]/.test(heading))
    return 'interests';
  // "Publications (selected, of 14)", "Experience (oldest first)": the note in brackets does not change the kind.
  const bare = heading.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
  return bare !== heading && bare ? kindOf(bare) : undefined;
}

/** Personal kinds whose tools the person claims as skills (not usage in a job). */
export const CLAIMING_KINDS = new Set<PersonalKind>(['summary', 'skills', 'certifications']);

/** Roles of trades and services that résumés name as titles ("Senior Stylist", "Team Leader", "Cabin Steward"). */
const TRADE_ROLES =
  'coach|leader|sysadmin|stylist|colou?rist|hairdresser|barber|beautician|florist|tailor|butcher|joiner|roofer|decorator|attendant|steward|concierge|carer|caregiver|nanny|sommelier';
/** Titles in French, as bilingual résumés write them ("Conseillère principale", "Stagiaire"). */
const FRENCH_ROLES = String.raw`stagiaire|conseill[eè]re?|consultante|d[ée]veloppeu(?:r|se)|analyste|programmeu(?:r|se)|ing[ée]nieu(?:r|re)|gestionnaire|directeur|directrice|responsable|technicienne|coordonnat(?:eur|rice)|adjointe?`;

/** Any character of one sentence; a title's abbreviation ("Prof. Brennan") does not end it. */
export const IN_SENTENCE = String.raw`(?:[^.;]|\b(?:Prof|Dr|St|Mr|Mrs|Ms)\.)`;
/** What comes after a post applied for when the narrator took it: "…, and started in September 2014". */
export const STARTED_THERE = String.raw`(?=${IN_SENTENCE}*\band\s+(?:then\s+)?(?:started|began|joined|got\s+(?:it|the\s+job))\b)`;

/** Words that make a phrase a role rather than a company ("Senior Engineer", "Head of Data"). */
/** The nouns a job title ends with ("Senior Data *Engineer*", "QA *Lead*"), as a regex source. */
export const ROLE_NOUNS = `engineer|developer|programmer|manager|architect|scientist|analyst|administrator|consultant|director|lead|designer|specialist|officer|intern|technician|researcher|tester|sdet|associate|assistant|coordinator|nurse|statistician|\\w+ician|\\w+ologist|technologist|pharmacist|chemist|physicist|economist|therapist|accountant|auditor|actuary|attorney|lawyer|paralegal|planner|surveyor|estimator|supervisor|instructor|recruiter|underwriter|author|investigator|inspector|examiner|adjuster|assessor|translator|interpreter|librarian|archivist|curator|editor|writer|producer|fundraiser|reporter|correspondent|advocate|evangelist|installer|fitter|broker|dispatcher|forwarder|clerk|cataloguer|controller|buyer|adviser|advisor|${TRADE_ROLES}`;

/** ROLE_NOUNS, capitalised or not ("Pharmacy Informatics Manager", "QA lead"), for patterns without the i flag. */
export const ROLE_NOUNS_ANY_CASE = ROLE_NOUNS.split('|')
  .map((w) => (/^[a-z]/.test(w) ? `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}` : w))
  .join('|');

/**
 * The narrator holding a role at an employer, up to the employer's name: "I'm the Pharmacy Informatics Manager at",
 * "I was a QA lead for", "I'm Director of Supporter Data & CRM at the". One pattern for every reader of it (the
 * employer, the employer an answer moves to, the job still held), so that they agree. `verbs` is the tense.
 */
export function roleHeldAt(verbs: string, prepositions = 'at|for|with'): string {
  return String.raw`\bI(?:${verbs})\s+(?:(?:the|an?)\s+(?:[\w/&-]+\s+){0,5}?|(?:\p{Lu}[\w/&-]*\s+){0,4}?)(?:${ROLE_NOUNS_ANY_CASE}|head\s+of\s+[\w-]+)(?:s?\s+of(?:\s+(?:\p{Lu}[\w&-]*|&|and)){1,5})?s?(?:\s+in\s+the\s+(?:[\w-]+\s+){1,3}?(?:group|team|department|lab|unit|division))?\s+(?:${prepositions})\s+(?:the\s+)?`;
}

/** "Since 2021 I have been", "since March 2019, I've been", "Since 2019 I have worked": held since that year. */
export const HELD_SINCE_YEAR = String.raw`\b[Ss]ince\s+(?:\w+\s+)?(?:19|20)\d\d,?\s+I(?:(?:\s+have|['’]ve)\s+been|(?:\s+have|['’]ve)\s+worked(?=\s+(?:at|for)\b)|\s+am|['’]m)\s+`;

/** "I am", "I'm": the role is held now. */
export const NOW = String.raw`\s+am|['’]m`;
/** Held now, or once. */
export const NOW_OR_THEN = String.raw`\s+was|\s+am|['’]m|\s+have\s+been|['’]ve\s+been`;

export const ROLE_WORDS = new RegExp(
  String.raw`\b(?:engineer(?:ing)?|eng|engr|developer|dev|swe|sde|mgr|lead|chef|cook|baker|barista|bartender|waiter|waitress|carpenter|plumber|driver|pilot|cashier|receptionist|housekeeper|caretaker|labou?rer|gardener|porter|manager|architect|scientist|analyst|administrator|admin|consultant|director|head|intern|designer|sre|devops|programmer|specialist|officer|cto|ceo|cio|vp|president|owner|founder|co-founder|technician|tech|associate|assistant|coordinator|researcher|postdoc(?:toral)?|fellow|professor|lecturer|teacher|tester|qa|sdet|freelancer?|contractor|partner|principal|staff|student|candidate|apprentice|trainee|operator|nurse|physician|statistician|biostatistician|artist|animator|producer|writer|editor|strategist|advisor|adviser|expert|representative|rep|support|member|(?!patrician)\w+ician|\w+ologist|technologist|pharmacist|chemist|physicist|economist|therapist|dentist|journalist|reporter|correspondent|advocate|evangelist|machinist|archivist|librarian|accountant|auditor|actuary|paralegal|attorney|lawyer|solicitor|barrister|counsel|clerk|buyer|planner|allocator|merchandiser|installer|fitter|operative|surveyor|estimator|drafter|draftsman|welder|mechanic|paramedic|midwife|dietitian|instructor|trainer|tutor|recruiter|marketer|copywriter|author|translator|interpreter|investigator|inspector|examiner|modell?er|werkstudent|adjuster|assessor|reviser|locali[sz]er|proofreader|subtitler|transcriptionist|curator|conservator|cataloguer|cataloger|registrar|fundraiser|caseworker|photographer|illustrator|superintendent|foreman|supervisor|treasurer|bookkeeper|underwriter|dispatcher|broker|forwarder|controller|executive|${FRENCH_ROLES}|${TRADE_ROLES})\b`,
  'i',
);

/**
 * The last word of a company's name ("Examiner Publications", "Author Solutions", "Registrar Corp"): a field ending in
 * one names an employer even when a role word is in it, unless the role is what the field ends with or the name is
 * a function of something ("Head of Media").
 */
export const COMPANY_ENDING =
  /^(?![^,]*\b(?:of|for|to)\b)[^,]*\s(?:Publications|Publishing|Publishers|Solutions|Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|LLP|GmbH|AG|plc|Group|Bureau|Press|Holdings|Industries|Technologies|Labs|Laboratories|Agency|Company|Co\.|mbB|mbH|KG|OHG|e\.\s?V\.|S\.A\.?|SARL|S\.r\.l\.|S\.p\.A\.|B\.V\.|N\.V\.|BV|NV|Oyj?|AB|A\/S|ApS|ASA|Sp\.\s?z\s?o\.o\.|Pty\.?(?:\s+Ltd\.?)?|K\.K\.|Ltda\.?)$/;

/** A line of a form's personal details ("Security clearance: SC (renewed 2022)", "Notice period: 2 months"). */
export const PERSONAL_DETAIL =
  /^\s*(?:name|full name|address|telephone|tel|phone|mobile|e-?mail|nationality|citizenship|date of birth|dob|place of birth|gender|marital status|security clearance|clearance|staff number|employee number|notice period|driving licen[cs]e|visa(?: status)?|work permit|right to work|availability|salary(?: expectation)?s?)\s*:/i;

/** Titles in German, Spanish and Dutch, the other half of a bilingual title ("Hydrologe / Hydrologist"). */
const OTHER_LANGUAGE_ROLES = [
  String.raw`[\p{L}]*(?:leiter|ingenieur|entwickler|berater|mitarbeiter|laborant|elektroniker|mechatroniker|monteur|koordinator|konstrukteur|programmierer|praktikant|werkstudent|referent|sachbearbeiter|techniker|wissenschaftler|assistent|informatiker|doktorand|lehrer|pfleger|architekt|verk[äa]ufer|gesch[äa]ftsf[üu]hrer)(?:in)?`,
  String.raw`[\p{L}]*(?:kaufmann|kauffrau|fachkraft|hydrologe|geologe|biologe|[äa]rztin?)`,
  String.raw`ingenier[oa]|desarrollador(?:a)?|jef[ea]|analista|consultor(?:a)?|becari[oa]|t[ée]cnic[oa]|gerente|coordinador(?:a)?|investigador(?:a)?`,
  String.raw`medewerker|adviseur|beheerder|ontwikkelaar|stagiair|projectleider`,
].join('|');

/** A title in another language than English, which a bilingual résumé puts before its English one. */
export const FOREIGN_ROLE = new RegExp(
  String.raw`(?<![\p{L}])(?:${FRENCH_ROLES}|charg[ée]e?\s+de|${OTHER_LANGUAGE_ROLES})(?![\p{L}])`,
  'iu',
);

/** A gap between jobs, dated like one: "Career break — travel (Aug 2021 – Dec 2021)", "Sabbatical, 2019". */
export const CAREER_GAP =
  /^\W*(?:career break|sabbatical|gap year|parental leave|maternity leave|paternity leave|family leave|caring responsibilities|travell?ing|time off)\b(?!\s+(?:consultant|agent|nurse|coordinator|manager|advisor|adviser))/i;

/** Employment types and other notes that are neither the title nor the company. */
export const EMPLOYMENT_NOTES =
  /^(?:full[- ]time|part[- ]time|contract(?:or)?|freelance|self[- ]employed|internship|permanent|temporary|seasonal|remote|hybrid|on[- ]site|onsite|apprenticeship)$/i;

/** Words no town's name has: an institution's. */
const INSTITUTION_NAME =
  /(?:^|[\s-])(?:Institut[e]?|Universit[\p{L}]*|Hochschule|College|Hospital|Klinik(?:um)?|Bundesanstalt|Ministerium|Ministry|Agency|Authority|Council|Trust|Foundation|Stiftung|Amt)(?:$|[\s,])/u;

/** A place: "Boston, MA", "Pittsburgh, Pennsylvania, United States", "Remote", "London, UK". */
export function looksLikePlace(text: string): boolean {
  const t = text.trim();
  if (/^(?:remote|hybrid|on[- ]site|worldwide|anywhere)$/i.test(t)) return true;
  // "Acme, Inc.": a company's legal form, not a state.
  if (/,\s*(?:inc|ltd|llc|llp|lp|plc|corp|co|gmbh|ag|sa|limited|pty|bv|nv)\.?$/i.test(t)) return false;
  // "Lindner Elektronik GmbH, Esslingen am Neckar": a company with its legal form, then its town.
  if (
    /\b(?:inc|ltd|llc|llp|plc|corp|gmbh|ag|sa|limited|pty|bv|nv|oy|ab|s\.?a\.?s|s\.?r\.?l|spa)\.?,\s/i.test(t)
  )
    return false;
  if (/^[\p{Lu}][\p{L}.'’ -]+,\s*(?:[A-Z]{2}|[\p{Lu}][\p{L}.'’ -]+)(?:,\s*[\p{Lu}][\p{L} ]+)?$/u.test(t)) {
    // ("Karlsruher Institut für Technologie, Institut für Wasser und Gewässerentwicklung" is no town and region.)
    return !ROLE_WORDS.test(t) && !INSTITUTION_NAME.test(t.split(',')[0] ?? '');
  }
  return (
    /\b(?:usa|united states|united kingdom|canada|germany|france|india|remote)\b/i.test(t) &&
    !ROLE_WORDS.test(t)
  );
}

/** A heading that asks the narrative's question: "What did you build?", "Tell us about a production failure." */
export function isQuestionHeading(text: string | null | undefined): boolean {
  return (
    typeof text === 'string' &&
    (/\?\s*$/.test(text) ||
      /^\W*(?:tell\s+(?:me|us)|describe|walk\s+(?:me|us)\s+through|talk\s+(?:me|us)\s+through)\b/i.test(text))
  );
}
