import type { Request, Response } from 'express';
import type { Database } from '../neo4j/database.js';

/**
 * GET /health: 200 with the database status when Neo4j answers, 503 when it does not. Answers within about 1.5 s
 * either way, so load balancers and the explorer's status banner can poll it.
 */
export function healthHandler(db: Database, describe: string) {
  return async (_req: Request, res: Response) => {
    const ping = await db.ping();
    res.status(ping.up ? 200 : 503).json({
      status: ping.up ? 'ok' : 'unavailable',
      database: {
        up: ping.up,
        name: db.name,
        server: describe,
        ...(ping.version ? { version: ping.version } : {}),
        ...(ping.error ? { error: ping.error } : {}),
      },
    });
  };
}
