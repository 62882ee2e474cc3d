import type {
  Coverage,
  MatchStatus,
  MatchSummary,
  Requirement,
  UnrecognisedTerm,
} from '../../contract/graphql.js';
import { STATUS_ORDER } from './judge.js';

const KEY: Record<MatchStatus, 'evidenced' | 'claimedOnly' | 'adjacent' | 'mentioned' | 'missing'> = {
  EVIDENCED: 'evidenced',
  CLAIMED_ONLY: 'claimedOnly',
  ADJACENT: 'adjacent',
  MENTIONED: 'mentioned',
  MISSING: 'missing',
};

/** One line of the coverage: requirements, or alternatives standing as one ("Terraform or Pulumi"). */
interface Item {
  names: string;
  priority: Requirement['priority'];
  status: MatchStatus;
  closest?: string;
}

/** Alternatives ("Kafka or NATS") count once: the strongest priority among them, at the best status among them. */
function itemsOf(requirements: readonly Requirement[]): Item[] {
  const items: Item[] = [];
  const groups = new Map<number, Requirement[]>();
  for (const r of requirements) {
    if (r.group === null) items.push(itemOf([r]));
    else groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  }
  for (const members of groups.values()) items.push(itemOf(members));
  return items;
}

function itemOf(members: Requirement[]): Item {
  const best = [...members].sort(
    (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
  )[0] as Requirement;
  return {
    names: members.map((m) => m.tool.name).join(' or '),
    priority: members.some((m) => m.priority === 'MUST') ? 'MUST' : 'NICE',
    status: best.status,
    closest: best.adjacent[0]?.tool.name,
  };
}

function coverage(items: readonly Item[]): Coverage {
  const c: Coverage = {
    total: items.length,
    evidenced: 0,
    claimedOnly: 0,
    adjacent: 0,
    mentioned: 0,
    missing: 0,
  };
  for (const item of items) c[KEY[item.status]] += 1;
  return c;
}

const list = (items: readonly Item[], status: MatchStatus, show: (i: Item) => string = (i) => i.names) =>
  items
    .filter((i) => i.status === status)
    .map(show)
    .join(', ');

/** One priority's coverage in words: "Must-haves: 5 of 7 evidenced; claimed only: Snowflake; missing: Go." */
function sentence(label: string, items: readonly Item[]): string {
  if (!items.length) return `${label}: none in the posting.`;
  const c = coverage(items);
  const parts = [`${label}: ${c.evidenced} of ${c.total} evidenced`];
  if (c.claimedOnly) parts.push(`claimed in a skills list only: ${list(items, 'CLAIMED_ONLY')}`);
  if (c.adjacent)
    parts.push(`not used but close: ${list(items, 'ADJACENT', (i) => `${i.names} (you used ${i.closest})`)}`);
  if (c.mentioned) parts.push(`mentioned, not used: ${list(items, 'MENTIONED')}`);
  if (c.missing) parts.push(`missing: ${list(items, 'MISSING')}`);
  return `${parts.join('; ')}.`;
}

/** The coverage, per priority, as counts and as plain words; no single score, because one would hide which gap. */
export function summarise(
  requirements: readonly Requirement[],
  unrecognised: readonly UnrecognisedTerm[],
): MatchSummary {
  const items = itemsOf(requirements);
  const must = items.filter((i) => i.priority === 'MUST');
  const nice = items.filter((i) => i.priority === 'NICE');
  const lines = [sentence('Must-haves', must), sentence('Nice-to-haves', nice)];
  if (!requirements.length) lines.unshift('The posting names no tool the taxonomy knows.');
  if (unrecognised.length) {
    const terms = unrecognised.map((u) =>
      u.suggestions.length ? `${u.term} (${u.suggestions[0]}?)` : u.term,
    );
    lines.push(`Not recognised as tools: ${terms.join(', ')}.`);
  }
  return { must: coverage(must), nice: coverage(nice), text: lines.join(' ') };
}
