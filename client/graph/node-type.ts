import type { NodeType } from '../../contract/graphql.js';

const PREFIXES: Record<string, NodeType> = {
  person: 'PERSON',
  job: 'JOB',
  company: 'COMPANY',
  tool: 'TOOL',
  category: 'CATEGORY',
  challenge: 'CHALLENGE',
  incident: 'INCIDENT',
};

/**
 * The type of a node from its id. Ids are the API's stable domain keys ("tool:apache-kafka", "job:me:1"), whose
 * prefix names the type; used for a deep-linked focus that is not drawn yet.
 */
export function typeOfId(id: string): NodeType | null {
  return PREFIXES[id.slice(0, id.indexOf(':'))] ?? null;
}
