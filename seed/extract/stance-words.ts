/**
 * The words the stance rules are built from: markers for tools, lists of them, the little words that stand between a
 * verb and a tool, and the organisations that are not the narrator's employer.
 */

export const T = String.raw`⟦\d+⟧`;
/** A list of tools: "⟦0⟧", "⟦0⟧ and ⟦1⟧", "⟦0⟧, ⟦1⟧ or ⟦2⟧", "⟦0⟧/⟦1⟧". */
export const TL = String.raw`${T}(?:\s*(?:,|/|\+|&|and|or|,\s*and|,\s*or)\s*${T})*`;
/** Little words that may stand between a verb and the tool ("replacing an old ⟦0⟧ server"). */
export const FILLER = String.raw`(?:(?:the|our|their|those|these|this|that|its|my|all|an?|old|older|legacy|existing|shared|central|master|single|separate|~?\d[\d,]*\+?|two|three|four|five|six|seven|eight|nine|ten|twelve|dozens\s+of|several|multiple|homegrown|home-grown|in-house|self-hosted|on-prem(?:ises?)?|previous|whole|entire|aging|ageing|hourly|nightly|daily|(?:desk|team|firm|company|group|department|studio|lab|site|plant)['’]s)\s+)*`;

/** Organisations that are not the narrator's employer, when a clause says what they run. */
export const ORGS =
  'hospitals?|clinics?|practices?|clubs?|schools?|universit(?:y|ies)|banks?|clients?|customers?|carriers?|insurers?|broadcasters?|agenc(?:y|ies)|firms?|councils?|districts?|trusts?|suppliers?|vendors?|partners?|studios?|labs?|laborator(?:y|ies)|newsrooms?|prospects|publishers?|retailers?|manufacturers?|oems?|restaurants?|hotels?|stores?|cafes?|bars?|cros?|cmos?|cdmos?|charterers?|shippers?|owners?|operators?|terminals?|ports?|counties|county|agents?|brokers?|landlords?|tenants?|outsourcers?|bpos?|forwarders?|authorit(?:y|ies)|maintainers?|lessors?|pollsters?';

/** Departments named alone, by their name or acronym: "the NOC ran …", "Marketing keeps …". */
export const DEPARTMENTS = String.raw`noc|soc|dbas|help\s*desk|service\s+desk|marketing|sales|finance|legal|procurement|compliance|head\s+office|headquarters|transport|logistics`;

/** People of another trade, who work in their own tools: "Designers worked in ⟦0⟧". */
export const TRADES =
  'designers?|architects?|clinicians?|physicians?|doctors?|lawyers?|accountants?|artists?|animators?|planners?|editors?|producers?|colou?rists?|reporters?|modell?ers?|surveyors?|estimators?|schedulers?|dispatchers?|paralegals?|consultants?|subcontractors?|(?:mine\\s+|site\\s+)?planning\\s+engineers?';
/** Someone at work who is not the narrator, whose possessive owns the tool after it: "the programmer's ⟦0⟧ seat". */
export const PEOPLE =
  'programmer|engineer|designer|analyst|developer|architect|admin|administrator|accountant|planner|estimator|technician|scheduler|buyer|supervisor|manager|editor|producer|consultant|contractor|boss|predecessor|colleague|coworker|co-worker';
/** Other parties whose plural possessive owns the tool after it: "architects' ⟦0⟧ drawings". */
export const PARTIES =
  'clients|customers|vendors|partners|architects|designers|analysts|contractors|suppliers|agencies|consultants';
