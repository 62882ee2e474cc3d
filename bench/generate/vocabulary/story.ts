import type { Role } from './stacks.js';

/**
 * The sentences of a generated job's story: its domain, goals, features, challenges, incidents and summary.
 * None of them names a tool: the generator checks every fragment against the taxonomy matcher at start-up, so the
 * only tools a generated narrative names are the ones it chose.
 */

export const DOMAINS = [
  ['claims processing', 'claims adjusters and underwriters'],
  ['fraud detection', 'fraud analysts and risk officers'],
  ['supply chain planning', 'planners and warehouse managers'],
  ['patient scheduling', 'clinicians and front-desk staff'],
  ['customer billing', 'billing specialists and support agents'],
  ['inventory forecasting', 'merchandisers and store managers'],
  ['fleet telemetry', 'fleet operators and maintenance crews'],
  ['marketing attribution', 'marketing analysts and campaign managers'],
  ['loan origination', 'loan officers and compliance reviewers'],
  ['content recommendations', 'editors and product owners'],
  ['energy trading', 'traders and grid operators'],
  ['student enrollment', 'admissions officers and faculty'],
] as const;

export const GOALS = [
  'modernize the {domain} platform and cut its operating costs',
  'rebuild the {domain} pipelines so that reports arrived on time',
  'lead the move of the {domain} systems to a new cloud footprint',
  'stabilize the {domain} services after a series of outages',
  'design a scalable foundation for {domain} as the business grew',
] as const;

export const STARTING_POINTS = [
  'The existing environment relied on hand-run scripts and nightly batches, which led to late data, frequent manual fixes, and little visibility into failures.',
  'The production environment was a monolith deployed by hand every few weeks, with no automated tests and long recovery times after incidents.',
  'Most of the data lived in scattered on-premises databases, creating silos, duplicated logic, and slow answers to simple business questions.',
  'The platform had grown without standards, so every team deployed differently and the on-call rotation spent most nights firefighting.',
] as const;

export const APPS = [
  'The app was the {domain} platform, which collects records from many sources, cleans them, and serves reports and alerts to the business.',
  'The app handled {domain} end to end, from intake through approval, and exposed the results to internal teams through dashboards and services.',
  'It was the internal platform behind {domain}, processing large volumes of events every day and publishing curated datasets for decision-making.',
] as const;

export const FEATURE_VERBS = [
  'Built',
  'Developed',
  'Designed',
  'Implemented',
  'Migrated',
  'Automated',
  'Optimized',
  'Introduced',
] as const;

export const FEATURE_OBJECTS: Record<Role, string[]> = {
  data: [
    'the ingestion pipelines for partner feeds',
    'a curated reporting layer for finance',
    'incremental loads for the largest tables',
    'a change data capture flow from the core databases',
    'daily quality checks on critical datasets',
    'a self-service analytics model for the business',
  ],
  backend: [
    'the order intake services',
    'an asynchronous job queue for long-running work',
    'a caching layer in front of the slowest endpoints',
    'the public partner interface',
    'event-driven notifications for customers',
    'a search service over the product catalogue',
  ],
  devops: [
    'the deployment pipelines for every service',
    'infrastructure definitions for all environments',
    'centralized logging and alerting',
    'blue-green releases for the core services',
    'secrets rotation across the fleet',
    'autoscaling policies for peak traffic',
  ],
  ml: [
    'the feature pipelines for model training',
    'a batch scoring job for daily predictions',
    'model monitoring for drift and accuracy',
    'an experiment tracking workflow for the scientists',
    'a real-time scoring service',
    'a labeling workflow for new training data',
  ],
  frontend: [
    'the customer dashboard',
    'a shared component library',
    'an accessible checkout flow',
    'offline support for field staff',
    'the onboarding wizard',
    'end-to-end tests for the main user journeys',
  ],
};

export const CHALLENGES = [
  ['Late and incomplete data', 'Addressed by adding retries, validation and alerting with {tools}'],
  ['Slow queries under peak load', 'Resolved by partitioning the largest tables and tuning {tools}'],
  ['Inconsistent environments', 'Standardized every environment with {tools}'],
  ['Security and compliance concerns', 'Enforced encryption and access reviews through {tools}'],
  ['Frequent deployment failures', 'Introduced staged rollouts and automated checks with {tools}'],
  ['Growing infrastructure costs', 'Right-sized workloads and scheduled idle capacity off using {tools}'],
  ['Poor visibility into failures', 'Added dashboards, tracing and paging with {tools}'],
] as const;

export const CONTRIBUTIONS = [
  [
    'Platform Modernization',
    'Led the redesign of the platform around {tools}, which removed most manual steps and shortened delivery times.',
  ],
  [
    'Reliability Engineering',
    'Raised availability by introducing health checks, runbooks and automated recovery built on {tools}.',
  ],
  [
    'Cost Optimization',
    'Reduced monthly spend by consolidating workloads onto {tools} and retiring unused capacity.',
  ],
  [
    'Delivery Automation',
    'Automated testing and releases with {tools}, so every change reached production the same day.',
  ],
  ['Data Quality Program', 'Established ownership, checks and alerting for critical datasets using {tools}.'],
  [
    'Mentoring and Standards',
    'Wrote the engineering standards and coached new engineers on {tools} and code review practices.',
  ],
] as const;

export const FAILURES = [
  'Encountered a data loss issue during a release because a job in {tools} overwrote a partition that was still being read.',
  'Experienced a long outage when {tools} ran out of capacity during an unexpected traffic spike.',
  'Saw corrupted records reach the reports after a schema change in {tools} was deployed without a backfill.',
  'Faced cascading timeouts when a slow dependency blocked every worker in {tools}.',
] as const;

export const CAUSES = [
  'The root cause was a missing guard in the deployment process, which allowed two versions to write at the same time.',
  'The issue was caused by a misconfigured limit that nobody had revisited since the first launch.',
  'The failure came from an untested edge case in the retry logic, which multiplied the load instead of reducing it.',
] as const;

export const RECTIFICATIONS = [
  'Resolved by restoring from backups, adding idempotent writes, and setting up alarms in {tools}.',
  'Fixed by adding back-pressure, raising the limits, and monitoring the queue depth with {tools}.',
  'Rectified by rolling back, writing a backfill job, and adding contract tests that run in {tools}.',
] as const;

export const LEARNINGS = [
  'The importance of rehearsing releases and watching the right signals before and after every change.',
  'Limits and alerts need owners, and every assumption in a runbook should be tested regularly.',
  'Small, reversible changes and clear ownership prevent most incidents from reaching customers.',
] as const;

export const MEETINGS = [
  'Weekly stand-ups involved the entire team to discuss progress, blockers, and plans. Bi-weekly sprint planning and retrospectives included stakeholders to align priorities. I ran the scrum meetings by keeping them short and tracking action items.',
  'Daily stand-ups kept the engineers aligned, and a weekly review with product and operations covered upcoming releases and risks. I facilitated the meetings and made sure every blocker had an owner.',
] as const;

export const SUMMARIES = [
  'I led the modernization of the {domain} platform and delivered a faster, more reliable system built on {tools}.',
  'I combined hands-on engineering with leadership to move {domain} onto {tools}, improving reliability and cutting costs.',
  'I shaped the architecture of {domain} around {tools} and left the team with clear standards and automated releases.',
] as const;
