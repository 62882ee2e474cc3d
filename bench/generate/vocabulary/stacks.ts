/**
 * The kinds of job the data generator writes, and the tools each draws on: taxonomy categories per kind of job, how
 * common each kind is, and the tools that head the popularity ranking.
 */

export type Role = 'data' | 'backend' | 'devops' | 'ml' | 'frontend';

/** Taxonomy categories each kind of job draws most of its tools from: the co-occurring stacks. */
export const ROLE_CATEGORIES: Record<Role, string[]> = {
  data: [
    'storage',
    'database',
    'warehouse',
    'lakehouse',
    'processing',
    'streaming',
    'orchestration',
    'etl',
    'governance',
    'bi',
    'language',
  ],
  backend: [
    'language',
    'framework',
    'api',
    'database',
    'cache',
    'messaging',
    'containers',
    'search',
    'compute',
    'serverless',
  ],
  devops: ['containers', 'iac', 'ci-cd', 'monitoring', 'networking', 'security', 'os', 'compute', 'build'],
  ml: ['ml', 'language', 'processing', 'bi', 'storage', 'orchestration', 'lakehouse'],
  frontend: ['frontend', 'language', 'testing', 'build', 'api', 'framework'],
};

export const ROLE_WEIGHTS: [Role, number][] = [
  ['data', 0.4],
  ['backend', 0.25],
  ['devops', 0.15],
  ['ml', 0.1],
  ['frontend', 0.1],
];

/** Tools most teams use whatever they build: they head the global popularity ranking when the taxonomy has them. */
export const POPULAR_HEAD = [
  'python',
  'git',
  'jira',
  'docker',
  'confluence',
  'postgresql',
  'kubernetes',
  'jenkins',
  'terraform',
  'github',
  'apache-kafka',
  'apache-spark',
  'apache-airflow',
  'amazon-s3',
  'grafana',
  'prometheus',
  'redis',
  'java',
  'typescript',
  'react',
  'mysql',
  'snowflake',
  'pytest',
  'github-actions',
  'slack',
  'dbt',
  'aws-lambda',
  'elasticsearch',
  'mongodb',
  'nodejs',
];
