import { distance, loadTaxonomy, type Taxonomy, ToolMatcher } from '../../seed/index.js';

/** A tool as the taxonomy knows it, whether or not any job names it. */
export interface KnownTool {
  id: string;
  name: string;
  aliases: string[];
  category: string | null;
}

/**
 * The whole taxonomy, for questions about tools the graph does not hold: "k8s" is Kubernetes even when no job names
 * it, and "postgres" is PostgreSQL, not PostGIS. Loaded once, on first use.
 */
export class KnownTools {
  private readonly bySpelling = new Map<string, KnownTool>();
  private readonly byName = new Map<string, KnownTool>();
  private toolMatcher: ToolMatcher | undefined;

  constructor(readonly taxonomy: Taxonomy) {
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

  /** The seeder's matcher over this taxonomy, for reading job postings; built on first use. */
  get matcher(): ToolMatcher {
    this.toolMatcher ??= new ToolMatcher(this.taxonomy);
    return this.toolMatcher;
  }

  /** The tool this spelling names (any alias, any case), if the taxonomy knows one. */
  lookup(key: string): KnownTool | null {
    return this.bySpelling.get(key.trim().toLowerCase()) ?? null;
  }

  /** A tool by its graph id ("tool:apache-kafka"). */
  byId(id: string): KnownTool | null {
    const tool = this.taxonomy.byId.get(id.replace(/^tool:/, ''));
    return tool ? (this.byName.get(tool.name.toLowerCase()) ?? null) : null;
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
