// The names of departments, functions, segments and practice areas that may follow a title after a comma.

/** Words that qualify a function ("Customer Success Operations", "Short-Term Power", "Medicinal Chemistry"). */
const FUNCTION_PREFIX = String.raw`\p{Lu}\p{Ll}+(?:al|ic|ive)|Corporate|Commercial|Digital|Enterprise|Business|Customer(?:\s+Success)?|Success|CS|CX|Product|Data|Site|Software|Hardware|Field|Regional|Supply Chain|Revenue|Sales|Marketing|Service|Network|Cloud|Content|Partner|Channel|People|Talent|HR|Platform|Model|Pricing|Reserving|Capital|Valuation|Credit|Rates|Fixed Income|Mid-Market|SMB`;
/** The function itself. */
const FUNCTION = String.raw`(?:Short-Term|Long-Term|Intraday|Day-Ahead)\s+(?:Power|Gas|Trading)|Rates|Strats|Equities|Credit|FX|Commodities|Trading|Markets|Chemistry|Biology|Development|Engineering|Operations|Research|Analytics|Planning|Strategy|Marketing|Finance|Sales|Infrastructure|Security|Compliance|Procurement|Logistics|Support|Design|Growth|Treasury|Tax|Audit|Risk|Quality|Manufacturing|Affairs|Communications|Informatics|Nursing|Pharmacy|Radiology|Oncology|Cardiology|Surgery|Medicine|Systems|Technology|Programs|Partnerships|Acquisition|Assurance|Advisory|Consulting|Transactions|Controls|Enablement|Onboarding|Success|Experience|Insights`;
/** A qualifier that stands alone: a segment, a region, a kind of work ("Account Executive, Mid-Market", "Sales Lead, EMEA"). */
const QUALIFIER = String.raw`Mid-Market|SMB|Strategic Accounts|Key Accounts|EMEA|APAC|LATAM|DACH|Nordics|Americas|Analytical|Clinical|Technical|Medical|Surgical|Editorial|Creative|Operational|Industrial`;
/**
 * A department or function after a title ("Senior Financial Analyst, FP&A", "Senior Scientist, Analytical Development"),
 * or a law firm's practice area ("Paralegal, Litigation, Baker & McKenzie LLP").
 */
export const DEPARTMENT = new RegExp(
  String.raw`^(?:FP&A|IT|HR|R&D|QA|QC|BI|UX|GTM|ICU|NICU|PICU|CCU|HDU|ED|A&E|ER|OR|Theatres|Maternity|Paediatrics|Pediatrics|Emergency|Critical Care|Homewares|Womenswear|Menswear|Childrenswear|Kidswear|Footwear|Lingerie|Beauty|Grocery|Electricals|Furniture|Accessories|Toys|Litigation|Corporate|Disputes|Arbitration|Antitrust|Competition|Restructuring|Insolvency|Employment|Real Estate|Intellectual Property|IP|Private Equity|Capital Markets|M&A|Banking|Regulatory|Pensions|Immigration|Conveyancing|Probate|${QUALIFIER}|(?:(?:${FUNCTION_PREFIX})\s+){0,2}(?:${FUNCTION}))(?:\s+(?:&|and)\s+(?:Assurance|Advisory|Consulting|Compliance|Risk|Audit|Tax|Marketing|Sales|Operations|Strategy|Analytics|Development|Transactions|Controls|Research|Quality|Trading|Onboarding))?$`,
  'u',
);
