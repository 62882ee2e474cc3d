import type { Taxonomy, Tool } from './load.js';

/** Edit distance with transpositions ("kafak" → "kafka" is 1), capped: names further apart are not close. */
export function distance(a: string, b: string, cap = 4): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > cap) return cap + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? cap + 1;
}

/** How far apart two spellings may be and still count as a slip: one edit per four letters, at least one. */
export const closeEnough = (term: string) => Math.max(1, Math.floor(term.length / 4));

/**
 * The taxonomy's tools whose name or an alias is spelt nearly like `term` ("Kubernets" → Kubernetes, "Snowflak" →
 * Snowflake), closest first. Short terms get no suggestions: two letters are one edit from too many names.
 */
export function suggestTools(term: string, taxonomy: Taxonomy, limit = 3): Tool[] {
  const key = term.trim().toLowerCase();
  if (key.length < 4) return [];
  const cap = closeEnough(key);
  const scored: { tool: Tool; d: number }[] = [];
  for (const tool of taxonomy.tools) {
    let best = cap + 1;
    for (const alias of tool.aliases) {
      const spelling = alias.text.toLowerCase();
      if (spelling.length < 4) continue;
      best = Math.min(best, distance(key, spelling, cap));
      if (best === 0) break;
    }
    if (best <= cap) scored.push({ tool, d: best });
  }
  return scored
    .sort((a, b) => a.d - b.d || a.tool.name.localeCompare(b.tool.name))
    .slice(0, limit)
    .map((s) => s.tool);
}
