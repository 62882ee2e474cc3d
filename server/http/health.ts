import type { Request, Response } from 'express';
import type { Database } from '../../db/database.js';

/**
 * GET /health: 200 with the database status when Neo4j answers, 503 when it does not. Answers within about 1.5 s
 * either way, so load balancers and the explorer's status banner can poll it. In production the database's address
 * and the driver's error text stay in the server log, not in the answer.
 */
export function healthHandler(db: Database, describe: string, production: boolean) {
  return async (_req: Request, res: Response) => {
    const ping = await db.ping();
    res.status(ping.up ? 200 : 503).json({
      status: ping.up ? 'ok' : 'unavailable',
      database: {
        up: ping.up,
        name: db.name,
        ...(production ? {} : { server: describe }),
        ...(ping.version ? { version: ping.version } : {}),
        ...(ping.error ? { error: production ? 'not reachable' : ping.error } : {}),
      },
    });
  };
}
