import type { Request, Response } from 'express';
import type { Database } from '../../db/database.js';
import type { SupervisorStatus } from '../../db/local/supervisor.js';
import type { Recovery } from './recovery.js';

/**
 * GET /health: 200 with the database status when Neo4j answers, 503 when it does not. Answers within about 1.5 s
 * either way, so load balancers and the explorer's status banner can poll it. In production the database's address
 * and the driver's error text stay in the server log, not in the answer.
 *
 * When this process runs and supervises the local Neo4j, `neo4j` says how that JVM is doing: `running`, or
 * `restarting` and then `warming` after it died (with how it ended and the restarts so far), so an outage explains
 * itself. After any outage long enough to be a restart, the status is `starting` (503) while the queries warm.
 */
export function healthHandler(
  db: Database,
  describe: string,
  production: boolean,
  neo4jStatus: () => SupervisorStatus | undefined = () => undefined,
  recovery?: Recovery,
) {
  return async (_req: Request, res: Response) => {
    const ping = await db.ping();
    // What the health check sees also tells the recovery watcher: an outage begins, or ends (and warming starts).
    if (ping.up) recovery?.available();
    else recovery?.unavailable();
    const local = neo4jStatus();
    // Up, but still warming after a restart: the API answers 503 until it is done, so /health does too.
    const ready = ping.up && local?.state !== 'warming' && recovery?.state !== 'warming';
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ok' : ping.up ? 'starting' : 'unavailable',
      database: {
        up: ping.up,
        name: db.name,
        ...(production ? {} : { server: describe }),
        ...(ping.version ? { version: ping.version } : {}),
        ...(ping.error ? { error: production ? 'not reachable' : ping.error } : {}),
      },
      ...(local
        ? {
            neo4j: {
              state: local.state,
              restarts: local.restarts,
              ...(local.lastExit ? { lastExit: local.lastExit } : {}),
              ...(local.lastError && !production ? { lastError: local.lastError } : {}),
            },
          }
        : {}),
    });
  };
}
