import type { JobDraft } from '../structure/classify.js';
import { findDateRange } from '../structure/dates.js';
import { EMPLOYMENT_NOTES, looksLikePlace, ROLE_WORDS } from '../structure/vocabulary.js';

/** What a title's brackets usually say instead: its discipline, team or terms ("Engineer (Payments)", "(maternity cover)"). */
const NOT_AN_EMPLOYER =
  /^(?:back[- ]?end|front[- ]?end|full[- ]?stack|platform|infra(?:structure)?|payments?|data|mobile|ios|android|web|cloud|security|ml|ai|nlp|devops|sre|qa|test(?:ing)?|analytics|growth|search|core|tools|internal tools|apis?|integrations?|embedded|firmware|hardware|network(?:ing)?|systems|product|ux|ui|design|research|operations|ops|finance|sales|marketing|hr|it|emea|apac|americas|uk|us|eu|global|interim|acting|cover|maternity cover|parental leave cover|promoted|secondment|[\d\s,]+(?:people|staff|reports|engineers)|level \d|l\d|band \w+|grade \w+)$/i;

/** Words that end an organisation's name ("Kittiwake Renewables", "Hartwell Mutual", "Acme Ltd"). */
const ORGANISATION =
  /\b(?:Ltd|Limited|Inc|LLC|LLP|plc|GmbH|AG|Group|Holdings|Partners|Associates|Company|Co|Corporation|Bank|Trust|Council|Hospital|University|College|School|Agency|Authority|Renewables|Energy|Power|Mutual|Insurance|Systems|Solutions|Technologies|Labs|Foods|Services|Consulting|Capital|Health|Healthcare|Logistics|Retail|Media|Studios?)\.?$/;

/**
 * The places résumés most often bracket after a title ("Analyst (London)"). With no gazetteer, any other single word
 * is read as a name: a brand such as "Vestas" and a town look alike.
 */
const COMMON_PLACES =
  /^(?:london|manchester|leeds|birmingham|bristol|edinburgh|glasgow|cardiff|belfast|dublin|cork|paris|berlin|munich|hamburg|frankfurt|amsterdam|rotterdam|brussels|madrid|barcelona|lisbon|rome|milan|zurich|geneva|vienna|prague|warsaw|stockholm|oslo|copenhagen|helsinki|nyc|boston|chicago|seattle|austin|denver|atlanta|toronto|vancouver|montreal|montréal|sydney|melbourne|auckland|singapore|tokyo|bangalore|bengaluru|mumbai|delhi|pune|hyderabad|chennai|dubai|uk|us|usa|germany|france|spain|italy|ireland|netherlands|india|canada|australia|scotland|wales|england|emea|apac|latam|nordics|dach|benelux|onsite|offshore|onshore)$/i;

/**
 * "**Performance Analyst (Orsted, via agency) 2019–21**", "Data Analyst (RES) Jun 2016 – Mar 2019": terse bullets name
 * the employer in brackets after the title. Read only when nothing else named the employer, and never a discipline, a
 * team, a place, terms of employment or a tool ("Developer (Java)").
 */
export function bracketCompany(draft: JobDraft, isTool: (phrase: string) => boolean): string | undefined {
  for (const { text } of draft.header) {
    const m = /^[\s*_#]*([^()]{2,60}?)\s*\(([^()]{2,60})\)\s*(.*)$/.exec(text);
    if (!m?.[1] || !m[2]) continue;
    const [role, inside, after] = [m[1], m[2], m[3] ?? ''];
    // The title before, and nothing after but the dates.
    if (!ROLE_WORDS.test(role) || /[—–|·]\s*\S/.test(role)) continue;
    const rest = after.replace(/[*_]/g, '').trim();
    const range = rest ? findDateRange(rest) : undefined;
    if (rest && (!range || rest.slice(0, range.index).trim() !== '')) continue;
    // "(Orsted, via agency)": the name, then how the person was engaged.
    const [first, ...terms] = inside.split(/\s*[,;]\s*/);
    const name = (first ?? '').trim();
    // A nurse's "(ICU)", a teacher's "(KS2)", a lawyer's "(Conveyancing)" look the same as "(Vestas)": only a name
    // that says it is an organisation, or one followed by how the person was engaged, is read as the employer.
    const engaged = terms.some((t) =>
      /^(?:via|through)\s+\w|^(?:contract|contractor|agency|temp|freelance|secondment|seconded)$/i.test(t),
    );
    if (!engaged && !ORGANISATION.test(name)) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(name) || name.split(/\s+/).length > 5) continue;
    if (NOT_AN_EMPLOYER.test(name) || EMPLOYMENT_NOTES.test(name) || ROLE_WORDS.test(name)) continue;
    if (looksLikePlace(name) || COMMON_PLACES.test(name) || isTool(name)) continue;
    return name;
  }
  return undefined;
}
