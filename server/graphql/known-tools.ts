import { loadTaxonomy, type Taxonomy } from '../../seed/index.js';

/** A tool as the taxonomy knows it, whether or not any job names it. */
export interface KnownTool {
  id: string;
  name: string;
  aliases: string[];
  category: string | null;
}

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

/**
 * The whole taxonomy, for questions about tools the graph does not hold: "k8s" is Kubernetes even when no job names
 * it, and "postgres" is PostgreSQL, not PostGIS. Loaded once, on first use.
 */
export class KnownTools {
  private readonly bySpelling = new Map<string, KnownTool>();
  private readonly byName = new Map<string, KnownTool>();

  constructor(taxonomy: Taxonomy) {
    for (const tool of taxonomy.tools) {
      const known: KnownTool = {
        id: `tool:${tool.id}`,
        name: tool.name,
        aliases: tool.aliases.map((a) => a.text).filter((a) => a !== tool.name),
        category: taxonomy.categories.get(tool.category)?.name ?? null,
      };
      this.byName.set(tool.name.toLowerCase(), known);
      for (const alias of tool.aliases) this.bySpelling.set(alias.text.toLowerCase(), known);
    }
  }

  private static instance: KnownTools | undefined;

  /** The built-in taxonomy, loaded the first time it is asked for. */
  static get default(): KnownTools {
    KnownTools.instance ??= new KnownTools(loadTaxonomy());
    return KnownTools.instance;
  }

  /** The tool this spelling names (any alias, any case), if the taxonomy knows one. */
  lookup(key: string): KnownTool | null {
    return this.bySpelling.get(key.trim().toLowerCase()) ?? null;
  }

  /**
   * Orders suggested tool names by how close their closest spelling is to what was asked ("postgres" is nearer
   * PostgreSQL, through its alias Postgres, than PostGIS), and drops names that are not close at all.
   */
  rank(asked: string, names: string[]): string[] {
    const key = asked.trim().toLowerCase();
    const scored = names.map((name, order) => {
      const tool = this.byName.get(name.toLowerCase());
      const spellings = [name, ...(tool?.aliases ?? [])].map((s) => s.toLowerCase());
      const d = Math.min(
        ...spellings.map((s) => (s.startsWith(key) || key.startsWith(s) ? 0.5 : distance(key, s))),
      );
      return { name, d, order };
    });
    return scored
      .filter((s) => s.d <= Math.max(2, Math.ceil(key.length / 3)))
      .sort((a, b) => a.d - b.d || a.order - b.order)
      .map((s) => s.name);
  }
}
