/**
 * The words the stance rules are built from: markers for tools, lists of them, the little words that stand between a
 * verb and a tool, and the organisations that are not the narrator's employer.
 */

export const T = String.raw`⟦\d+⟧`;
/** A list of tools: "⟦0⟧", "⟦0⟧ and ⟦1⟧", "⟦0⟧, ⟦1⟧ or ⟦2⟧", "⟦0⟧/⟦1⟧". */
export const TL = String.raw`${T}(?:\s*(?:,|/|\+|&|and|or|,\s*and|,\s*or)\s*${T})*`;
/** Little words that may stand between a verb and the tool ("replacing an old ⟦0⟧ server"). */
export const FILLER = String.raw`(?:(?:the|our|their|those|these|this|that|its|my|all|an?|old|older|legacy|existing|shared|central|master|single|separate|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|dozens\s+of|several|multiple|homegrown|home-grown|in-house|self-hosted|on-prem(?:ises?)?|previous|whole|entire|aging|ageing|hourly|nightly|daily|(?:desk|team|firm|company|group|department|studio|lab|site|plant)['’]s)\s+)*`;

/** Organisations that are not the narrator's employer, when a clause says what they run. */
export const ORGS =
  'hospitals?|clinics?|practices?|clubs?|schools?|universit(?:y|ies)|banks?|clients?|customers?|carriers?|insurers?|broadcasters?|agenc(?:y|ies)|firms?|councils?|districts?|trusts?|suppliers?|vendors?|partners?|studios?|labs?|laborator(?:y|ies)|newsrooms?|prospects|publishers?|retailers?|manufacturers?|oems?|restaurants?|hotels?|stores?|cafes?|bars?|cros?|cmos?|cdmos?|charterers?|shippers?|owners?|operators?|terminals?|ports?|counties|county|agents?|brokers?|landlords?|tenants?|outsourcers?|bpos?|forwarders?|authorit(?:y|ies)|maintainers?|lessors?|pollsters?';
