/** What a bold question in a narrative asks about. */
export type Field =
  | 'whyHired'
  | 'startingPoint'
  | 'app'
  | 'endUsers'
  | 'leadCode'
  | 'challenges'
  | 'features'
  | 'team'
  | 'testing'
  | 'meetings'
  | 'taskManagement'
  | 'other';

/** Checked in order: "How did you manage ... documentation" must not be taken for testing, and so on. */
const RULES: [Field, RegExp][] = [
  [
    'whyHired',
    /why (?:were|was|did) (?:you|they)|brought (?:you )?(?:there|in|on)|why .*hired|reason .*join/i,
  ],
  [
    'startingPoint',
    /current state|state of the (?:app|system|platform|product)|upon (?:your )?arrival|when you (?:arrived|joined)/i,
  ],
  ['app', /what (?:was|is) the (?:app|application|product|system|platform)|what does it do/i],
  ['endUsers', /end[- ]?users?|who (?:used|uses|were the users)|customers? of/i],
  [
    'leadCode',
    /percent|%|lead.*cod|cod.*lead|how much .*(?:lead|code)|split .*time|time .*(?:managing|leading).*(?:coding|hands-on)/i,
  ],
  ['challenges', /challenge|obstacle|difficult|problems?|issues?\b|hurdles?/i],
  ['features', /feature|implement|build|built|deliver/i],
  [
    'team',
    /size of the team|team size|breakdown of roles|how (?:big|large) was (?:the|your) team|(?:who|what) was (?:on )?(?:the|your) team|team (?:composition|structure|makeup)/i,
  ],
  ['testing', /test|quality|sound code/i],
  ['meetings', /meeting|scrum|stand-?up|ceremon/i],
  ['taskManagement', /day[- ]to[- ]day|task management|documentation|manage|tracking|tooling/i],
];

export function classifyQuestion(question: string): Field {
  for (const [field, re] of RULES) if (re.test(question)) return field;
  return 'other';
}

/** The section name shown with evidence sentences. */
export const FIELD_SECTION: Record<Field, string> = {
  whyHired: 'Why I was hired',
  startingPoint: 'Starting point',
  app: 'The app',
  endUsers: 'End users',
  leadCode: 'Lead vs code',
  challenges: 'Challenges',
  features: 'Features',
  team: 'Team',
  testing: 'Testing',
  meetings: 'Meetings',
  taskManagement: 'Day-to-day and documentation',
  other: 'Description',
};
