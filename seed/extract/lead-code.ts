const LEAD =
  /\b(?:lead|leading|leadership|led|manag\w*|mentor\w*|guid\w*|coordinat\w*|architect\w*|design\w*|oversight|overseeing|planning|strategy|stakeholder\w*)\b/i;
const CODE = /\b(?:cod\w*|programming|hands-on|develop\w*|implement\w*|build\w*|writing|engineering)\b/i;

export interface LeadCode {
  lead: number | null;
  code: number | null;
}

function firstIndex(re: RegExp, text: string): number {
  const m = re.exec(text);
  return m ? m.index : Number.POSITIVE_INFINITY;
}

/**
 * Reads the lead/code split from prose such as "Approximately 60% of my time was spent on leadership activities ...,
 * while 40% was spent coding". Each percentage takes the kind of the first lead or code word that follows it; when
 * only one side is stated, the other is its complement.
 */
export function parseLeadCode(text: string): LeadCode {
  // "About half and half", "50/50", "fifty-fifty": an even split said without percentages.
  if (
    !/\d\s*(?:%|percent\b)/i.test(text) &&
    /\b(?:half\s+and\s+half|50\s*\/\s*50|fifty[- ]fifty|an?\s+even\s+split|evenly\s+split)\b/i.test(text)
  )
    return { lead: 50, code: 50 };
  const percents = [...text.matchAll(/(\d{1,3})(?:\.\d+)?\s*(?:%|percent\b)/gi)];
  let lead: number | null = null;
  let code: number | null = null;
  const unassigned: number[] = [];
  percents.forEach((m, i) => {
    const value = Number(m[1]);
    if (value > 100) return;
    const from = (m.index ?? 0) + m[0].length;
    const to = percents[i + 1]?.index ?? text.length;
    const window = text.slice(from, to);
    const l = firstIndex(LEAD, window);
    const c = firstIndex(CODE, window);
    if (l < c && lead === null) lead = value;
    else if (c < l && code === null) code = value;
    else unassigned.push(value);
  });
  for (const value of unassigned) {
    if (lead === null && code !== null) lead = value;
    else if (code === null && lead !== null) code = value;
  }
  if (lead !== null && code === null && lead <= 100) code = 100 - lead;
  else if (code !== null && lead === null && code <= 100) lead = 100 - code;
  return { lead, code };
}
