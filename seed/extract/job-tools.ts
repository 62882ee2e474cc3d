import type { Evidence, Stance, ToolMention, ToolUse } from '../model.js';
import { isUsage, unique } from './job-text.js';
import { FIELD_SECTION } from './questions.js';
import type { Unit } from './units.js';

/** The section of the narrative question about the state of things on arrival. */
const STARTING_POINT = FIELD_SECTION.startingPoint;
/** The taxonomy category of operating systems. */
const PLATFORM = 'platform';

/**
 * Evidence, tools used and other mentions, from the units. A title followed by text is evidence together with its
 * first sentence ("Security and compliance: Implemented Intune …"), not on its own. A tool used in any sentence of
 * the job was used; one only evaluated, planned or someone else's is kept as a mention, with its sentences.
 */
export function toolsAndEvidence(
  units: Unit[],
  categoryOf: (toolId: string) => string | undefined,
): {
  evidence: Evidence[];
  tools: ToolUse[];
  otherMentions: ToolMention[];
} {
  const leads = new Set(units.map((u) => u.lead).filter(Boolean));
  const evidence: Evidence[] = [];
  const uses = new Map<string, ToolUse>();
  const others = new Map<string, ToolMention>();
  for (const u of units) {
    if (leads.has(u)) continue;
    const pairs = [
      ...(u.lead?.mentions.map((m, i) => [m, u.lead?.stances[i] ?? 'used'] as const) ?? []),
      ...u.mentions.map((m, i) => [m, u.stances[i] ?? 'used'] as const),
      // An operating system is where the work ran, not a tool the job used; a Skills line may still claim it.
    ].filter(([m]) => categoryOf(m.toolId) !== PLATFORM);
    if (pairs.length === 0) continue;
    const stances: Record<string, Stance> = {};
    for (const [m, stance] of pairs) {
      // A tool used and evaluated in one sentence ("kept Postgres, evaluated CockroachDB") is used.
      if (stance !== 'used' && !(m.toolId in stances && stances[m.toolId] === 'used'))
        stances[m.toolId] ??= stance;
      if (stance === 'used') stances[m.toolId] = 'used';
    }
    const e: Evidence = {
      text: u.lead ? `${u.lead.text}: ${u.text}` : u.text,
      section: u.section,
      line: u.line,
      toolIds: unique(pairs.map(([m]) => m.toolId)),
    };
    const notUsed = Object.entries(stances).filter(([, s]) => s !== 'used');
    if (notUsed.length) e.stances = Object.fromEntries(notUsed);
    if (u.context) e.context = u.context;
    evidence.push(e);
    // Moved from one edition to another of the same tool in one sentence ("from Universal Analytics to GA4"): an
    // upgrade, the tool stayed in use. One spelling both used and left ("first in SAS; ported the SAS macros to R")
    // is a migration.
    const spelled = (toolId: string, stance: Stance) =>
      new Set(
        pairs.filter(([m, s]) => m.toolId === toolId && s === stance).map(([m]) => m.text.toLowerCase()),
      );
    const upgraded = (toolId: string) => {
      const left = spelled(toolId, 'migrated-from');
      return [...spelled(toolId, 'used')].some((text) => !left.has(text)) && left.size > 0;
    };
    for (const [m, named] of pairs) {
      const stance = named === 'migrated-from' && upgraded(m.toolId) ? 'used' : named;
      if (isUsage(stance)) {
        const use = uses.get(m.toolId) ?? { toolId: m.toolId, stance, mentions: 0, spellings: [] };
        use.mentions += 1;
        // A tool used for years and then replaced within the job was migrated from, however often it is named.
        if (stance === 'migrated-from') use.stance = 'migrated-from';
        if (!use.spellings.includes(m.text)) use.spellings.push(m.text);
        uses.set(m.toolId, use);
      } else {
        const mention = others.get(m.toolId) ?? {
          toolId: m.toolId,
          stance: stance as ToolMention['stance'],
          evidence: [],
        };
        if (!mention.evidence.includes(e)) mention.evidence.push(e);
        others.set(m.toolId, mention);
      }
    }
  }
  for (const id of uses.keys()) others.delete(id);
  // What the narrative found on arrival ("the current state … upon your arrival") and never names as used later was
  // there before the person's work replaced it.
  const laterUse = new Set<string>();
  for (const u of units)
    if (u.section !== STARTING_POINT)
      u.mentions.forEach((m, i) => {
        if (u.stances[i] === 'used') laterUse.add(m.toolId);
      });
  // It was replaced only if the job later uses another tool of its kind (crontabs on arrival, Airflow afterwards);
  // a Unity project found on arrival and worked on since stays used.
  const laterCategories = new Set([...laterUse].map((id) => categoryOf(id)));
  for (const use of uses.values()) {
    if (use.stance !== 'used' || laterUse.has(use.toolId)) continue;
    const onArrival = units.some(
      (u) => u.section === STARTING_POINT && u.mentions.some((m) => m.toolId === use.toolId),
    );
    if (onArrival && laterCategories.has(categoryOf(use.toolId))) use.stance = 'migrated-from';
  }
  const tools = [...uses.values()].sort(
    (a, b) => b.mentions - a.mentions || a.toolId.localeCompare(b.toolId),
  );
  return {
    evidence,
    tools,
    otherMentions: [...others.values()].sort((a, b) => a.toolId.localeCompare(b.toolId)),
  };
}
