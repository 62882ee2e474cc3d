import { execute, type GraphQLSchema, parse, validate } from 'graphql';
import { Database, type Row } from '../../db/database.js';
import { fieldResolver } from '../../server/graphql/resolvers.js';
import { createSchema } from '../../server/graphql/schema.js';
import type { Operation } from './operations.js';

/** The Cypher and parameters Skillgraph runs for one operation: what the driver-only measurement replays. */
export interface CapturedQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** A Database that remembers every read it is asked for, then runs it. */
class RecordingDatabase extends Database {
  readonly recorded: CapturedQuery[] = [];

  override async read<T extends Row = Row>(
    cypher: string,
    params: Record<string, unknown> = {},
    timeoutMs?: number,
  ): Promise<T[]> {
    this.recorded.push({ cypher, params });
    return super.read<T>(cypher, params, timeoutMs);
  }
}

/**
 * Runs each operation once through Skillgraph's own schema and resolvers, in process, with a driver that records
 * what it is asked to run: the exact Cypher (compiled from the selection) and parameters the server sends for it.
 * Also checks the design rule the bench depends on: one Cypher query per operation.
 */
export async function captureCypher(
  operations: Operation[],
  connection: { uri: string; user: string; password: string; database: string },
): Promise<Map<string, CapturedQuery>> {
  const schema: GraphQLSchema = createSchema();
  const db = new RecordingDatabase({ ...connection, queryTimeoutMs: 20_000 });
  const out = new Map<string, CapturedQuery>();
  try {
    for (const op of operations) {
      const document = parse(op.query);
      const invalid = validate(schema, document);
      if (invalid.length > 0) throw new Error(`${op.name}: ${invalid.map((e) => e.message).join('; ')}`);
      db.recorded.length = 0;
      const result = await execute({
        schema,
        document,
        variableValues: op.variables,
        contextValue: {
          read: (cypher: string, params: Record<string, unknown>) => db.read(cypher, params),
          queryTimeoutMs: 20_000,
        },
        fieldResolver,
      });
      // A query that fails or times out (a slow one at L) still has its Cypher recorded: the bench measures it anyway.
      if (result.errors?.length && db.recorded.length !== 1)
        throw new Error(`${op.name}: ${result.errors.map((e) => e.message).join('; ')}`);
      if (db.recorded.length !== 1)
        throw new Error(`${op.name} ran ${db.recorded.length} Cypher queries, not one`);
      out.set(op.name, db.recorded[0] as CapturedQuery);
    }
  } finally {
    await db.close();
  }
  return out;
}

/** The Query fields of Skillgraph's schema: the contract every operation list must cover. */
export function contractFields(): string[] {
  return Object.keys(createSchema().getQueryType()?.getFields() ?? {});
}
