import type { TeamRole } from '../model.js';
import { ROLE_WORDS } from '../structure/vocabulary.js';
import { COUNT, COUNT_NO_ARTICLE, readCount } from './numbers.js';
import { splitSentences } from './sentences.js';

export interface Team {
  size: number | null;
  roles: TeamRole[];
  /** The narrator's own role ("myself as the team lead" → "Team Lead"). */
  title: string | null;
}

/** Words that end a role phrase: "myself as a senior engineer overseeing the data infrastructure". */
const ROLE_END =
  /\s+(?:overseeing|who|responsible|leading|managing|in charge|focus(?:ed|ing)|handling|running|coordinating|driving|that|which|for|with|on|working)\b.*$/i;

/** Title-cases a role, keeping words already written with capitals ("Sr.", "DevOps", "QA"). */
export function titleCase(role: string): string {
  return role
    .split(/\s+/)
    .map((w) => (/[A-Z]/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

function singular(role: string): string {
  const words = role.split(/\s+/);
  const last = words.pop() ?? '';
  let one = last;
  if (/people$/i.test(last)) one = last.replace(/people$/i, 'person');
  else if (/ies$/i.test(last)) one = last.replace(/ies$/i, 'y');
  else if (/(ss|us)es$/i.test(last)) one = last.replace(/es$/i, '');
  // A plural ends in a lower-case s ("engineers", "QAs", "DBAs"); "iOS" and "macOS" end in a capital and are names.
  else if (/[^sS]s$/.test(last)) one = last.slice(0, -1);
  return [...words, one].join(' ');
}

function cleanRole(text: string): string {
  return text
    .replace(ROLE_END, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[.;:,]+$/, '')
    .trim();
}

/**
 * Reads team size, role breakdown and the narrator's title from a sentence such as "The team consisted of 10
 * members: 5 data engineers, 2 data scientists, 1 DevOps engineer, and myself as the team lead."
 */
export function parseTeam(text: string): Team {
  const flat = text.replace(/\s+/g, ' ');
  const sizeMatch = new RegExp(
    `\\b(${COUNT})\\s+(?:team\\s+)?(?:members|people|persons|engineers|developers|individuals|folks)\\b`,
    'i',
  ).exec(flat);
  let size = sizeMatch?.[1] ? (readCount(sizeMatch[1]) ?? null) : null;

  const roles: TeamRole[] = [];
  let title: string | null = null;
  const listStart = flat.search(/:|\b(?:including|of whom|made up of|comprising|with)\b/i);
  const list =
    listStart >= 0
      ? flat.slice(listStart).replace(/^(?::|including|of whom|made up of|comprising|with)\s*/i, '')
      : flat;
  const body = splitSentences(list)[0]?.text ?? list;
  for (const rawItem of body.split(/,\s*(?:and\s+)?|\s+and\s+|;\s*/)) {
    const item = rawItem.trim().replace(/(?<!\b(?:Sr|Jr|Inc|Co))\.$/, '');
    if (!item) continue;
    const mine = /\b(?:myself|me|I)\b(?:\s+as|\s+was|\s+served as|,)?\s+(?:the\s+|a\s+|an\s+)?(.+)$/i.exec(
      item,
    );
    if (mine?.[1]) {
      const role = cleanRole(mine[1]);
      // "I manage nobody directly" is about the narrator, but not a role.
      if (role && ROLE_WORDS.test(role)) {
        title = titleCase(role);
        roles.push({ role: title, count: 1 });
      }
      continue;
    }
    // "3 backend engineers", or "We were 3 backend engineers" (a count later in the item, but never "a"/"an" there).
    const counted =
      new RegExp(`^(${COUNT})\\s+(.+)$`, 'i').exec(item) ??
      new RegExp(`\\s(${COUNT_NO_ARTICLE})\\s+(.+)$`, 'i').exec(item);
    if (counted?.[1] && counted[2]) {
      const count = readCount(counted[1]);
      const role = cleanRole(counted[2]);
      if (count !== undefined && role && !/^(members|people|persons)$/i.test(role)) {
        roles.push({ role: singular(role), count });
      }
    }
  }
  if (size === null && roles.length > 0) size = roles.reduce((n, r) => n + r.count, 0);
  return { size, roles, title };
}
