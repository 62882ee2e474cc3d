/**
 * Labelled lines: "Employer: …", "Occupation or position held: …", "Agency: …", "Hours per week: 40". Europass CVs,
 * US federal résumés and many forms write a job's header as such lines, one field each, in any order; the label says
 * which field a line is, however long its value.
 */

const EMPLOYER = `company|company name|employer|employer name|name(?: and address)? of employer|organi[sz]ation|client|firm|institution`;
const TITLE = `role|title|job title|position|position held|post|occupation(?: or position held)?`;
/** Fields of a job that are neither its employer, its title nor its dates (they never name either). */
const OTHER = String.raw`dates?|period|duration|from|location|place|city|type of business(?: or sector)?|sector|industry|department|office|division|duty station|grade|band|rank|series(?:\s*\/\s*grade)?|pay plan|hours(?: per week)?|agency supported|supported agency|salary|supervisor|may contact|reason for leaving|employment type|type of employment|(?:main|key) activities(?: and responsibilities)?|(?:main |key )?responsibilities|duties(?:,? accomplishments(?: and related skills)?)?`;

const LABELLED_FIELD = new RegExp(String.raw`^(${EMPLOYER}|agency|${TITLE}|${OTHER})\s*:\s*(.*)$`, 'i');

/** "Employer: …", "Role: …": a line whose label says which header field it is, however long. */
export function isLabelledLine(line: string): boolean {
  return LABELLED_FIELD.test(line.trim());
}

export type LabelRole = 'employer' | 'agency' | 'title' | 'other';

/** The label of a labelled line, what it names, and its value; undefined for any other line. */
export function labelledField(line: string): { label: string; role: LabelRole; value: string } | undefined {
  const m = LABELLED_FIELD.exec(line.trim());
  if (!m?.[1]) return undefined;
  const label = m[1].toLowerCase();
  // A federal résumé's "Agency: Department of the Army" over "Organization: U.S. Army Corps of Engineers": the agency
  // is the employer only when no line names a narrower one.
  const role: LabelRole = new RegExp(`^(?:${EMPLOYER})$`).test(label)
    ? 'employer'
    : label === 'agency'
      ? 'agency'
      : new RegExp(`^(?:${TITLE})$`).test(label)
        ? 'title'
        : 'other';
  return { label, role, value: m[2] ?? '' };
}

/**
 * A line about the person, not a job: "Veterans' Preference: No", "Highest Grade Held: GS-2210-12, Step 5
 * (10/2019 - Present)", "Date of birth: 22/05/1987". Its dates are no job's.
 */
export const PROFILE_LINE =
  /^\W*(?:highest grade held|federal status|veterans['’]? preference|(?:security )?clearance(?:\s*\/\s*investigation)?|availability|work schedule(?: preference)?|desired locations?|country of citizenship|citizenship|date of birth|nationality|gender|marital status|driving licen[cs]e|notice period|right to work|visa status)\s*:/i;

/** A paragraph made only of labelled lines ("Agency: …" over "Duty Station: …"). */
export const allLabelled = (text: string): boolean => text.split('\n').every((l) => isLabelledLine(l));

/** A labelled line naming the employer: Europass puts "Name and address of employer: …" after the job's duties. */
export const namesEmployer = (text: string): boolean => {
  const field = labelledField(text);
  // ("Client: Barclays" after a consultant's duties names the client.)
  return (
    !text.includes('\n') &&
    (field?.role === 'employer' || field?.role === 'agency') &&
    field.label !== 'client'
  );
};

/** Pictographs that mark a field ("🏢", "📅", "👔"), with their joiners and variation selectors. */
const MARKER = /^\s*(?:(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)\s*)+/u;
const TOOLS_LINE =
  /^\s*(?:(?:🛠|🔧|⚙|💻|🧰)\uFE0F?|(?:\*\*|__)?(?:tools|stack|tech(?:nologies)?|tech stack|toolset|environment)(?:\*\*|__)?\s*:)/iu;

/**
 * "🏢 Harbor & Vine", "👔 IT & Systems Manager", "📅 03/2021 → now": a marker is no part of the field; the tools line
 * under them ("🛠 Toast · 7shifts", "Stack: …") is no header field at all.
 */
export const headerFields = (lines: string[]): string[] =>
  lines
    .map((line) => (MARKER.test(line) ? line.replace(MARKER, '').replace(/\*\*|__/g, '') : line))
    .filter((line) => !TOOLS_LINE.test(line));
