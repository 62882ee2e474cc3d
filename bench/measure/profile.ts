import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { toParams } from '../../db/values.js';
import type { CapturedQuery } from './capture.js';

export interface PlanNode {
  operator: string;
  details?: string;
  rows: number;
  dbHits: number;
  children?: PlanNode[];
}

export interface QueryProfile {
  dbHits: number;
  rows: number;
  /** Server-side time to the first record plus time to consume all, in ms. */
  serverMs: number;
  plan: PlanNode;
}

function toNumber(value: unknown): number {
  return neo4j.isInt(value) ? (value as neo4j.Integer).toNumber() : Number(value ?? 0);
}

function compact(plan: ProfiledPlan): PlanNode {
  const details = plan.arguments?.Details;
  const node: PlanNode = {
    operator: plan.operatorType.replace(/@neo4j$/, ''),
    rows: toNumber(plan.rows),
    dbHits: toNumber(plan.dbHits),
  };
  if (details) node.details = String(details).slice(0, 300);
  if (plan.children.length > 0) node.children = plan.children.map(compact);
  return node;
}

function totalHits(plan: PlanNode): number {
  return plan.dbHits + (plan.children ?? []).reduce((n, c) => n + totalHits(c), 0);
}

/** Runs the query under PROFILE (once, after the latency runs warmed the caches) and keeps the plan's numbers. */
export async function profileQuery(
  driver: Driver,
  database: string,
  captured: CapturedQuery,
): Promise<QueryProfile> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE ${captured.cypher}`, toParams(captured.params), {
      timeout: 30_000,
    });
    const summary = result.summary;
    const profile = summary.profile;
    if (!profile) throw new Error('no profile returned');
    const plan = compact(profile);
    return {
      dbHits: totalHits(plan),
      rows: result.records.length,
      serverMs: toNumber(summary.resultAvailableAfter) + toNumber(summary.resultConsumedAfter),
      plan,
    };
  } finally {
    await session.close();
  }
}
