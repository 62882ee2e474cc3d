import type { Taxonomy, Tool } from '../../seed/taxonomy/load.js';
import { ToolMatcher } from '../../seed/taxonomy/matcher.js';
import { Random, Zipf } from '../lib/random.js';
import { TEAM_ROLES, TITLES } from './vocabulary/people.js';
import { POPULAR_HEAD, ROLE_CATEGORIES, ROLE_WEIGHTS, type Role } from './vocabulary/stacks.js';
import {
  APPS,
  CAUSES,
  CHALLENGES,
  CONTRIBUTIONS,
  DOMAINS,
  FAILURES,
  FEATURE_OBJECTS,
  FEATURE_VERBS,
  GOALS,
  LEARNINGS,
  MEETINGS,
  RECTIFICATIONS,
  STARTING_POINTS,
  SUMMARIES,
} from './vocabulary/story.js';

type Platform = 'aws' | 'gcp' | 'azure' | 'onprem';

const PLATFORMS: { platform: Platform; weight: number; toolId?: string; vendor?: string }[] = [
  { platform: 'aws', weight: 0.45, toolId: 'amazon-web-services', vendor: 'AWS' },
  { platform: 'gcp', weight: 0.2, toolId: 'google-cloud-platform', vendor: 'GCP' },
  { platform: 'azure', weight: 0.2, toolId: 'microsoft-azure', vendor: 'Azure' },
  { platform: 'onprem', weight: 0.15 },
];
const CLOUD_VENDORS = new Set(['AWS', 'GCP', 'Azure']);

/** What the generator meant a job to say: the extractor should find exactly these. */
export interface PlannedJob {
  company: string;
  title: string;
  role: Role;
  platform: Platform;
  /** Tool ids the narrative names, in order of first mention. */
  tools: string[];
}

const list = (names: string[]): string => {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
};

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/**
 * Writes career narratives in the format of the user's own document (`seed/data/narratives.md`): "### Project
 * Narratives", the numbered sections, bold questions with answers after a two-space hard break, feature bullets,
 * challenges, the incident (Technical Failure / Cause / Rectification / Key Learning), the team sentence, the
 * lead/code sentence and a closing "At Company, I ..." paragraph. Tools are named only by their canonical names,
 * and only those the taxonomy matcher recognises unambiguously in the middle of a sentence, so extraction is
 * predictable. Tool choice is skewed: a Zipf ranking over all tools plus role/platform stacks that co-occur.
 */
export class NarrativeWriter {
  readonly usable: Tool[];
  private readonly byId: Map<string, Tool>;
  private readonly ranked: Tool[];
  private readonly global: Zipf<Tool>;
  private readonly pools = new Map<string, Zipf<Tool>>();

  constructor(taxonomy: Taxonomy, seed: number) {
    const matcher = new ToolMatcher(taxonomy);
    this.usable = taxonomy.tools.filter((tool) => {
      const found = matcher.matchSentence(`We relied on ${tool.name} every day.`);
      return found.length === 1 && found[0]?.toolId === tool.id && found[0].text === tool.name;
    });
    this.byId = new Map(this.usable.map((t) => [t.id, t]));
    checkVocabulary(matcher);
    // The ranking is fixed by the seed: the usual suspects first, then the rest in a seeded order.
    const random = new Random(seed ^ 0x5eed);
    const head = POPULAR_HEAD.map((id) => this.byId.get(id)).filter((t): t is Tool => Boolean(t));
    const headIds = new Set(head.map((t) => t.id));
    const tail = random.shuffle(this.usable.filter((t) => !headIds.has(t.id)));
    this.ranked = [...head, ...tail];
    this.global = new Zipf(this.ranked.filter((t) => !CLOUD_VENDORS.has(t.vendor ?? '')));
  }

  /** Tools of some categories, restricted to the job's cloud, in global popularity order. */
  private pool(categories: string[], vendor: string | undefined): Zipf<Tool> {
    const key = `${categories.join(',')}|${vendor ?? ''}`;
    let pool = this.pools.get(key);
    if (!pool) {
      const wanted = new Set(categories);
      const items = this.ranked.filter(
        (t) =>
          wanted.has(t.category) &&
          t.category !== 'cloud' &&
          (!CLOUD_VENDORS.has(t.vendor ?? '') || t.vendor === vendor),
      );
      pool = new Zipf(items.length > 0 ? items : this.ranked, 0.9);
      this.pools.set(key, pool);
    }
    return pool;
  }

  /** One narrative; `random` carries the state, so a person's jobs are reproducible from the person's seed. */
  write(random: Random, company: string): { text: string; job: PlannedJob } {
    const role = random.weighted(ROLE_WEIGHTS);
    const cloud = random.weighted(PLATFORMS.map((p) => [p, p.weight] as const));
    const title = random.pick(TITLES);
    const [domain, users] = random.pick(DOMAINS);
    const named: string[] = [];
    const use = (tools: Tool[]) => {
      for (const t of tools) if (!named.includes(t.id)) named.push(t.id);
      return list(tools.map((t) => t.name));
    };
    const stack = this.pool(ROLE_CATEGORIES[role], cloud.vendor);
    const draw = (n: number, pool: Zipf<Tool> = stack, reuse = 0, globalShare = 0.2): Tool[] => {
      const out: Tool[] = [];
      for (let guard = 0; out.length < n && guard < 50; guard++) {
        const t =
          reuse > 0 && named.length > 0 && random.chance(reuse)
            ? (this.byId.get(random.pick(named)) as Tool)
            : random.chance(globalShare)
              ? this.global.draw(random)
              : pool.draw(random);
        if (t.category === 'cloud' || out.some((o) => o.id === t.id)) continue;
        out.push(t);
      }
      return out;
    };

    const cloudTool = cloud.toolId ? this.byId.get(cloud.toolId) : undefined;
    const hired = fill(random.pick(GOALS), { domain });
    const whyHired = cloudTool
      ? `I was hired to ${hired} on ${use([cloudTool])}, and to raise the engineering standards of the team.`
      : `I was hired to ${hired} in the company's own data centers, and to raise the engineering standards of the team.`;

    const features = Array.from({ length: random.int(5, 6) }, () => {
      const verb = random.pick(FEATURE_VERBS);
      const object = random.pick(FEATURE_OBJECTS[role]);
      return `${verb} ${object} using ${use(draw(random.int(2, 3)))}.`;
    });

    const lead = random.pick([20, 30, 40, 50, 60, 70]);
    const code = 100 - lead;

    const challenges = random
      .shuffle([...CHALLENGES])
      .slice(0, 3)
      .map(([title, fix]) => `${title}: ${fill(fix, { tools: use(draw(random.int(1, 2), stack, 0.5)) })}.`);

    const sizes = random.shuffle([...TEAM_ROLES]).slice(0, random.int(2, 4));
    const counts = sizes.map(() => random.int(1, 5));
    const members = counts.reduce((a, b) => a + b, 1);
    const breakdown = sizes.map(([plural, one], i) => `${counts[i]} ${counts[i] === 1 ? one : plural}`);
    const team = `The team consisted of ${members} members: ${breakdown.join(', ')}, and myself as the ${title}.`;

    const tracking = draw(1, this.pool(['project-management'], undefined), 0, 0);
    const docs = draw(1, this.pool(['documentation'], undefined), 0, 0);
    const dayToDay = `Managed using ${use(tracking)} for task tracking and ${use(docs)} for documentation. Standardized coding practices, regular code reviews, and documentation protocols were established to ensure consistency.`;
    const testTools = draw(random.int(1, 2), this.pool(['testing'], undefined), 0, 0);
    const ciTools = draw(1, this.pool(['ci-cd'], cloud.vendor), 0, 0);
    const testing = `Testing involved unit tests for every component, integration tests for the main flows, and end-to-end checks before each release. Tools included ${use(testTools)}, with automated runs in ${use(ciTools)}.`;

    const contributions = random
      .shuffle([...CONTRIBUTIONS])
      .slice(0, 3)
      .map(
        ([heading, body]) =>
          `**${heading}**: ${fill(body, { tools: use(draw(random.int(2, 3), stack, 0.5)) })}`,
      );

    const failure = fill(random.pick(FAILURES), { tools: use(draw(1, stack, 0.7)) });
    const cause = random.pick(CAUSES);
    const rectification = fill(random.pick(RECTIFICATIONS), {
      tools: use(draw(random.int(1, 2), stack, 0.5)),
    });
    const learning = random.pick(LEARNINGS);
    const summary = `At ${company}, ${fill(random.pick(SUMMARIES), { domain, tools: use(draw(2, stack, 0.8)) })} My work combined leadership with hands-on delivery, and the platform kept serving ${users} long after the migration.`;

    const q = (question: string, answer: string) => `   - **${question}**  \n   ${answer}\n`;
    const text = [
      '### Project Narratives',
      '',
      '1. **Description of the Project**:',
      q('Why were you brought there initially?', whyHired),
      q(
        'What was the current state of the app and production environment upon your arrival?',
        random.pick(STARTING_POINTS),
      ),
      q('What was the app and what does it do?', fill(random.pick(APPS), { domain })),
      q(
        'Who was the end user of the app?',
        `The end users were ${users}, who relied on accurate and timely information for their daily work.`,
      ),
      `${q('What did you specifically implement feature-wise in the app, and how?', 'I implemented several key features:')}${features.map((f) => `     - ${f}\n`).join('')}`,
      q(
        'What percent of time did you lead and what percent of time did you code?',
        `Approximately ${lead}% of my time was spent on leadership activities (team management, project oversight, and stakeholder communication), while ${code}% was spent coding and implementing the platform.`,
      ),
      `${q('What challenges did you face in the production environment and in development, and how did you address them?', 'Key challenges included:')}${challenges.map((c) => `     - ${c}\n`).join('')}`,
      q('What was the size of the team and the breakdown of roles?', team),
      q(
        'How did you manage the day-to-day production environment, task management, and tool, documentation standards?',
        dayToDay,
      ),
      q(
        'What was the testing environment like? What tools and practices were used to manage sound code?',
        testing,
      ),
      q(
        'What weekly standing meetings were present, who was present, and what was discussed? How did you run the scrum meeting?',
        random.pick(MEETINGS),
      ),
      '2. **Major Concepts of Tangible Contributions**:',
      ...contributions.map((c) => `   - ${c}`),
      '',
      '3. **Example of Technical Failure in Production**:',
      `   - **Technical Failure**: ${failure}`,
      `   - **Cause**: ${cause}`,
      `   - **Rectification**: ${rectification}`,
      `   - **Key Learning**: ${learning}`,
      '',
      summary,
      '',
      '-'.repeat(126),
      '',
    ].join('\n');
    return { text, job: { company, title, role, platform: cloud.platform, tools: named } };
  }
}

/** Every fixed fragment must name no tool, or extraction would find tools the generator did not plan. */
function checkVocabulary(matcher: ToolMatcher): void {
  const fragments: string[] = [
    ...GOALS,
    ...STARTING_POINTS,
    ...APPS,
    ...FEATURE_VERBS,
    ...Object.values(FEATURE_OBJECTS).flat(),
    ...CHALLENGES.flat(),
    ...CONTRIBUTIONS.flat(),
    ...FAILURES,
    ...CAUSES,
    ...RECTIFICATIONS,
    ...LEARNINGS,
    ...MEETINGS,
    ...SUMMARIES,
    ...TITLES,
    ...TEAM_ROLES.flat(),
    ...DOMAINS.flat(),
  ];
  for (const fragment of fragments) {
    const found = matcher.matchSentence(fragment.replace(/\{\w+\}/g, 'x'));
    if (found.length > 0) {
      throw new Error(
        `generator vocabulary names a tool (${found.map((f) => f.toolId).join(', ')}): "${fragment}"`,
      );
    }
  }
}
