import { existsSync } from 'node:fs';
import { loadTaxonomy, SeedError, type Taxonomy } from '../seed/index.js';
import { KnownTools } from './graphql/known-tools.js';

/** The taxonomy files a command reads documents with: the user's corrections when there are any, then `extra`. */
export function withUserTaxonomy(userFile: string, extra: string[] = []): string[] {
  return [...(existsSync(userFile) ? [userFile] : []), ...extra];
}

/**
 * The taxonomy a server reads documents and postings with: the built-in one, the user's corrections
 * ($SKILLGRAPH_HOME/taxonomy.yaml, when it exists) and any --taxonomy files, in that order. Loaded on first use and
 * again after each correction, so the next upload, match and whereUsed see it.
 */
export class TaxonomyHolder {
  private loaded: { taxonomy: Taxonomy; known: KnownTools } | undefined;
  private builtinTaxonomy: Taxonomy | undefined;

  constructor(
    readonly userFile: string,
    private readonly extraFiles: string[] = [],
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** The files merged over the built-in taxonomy. */
  files(): string[] {
    return withUserTaxonomy(this.userFile, this.extraFiles);
  }

  get taxonomy(): Taxonomy {
    return this.current().taxonomy;
  }

  get known(): KnownTools {
    return this.current().known;
  }

  /**
   * The built-in taxonomy alone, which the corrections are told apart from. Loaded once: it never changes while the
   * server runs, and loading its 2,400 tools blocks the event loop for one to two seconds, which every list, add and
   * revert of a correction used to pay.
   */
  get builtin(): Taxonomy {
    this.builtinTaxonomy ??= loadTaxonomy();
    return this.builtinTaxonomy;
  }

  reload(): void {
    this.loaded = undefined;
  }

  private current(): { taxonomy: Taxonomy; known: KnownTools } {
    if (!this.loaded) {
      let taxonomy: Taxonomy;
      try {
        taxonomy = loadTaxonomy(this.files());
      } catch (error) {
        // A hand-edited user file with a mistake must not take the server down: say so, and read without it.
        if (!(error instanceof SeedError)) throw error;
        this.log(`warning: ${error.format()}; using the built-in taxonomy and --taxonomy files only`);
        taxonomy = loadTaxonomy(this.extraFiles);
      }
      this.loaded = { taxonomy, known: new KnownTools(taxonomy) };
    }
    return this.loaded;
  }
}
