/** The extracted model: what `skillgraph extract --json` prints and what the loader writes to Neo4j. */

export interface Evidence {
  /** The sentence (or bullet title) that names the tools. */
  text: string;
  /** Human-readable section it came from ("Features", "Production incident", ...). */
  section: string;
  /** Source line, 1-based. */
  line: number;
  toolIds: string[];
  /** The tools this sentence names without their being used here, with their stance ("evaluated", …). */
  stances?: Record<string, Stance>;
  /** The whole paragraph or bullet the sentence stands in, when it has more than this sentence. */
  context?: string;
}

/**
 * How a sentence mentions a tool: used in the job; migrated away from (it was in use before, so it counts as usage,
 * shown as such); evaluated and not adopted; someone else's (another team's, a client's, a vendor's); planned.
 */
export type Stance = 'used' | 'migrated-from' | 'evaluated' | 'others' | 'planned';

/** Tools a job used: `used` or `migrated-from`. */
export interface ToolUse {
  toolId: string;
  stance: 'used' | 'migrated-from';
  /** How many evidence sentences name the tool. */
  mentions: number;
  /** Spellings found in the text ("Kafka", "Confluent Kafka"). */
  spellings: string[];
}

/** A tool a job's text names without having used it: kept with its evidence, because it is interview material. */
export interface ToolMention {
  toolId: string;
  stance: 'evaluated' | 'others' | 'planned';
  /** The sentences that say so. */
  evidence: Evidence[];
}

export interface Feature {
  text: string;
  line: number;
  toolIds: string[];
}

export interface Contribution {
  title: string;
  text: string;
  line: number;
  toolIds: string[];
}

export interface Challenge {
  title: string;
  resolution: string | null;
  line: number;
  toolIds: string[];
}

export interface Incident {
  /** A short title from the incident's own words ("Data loss during the initial migration"). */
  title: string;
  failure: string;
  cause: string | null;
  rectification: string | null;
  learning: string | null;
  line: number;
  toolIds: string[];
}

export type PracticeKind = 'task-management' | 'testing' | 'meetings';

export interface Practice {
  kind: PracticeKind;
  text: string;
  line: number;
  toolIds: string[];
}

export interface TeamRole {
  role: string;
  count: number;
}

export interface Job {
  /** 1-based position of the job in its person's documents. */
  ordinal: number;
  file: string;
  line: number;
  company: string | null;
  title: string | null;
  /** Cloud platform(s), e.g. "AWS" or "AWS, GCP". */
  platform: string | null;
  startDate: string | null;
  endDate: string | null;
  whyHired: string | null;
  startingPoint: string | null;
  app: string | null;
  endUsers: string | null;
  leadPercent: number | null;
  codePercent: number | null;
  teamSize: number | null;
  team: TeamRole[];
  features: Feature[];
  contributions: Contribution[];
  challenges: Challenge[];
  incidents: Incident[];
  practices: Practice[];
  summary: string | null;
  /** Tools the job used (stance `used` or `migrated-from`), most mentioned first. */
  tools: ToolUse[];
  /** Tools the job's text names in another stance (evaluated, someone else's, planned). */
  otherMentions: ToolMention[];
  evidence: Evidence[];
}

/** A word or phrase that looks like a tool but is not in the taxonomy. */
export interface Candidate {
  term: string;
  count: number;
  file: string;
  line: number;
}

/**
 * A tool a person claims as a skill (a Skills section, a summary, a certification, JSON Resume skills), not tied to
 * one job. Reviewers discount a claim no job backs; the job match flags it as "claimed only".
 */
export interface Skill {
  toolId: string;
  evidence: Evidence[];
}

export interface PersonDocument {
  person: { id: string; name: string };
  files: string[];
  jobs: Job[];
  /** Skills the person claims (person-level), with the lines that claim them. */
  claimed: Skill[];
  candidates: Candidate[];
  warnings: string[];
}
