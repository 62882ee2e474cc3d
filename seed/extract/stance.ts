import type { Stance } from '../model.js';
import {
  ARROW,
  ARROW_MOVE,
  BUT_THEN_MOVED,
  REWRITE_FROM,
  SAME_KIND_MOVE,
  THEN_MOVE,
  TO_MIGRATION,
  UNTIL_I_MOVED,
  USED_TO_THEN_MOVED,
} from './stance-moves.js';
import {
  DONE_BY_OTHERS,
  LEFT_WITH_OTHERS,
  MY_HANDS_ON_IT,
  NEEDS_NOT_MINE,
  NEEDS_OTHERS,
  NOT_MINE,
  OWN_TEAM,
  OWNER,
  POSSESSIVE,
  SOMEONE_ELSE,
  TERSE_OTHERS,
} from './stance-others.js';
import { NONE_OF_OUR_OWN, OTHER_PARTIES } from './stance-parties.js';
import {
  ASIDE,
  BACK_REFERENCE,
  CHOICE,
  CHOSE,
  CLAUSE,
  EVALUATION,
  FUTURE,
  MIGRATION,
  NEEDS_FUTURE,
  NEEDS_NEVER,
  NEVER,
  OURS_BEFORE,
  PRIORITY,
  type Rule,
  STILL_IN_USE,
  TRIGGERS,
  VERSION_UPGRADE,
  WEIGHED,
} from './stance-rules.js';
import { WHOLE_SENTENCE } from './stance-sentence.js';

/**
 * The stance of each tool a sentence names: did the person use it, move away from it, only evaluate it, is it
 * someone else's, or only planned? Read from the sentence's own wording. The tools are first replaced by markers
 * (⟦0⟧, ⟦1⟧ …), so every rule is a pattern over words and markers, whatever the tools are called; the sentence is
 * cut into clauses first, so "we evaluated ⟦0⟧ but stayed on ⟦1⟧" judges each tool by its own clause.
 */

const spanText = (sentence: string, spans: readonly { start: number; end: number }[], i = -1) => {
  const s = spans[i];
  return s ? sentence.slice(s.start, s.end).toLowerCase() : '';
};

/**
 * The tools of the nearest clause before clause `c` that names any, with the one before it when that clause is only a
 * bracketed name ("Policy data from ⟦0⟧ (⟦1⟧) — ⟦2⟧ team owns it": "it" is ⟦0⟧, also called ⟦1⟧).
 */
function previousTools(clauses: string[], c: number): number[] {
  for (let i = c - 1; i >= 0; i--) {
    const ids = markersIn(clauses[i]);
    if (ids.length === 0) continue;
    const aside = /^\s*⟦\d+⟧\s*$/.test(clauses[i] ?? '');
    return aside && i > 0 ? [...markersIn(clauses[i - 1]), ...ids] : ids;
  }
  return [];
}

function markersIn(fragment: string | undefined): number[] {
  if (!fragment) return [];
  return [...fragment.matchAll(/⟦(\d+)⟧/g)].map((m) => Number(m[1]));
}

/**
 * The stance of each of `spans` (the tools a sentence names, in order) in `sentence`. Tools no rule speaks of were
 * used.
 */
export function stancesOf(
  sentence: string,
  /** With their tool, when known: a tool named twice is judged once. */
  spans: readonly { start: number; end: number; toolId?: string }[],
  /** Each span's category, when known: a move between two tools of one kind replaces the first. */
  kinds?: readonly (string | undefined)[],
): Stance[] {
  if (spans.length === 0) return [];
  // Most sentences say nothing but use; one scan for the words every rule needs spares them all the rules.
  if (!TRIGGERS.test(sentence) && !(kinds && /→|->|=>|⇒/.test(sentence))) return spans.map(() => 'used');
  return judgeStances(sentence, spans, kinds);
}

/**
 * Every rule, without the pre-test. Exported so a test can hold the pre-test to its promise: a sentence it waves
 * through as "used" is one the rules would have read the same way (TRIGGERS is a hand-kept list of the rules' words).
 */
export function judgeStances(
  sentence: string,
  spans: readonly { start: number; end: number; toolId?: string }[],
  kinds?: readonly (string | undefined)[],
): Stance[] {
  // Every verdict a rule gives; the strongest wins (a tool "replaced … later retired" was migrated from).
  const verdicts: Set<Stance>[] = spans.map(() => new Set());
  const chosen: boolean[] = spans.map(() => false);
  let masked = '';
  let at = 0;
  for (const [i, s] of spans.entries()) {
    masked += `${sentence.slice(at, s.start)}⟦${i}⟧`;
    at = s.end;
  }
  masked += sentence.slice(at);
  const set = (ids: number[], stance: Stance, force = false) => {
    for (const id of ids) {
      if (force && stance === 'used') chosen[id] = true;
      verdicts[id]?.add(stance);
    }
  };
  const apply = (rules: Rule[], text: string, force = false) => {
    for (const r of rules) {
      if (!r.needs.test(text)) continue;
      r.re.lastIndex = 0;
      for (const m of text.matchAll(r.re)) {
        r.stances.forEach((stance, g) => {
          set(markersIn(m[g + 1]), stance, force);
        });
      }
    }
  };

  // A short aside without a tool ("Next up (H2): ⟦0⟧") is no clause of its own.
  const clauses = masked.replace(ASIDE, '').split(CLAUSE);
  // What a clause says explicitly comes first; "stayed on ⟦1⟧" overrides "evaluated ⟦0⟧ … ⟦1⟧".
  for (const clause of clauses) apply(CHOICE, clause, true);
  // Migrations often span clauses ("⟦0⟧ as the backbone; later ⟦1⟧").
  apply(MIGRATION, masked);
  // Without the tools' kinds (a caller that has none), one tool after another is read as a move.
  if (!kinds)
    for (const m of masked.matchAll(THEN_MOVE)) {
      set(markersIn(m[1]), 'migrated-from');
      set(markersIn(m[2]), 'used');
    }
  if (kinds) {
    for (const m of [
      ...masked.matchAll(SAME_KIND_MOVE),
      ...masked.matchAll(ARROW),
      ...masked.matchAll(ARROW_MOVE),
      ...masked.matchAll(UNTIL_I_MOVED),
      ...masked.matchAll(REWRITE_FROM),
      ...masked.matchAll(THEN_MOVE),
      ...masked.matchAll(BUT_THEN_MOVED),
      ...masked.matchAll(USED_TO_THEN_MOVED),
      ...masked.matchAll(TO_MIGRATION),
    ]) {
      const [to] = markersIn(m[2]);
      // "Tecsys WMS vs MAWM → Tecsys didn't make it": an arrow back to a tool named before is a verdict, not a move.
      const weighedBack = (from: number) =>
        to !== undefined &&
        spans
          .slice(0, from)
          .some(
            (s) =>
              s.toolId !== undefined &&
              s.toolId === spans[to]?.toolId &&
              /^[^;.]*\b(?:vs\.?|versus|against)\s/i.test(sentence.slice(s.end, spans[from]?.start ?? s.end)),
          );
      for (const from of markersIn(m[1])) {
        // ("Java 8 → Java 17" is an upgrade, not a move away.)
        if (to === undefined || !kinds[from] || kinds[from] !== kinds[to] || weighedBack(from)) continue;
        if (spans[from]?.toolId !== undefined && spans[from]?.toolId === spans[to]?.toolId) continue;
        set([from], 'migrated-from');
        set([to], 'used');
      }
    }
  }
  for (const [c, clause] of clauses.entries()) {
    apply(EVALUATION, clause);
    const ids = markersIn(clause);
    if (NEEDS_FUTURE.test(clause) && FUTURE.test(clause)) {
      // "plan to move from ⟦0⟧ to ⟦1⟧": ⟦0⟧ is still in use, ⟦1⟧ is planned.
      const from = markersIn(
        // (Not past "to": in "from HFM to ⟦0⟧" the tool named is the one planned.)
        /\b(?:from|off)\s+(?:(?!\bto\b)[^⟦]){0,20}?(⟦\d+⟧(?:\s*(?:,|and|or)\s*⟦\d+⟧)*)/i.exec(clause)?.[1],
      );
      set(from, 'used', true);
      set(
        ids.filter((id) => !from.includes(id)),
        'planned',
      );
    }
    // "… but we have no ⟦1⟧ of our own": someone else's.
    for (const m of clause.matchAll(NONE_OF_OUR_OWN)) set(markersIn(m[1]), 'others');
    const party = NEEDS_OTHERS.test(clause);
    const elsewhere = party ? SOMEONE_ELSE.exec(clause) : null;
    const doneBy = party ? DONE_BY_OTHERS.exec(clause) : null;
    const others =
      party &&
      (elsewhere !== null || doneBy !== null || TERSE_OTHERS.test(clause) || LEFT_WITH_OTHERS.test(clause));
    // "⟦0⟧ 2.7, because the lighting department lived in ⟦1⟧": the reason is theirs, what it explains is ours.
    // "… passed to the consultants, who ran the resource model in ⟦1⟧": what they do is theirs, not what came before.
    const who = doneBy && elsewhere === null ? doneBy[0].search(/,\s+(?:who|that)\s/) : -1;
    const because =
      elsewhere && /^\W*(?:because|since|while|whereas|which|where)\b/i.test(elsewhere[0]) && doneBy === null
        ? elsewhere.index
        : doneBy && who >= 0
          ? doneBy.index + who
          : 0;
    const said = NEEDS_NOT_MINE.test(clause) ? NOT_MINE.exec(clause) : null;
    // "Introduced ⟦0⟧ for the team's scripts": the person's own team owns nothing away from them.
    const notMine = said && !OWN_TEAM.test(said[0]) ? said : null;
    if (others || notMine) {
      // A possessive names what follows it ("the backend team's ⟦1⟧ services", "their own ⟦0⟧ pipelines"); otherwise,
      // in the clause itself, what comes before "not mine"; a clause of its own speaks of the clause before it.
      // ("⟦0⟧ is Marketing's" names its owner after the tool, not before it.)
      const possessive =
        notMine && !others && POSSESSIVE.test(notMine[0]) && !/^(?:is|are|was|were)\s/i.test(notMine[0]);
      // "designers who arrived with a ⟦0⟧ of their own": the possessive after the tool.
      // ("⟦0⟧ was the platform team's baby": …or the tool the possessive is said of.)
      const ofTheirOwn = possessive
        ? /(⟦\d+⟧)\s+of\s+$|(⟦\d+⟧)[^⟦]{0,20}?\b(?:was|is|were|are)\s+(?:all\s+)?(?:the\s+)?$/.exec(
            clause.slice(0, notMine.index),
          )
        : null;
      let own = ofTheirOwn
        ? markersIn(ofTheirOwn[1] ?? ofTheirOwn[2])
        : possessive
          ? // The possessive owns the tool it names, not every tool after it ("the customer's ⟦0⟧ account, deploying ⟦1⟧").
            markersIn(clause.slice(notMine.index, notMine.index + notMine[0].length + 40)).slice(0, 1)
          : notMine && !others
            ? // "we never see ⟦1⟧ ourselves": the tool inside the words is not theirs either.
              markersIn(clause.slice(0, notMine.index + notMine[0].length))
            : markersIn(clause.slice(because));
      // "Partner with the data team; they run the pipelines in ⟦0⟧", "with the backend squads: they write the services
      // in ⟦1⟧": "they", a team named before, own what follows.
      if (notMine && !others && !possessive && /^they\b/i.test(notMine[0])) {
        const earlier = `${clauses.slice(0, c).join(' ')} ${clause.slice(0, notMine.index)}`;
        const after = markersIn(clause.slice(notMine.index));
        if (OWNER.test(earlier) && (own.length === 0 || after.length > 0)) own = after;
      }
      // "Finance builds its plan in ⟦0⟧ from our monthly ⟦1⟧ extracts": what is "ours" stays ours.
      set(
        own.filter((id) => !OURS_BEFORE.test(clause.slice(0, clause.indexOf(`⟦${id}⟧`)))),
        'others',
      );
      // "the firmware team owned that part": the clause before is theirs. "the front-end team queries it through ⟦1⟧":
      // their tool is named after "it", which is still ours.
      const ref = BACK_REFERENCE.exec(clause);
      const backwards =
        ref &&
        (/\s/.test(ref[0]) ||
          !others ||
          markersIn(clause.slice(ref.index)).length === 0 ||
          /\b(?:own(?:s|ed)?|ran|runs?|maintain(?:s|ed)?|host(?:s|ed)?|manag(?:es|ed))\s+(?:it|them|that)\b/i.test(
            clause,
          ));
      if (own.length === 0 || backwards) set(previousTools(clauses, c), 'others');
    }
    // (Only over someone else's: "We evaluated ⟦0⟧; I ran them side by side" stays an evaluation.)
    if (c > 0 && MY_HANDS_ON_IT.test(clause))
      set(
        previousTools(clauses, c).filter((id) => verdicts[id]?.has('others')),
        'used',
        true,
      );
  }
  // "⟦0⟧ still handles servers": a partial move, the tool stays in use wherever the sentence names it.
  // ("The finance team's SAP still runs the ledger" stays theirs.)
  const theirs = verdicts.some((v) => v.has('others'));
  for (const m of theirs ? [] : masked.matchAll(STILL_IN_USE)) {
    const at = markersIn(m[1] ?? m[2])[0];
    const text = spanText(sentence, spans, at);
    // "Took secrets out of Ansible Vault files …; Ansible itself stayed": the tool, however it is named, stays.
    const tool = m[2] !== undefined && at !== undefined ? spans[at]?.toolId : undefined;
    set(
      spans.flatMap((s, i) =>
        spanText(sentence, spans, i) === text || (tool !== undefined && s.toolId === tool) ? [i] : [],
      ),
      'used',
      true,
    );
  }
  // "from ⟦0⟧ 5.6 to 7.2": an upgrade, not a move away. "Our biggest client, a bank, ran its own … in ⟦0⟧".
  for (const m of masked.matchAll(VERSION_UPGRADE)) set(markersIn(m[1]), 'used', true);
  for (const { needs, re } of OTHER_PARTIES)
    if (needs.test(masked)) for (const m of masked.matchAll(re)) set(markersIn(m[1]), 'others');
  apply(WHOLE_SENTENCE, masked);
  const never = NEEDS_NEVER.test(masked) ? NEVER.exec(masked) : null;
  if (never) {
    const before = markersIn(masked.slice(0, never.index + never[0].length));
    const unjudged = (before.length ? before : markersIn(masked)).filter((id) => verdicts[id]?.size === 0);
    set(unjudged, 'evaluated');
  }
  // "Ran the vendor selection, Anaplan against Pigment; Pigment demoed well, but we chose Anaplan": a sentence that
  // weighs tools of one kind and names the one chosen only weighed the others of that kind.
  const pick = kinds && WEIGHED.test(masked) ? CHOSE.exec(masked) : null;
  if (pick?.[1]) {
    const picked = markersIn(pick[1]);
    for (const i of picked) chosen[i] = true;
    const ids = new Set(picked.map((i) => spans[i]?.toolId ?? i));
    const kindsPicked = new Set(picked.map((i) => kinds?.[i]).filter(Boolean));
    for (const [i, s] of spans.entries())
      if (!ids.has(s.toolId ?? i) && kindsPicked.has(kinds?.[i]) && !verdicts[i]?.has('migrated-from'))
        verdicts[i]?.add('evaluated');
  }
  // "We weighed Tableau against Power BI and chose Power BI": a tool chosen anywhere in the sentence was chosen.
  const chosenTools = new Set(
    spans.filter((s, i) => chosen[i] && s.toolId !== undefined).map((s) => s.toolId),
  );
  const judged = verdicts.map((v, i) =>
    chosen[i] || chosenTools.has(spans[i]?.toolId) ? 'used' : (PRIORITY.find((s) => v.has(s)) ?? 'used'),
  );
  // "I'm reading the OCPP specs; the plan is to support OCPP from spring 2025": a tool the sentence also plans is planned.
  for (const [i, s] of spans.entries())
    if (
      judged[i] === 'used' &&
      s.toolId !== undefined &&
      spans.some((o, k) => k !== i && o.toolId === s.toolId && judged[k] === 'planned')
    )
      judged[i] = 'planned';
  // "Tecsys WMS vs MAWM → Tecsys didn't make the final two": a tool named with no verdict of its own, then said to have
  // been only weighed, was only weighed ("… the LabVantage demos; LabVantage went live" says the opposite last).
  for (const [i, s] of spans.entries())
    if (
      judged[i] === 'used' &&
      verdicts[i]?.size === 0 &&
      !chosen[i] &&
      s.toolId !== undefined &&
      spans.some(
        (o, k) =>
          k > i &&
          o.toolId === s.toolId &&
          judged[k] === 'evaluated' &&
          !/[;.]/.test(sentence.slice(s.end, o.start)),
      )
    )
      judged[i] = 'evaluated';
  // "replacing CentralSquare's Inform CAD": a vendor's name and its product, one tool, are judged together.
  for (let i = 1; i < spans.length; i++) {
    const [a, b] = [spans[i - 1], spans[i]];
    if (!a || !b || a.toolId === undefined || a.toolId !== b.toolId) continue;
    if (!/^['’]s?\s*$/.test(sentence.slice(a.end, b.start))) continue;
    const strongest = PRIORITY.find((s) => s === judged[i - 1] || s === judged[i]) ?? 'used';
    judged[i - 1] = strongest;
    judged[i] = strongest;
  }
  // "I charted in Epic until my maternity leave, then in Epic again": nothing is left for itself to come back to.
  for (const [i, s] of spans.entries()) {
    if (judged[i] !== 'migrated-from' || s.toolId === undefined) continue;
    const back = spans.findIndex(
      (o, k) => k > i && o.toolId === s.toolId && /^\s*again\b/i.test(sentence.slice(o.end, o.end + 8)),
    );
    if (back > i) judged[i] = 'used';
  }
  // "The engineer models in Tekla; … I have never opened Tekla": a tool named twice in a sentence, once as used and
  // once as someone else's, is what the sentence says of it last.
  for (const [i, s] of spans.entries()) {
    const last = s.toolId === undefined ? -1 : spans.findLastIndex((o) => o.toolId === s.toolId);
    const pair = new Set([judged[i], judged[last]]);
    if (last > i && pair.has('used') && pair.has('others')) judged[i] = judged[last] as Stance;
  }
  return judged;
}
