import { timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { API_ERRORS, type ErrorCode } from '../../contract/errors.js';
import type { CorrectionList, DocumentLoad } from '../../contract/writes.js';
import type { Database } from '../../db/database.js';
import { addCorrection, listCorrections, loadPeople, removeCorrection, SeedError } from '../../seed/index.js';
import type { Config } from '../config.js';
import type { TaxonomyHolder } from '../taxonomy.js';
import { extractUpload, previewOf } from './documents.js';
import { hostOf } from './security.js';

const fail = (res: Response, code: ErrorCode, message: string): void => {
  res.status(API_ERRORS[code]).json({ errors: [{ message, extensions: { code } }] });
};

const uploadSchema = z
  .object({
    name: z.string().min(1).max(300),
    content: z.string(),
    person: z.string().min(1).max(200).optional(),
  })
  .strict();

const toolId = z.string().regex(/^(?:tool:)?[a-z0-9][a-z0-9-]*$/, 'a tool id such as "tool:swift"');
const correctionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('wrong-match'), toolId, sentence: z.string().trim().min(1).max(5000) }).strict(),
  z.object({ kind: z.literal('alias'), toolId, alias: z.string().trim().min(1).max(100) }).strict(),
  z
    .object({
      kind: z.literal('tool'),
      name: z.string().trim().min(1).max(100),
      category: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a category id such as "streaming"'),
      aliases: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
    })
    .strict(),
]);

const NOTE =
  'Corrections apply to documents loaded after them: load your document again to see them in the graph.';

/**
 * Only this server's own pages may write. A browser sends Origin with every POST and DELETE; another site's is
 * refused. Requiring JSON also keeps out the "simple" cross-site form posts browsers send without asking.
 */
function sameSite(allowedHosts: string[]) {
  const hosts = new Set(allowedHosts);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    if (origin !== undefined) {
      let host: string | undefined;
      try {
        host = hostOf(new URL(origin).host);
      } catch {
        host = undefined;
      }
      if (!host || !(hosts.has(host) || hosts.has('*'))) {
        fail(
          res,
          'CROSS_SITE_REQUEST',
          `Writes are accepted from this server's own pages only, not from ${origin.slice(0, 100)}.`,
        );
        return;
      }
    }
    if (req.method === 'POST' && !req.is('application/json')) {
      fail(res, 'CROSS_SITE_REQUEST', 'Send writes as JSON (Content-Type: application/json).');
      return;
    }
    next();
  };
}

/** Writes are off beyond loopback without a token; with a token, every write carries it. */
function allowed(config: Config['writes'], host: string) {
  const token = config.token ? Buffer.from(config.token) : undefined;
  return (req: Request, res: Response, next: NextFunction) => {
    if (!config.enabled) {
      fail(
        res,
        'WRITES_DISABLED',
        `Uploads and corrections are off: this server listens on ${host}, beyond this machine. Set SKILLGRAPH_WRITE_TOKEN to allow them with a token.`,
      );
      return;
    }
    if (token) {
      const given = Buffer.from(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
      if (given.length !== token.length || !timingSafeEqual(given, token)) {
        fail(
          res,
          'UNAUTHORIZED',
          'This server takes writes with its token only: send Authorization: Bearer <SKILLGRAPH_WRITE_TOKEN>.',
        );
        return;
      }
    }
    next();
  };
}

/** One write at a time: two loads, or a load and a correction, never interleave. */
function serial() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Runs a route; the seeder's refusals become 4xx answers with its `file:line` message, anything else goes on. */
const handle =
  (work: (req: Request, res: Response) => Promise<unknown> | unknown) =>
  async (req: Request, res: Response, next: NextFunction) => {
    try {
      await work(req, res);
    } catch (error) {
      if (!(error instanceof SeedError)) return next(error);
      const code: ErrorCode = error.code === 'INVALID_TAXONOMY' ? 'BAD_USER_INPUT' : 'INVALID_DOCUMENT';
      fail(res, code, error.format());
    }
  };

/**
 * The write API: preview and load an uploaded document, list, add and revert taxonomy corrections. Everything a load
 * does is the seeder's own work (the same extraction, limits and atomic replacing load as `skillgraph seed`); a
 * failure changes nothing.
 */
export function writeRoutes(options: {
  db: Database;
  config: Config;
  taxonomy: TaxonomyHolder;
  log: (line: string) => void;
}): Router {
  const { db, config, taxonomy, log } = options;
  const router = Router();
  const once = serial();
  router.use(allowed(config.writes, config.http.host), sameSite(config.http.allowedHosts));
  router.use(express.json({ limit: config.writes.maxUpload }));

  const upload = (req: Request, res: Response) => {
    const parsed = uploadSchema.safeParse(req.body);
    if (!parsed.success) {
      fail(
        res,
        'BAD_USER_INPUT',
        `Expected {name, content}: ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
      );
      return undefined;
    }
    return parsed.data;
  };

  router.post(
    '/documents/preview',
    handle(async (req, res) => {
      const body = upload(req, res);
      if (!body) return;
      const t = taxonomy.taxonomy;
      const { file, bytes, people } = await extractUpload(body.name, body.content, t, body.person);
      res.json(previewOf(file, bytes, people, t));
    }),
  );

  router.post(
    '/documents/load',
    handle(async (req, res) => {
      const body = upload(req, res);
      if (!body) return;
      const answer = await once(async (): Promise<DocumentLoad> => {
        const t = taxonomy.taxonomy;
        const { file, bytes, people } = await extractUpload(body.name, body.content, t, body.person);
        const load = await loadPeople(db, people, t);
        const summary = `Loaded ${people.map((p) => p.person.name).join(', ')}: ${load.jobs} jobs, ${load.tools} tools, ${load.evidence} evidence sentences (${load.nodesCreated} nodes created, ${load.nodesDeleted} replaced) in ${(load.ms / 1000).toFixed(1)} s.`;
        log(`upload: ${summary}`);
        return {
          ...previewOf(file, bytes, people, t),
          summary,
          nodesCreated: load.nodesCreated,
          relationshipsCreated: load.relationshipsCreated,
          nodesDeleted: load.nodesDeleted,
        };
      });
      res.json(answer);
    }),
  );

  const list = (): CorrectionList => ({
    file: taxonomy.userFile,
    corrections: listCorrections(taxonomy.userFile, taxonomy.builtin),
    note: NOTE,
  });

  router.get(
    '/corrections',
    handle((_req, res) => {
      res.json(list());
    }),
  );

  router.post(
    '/corrections',
    handle(async (req, res) => {
      const parsed = correctionSchema.safeParse(req.body);
      if (!parsed.success) {
        fail(
          res,
          'BAD_USER_INPUT',
          `Not a correction: ${parsed.error.issues[0]?.path.join('.') || 'body'}: ${parsed.error.issues[0]?.message}.`,
        );
        return;
      }
      const stored = await once(async () => {
        const c = addCorrection(taxonomy.userFile, parsed.data, taxonomy.builtin);
        taxonomy.reload();
        return c;
      });
      log(`correction added: ${stored.id}`);
      res.status(201).json({ ...list(), added: stored });
    }),
  );

  router.delete(
    '/corrections/:id',
    handle(async (req, res) => {
      const id = String(req.params.id ?? '');
      const removed = await once(async () => {
        const done = removeCorrection(taxonomy.userFile, id, taxonomy.builtin);
        if (done) taxonomy.reload();
        return done;
      });
      if (!removed) {
        fail(res, 'NOT_FOUND', `No correction has the id "${id.slice(0, 200)}".`);
        return;
      }
      log(`correction reverted: ${id}`);
      res.json(list());
    }),
  );

  return router;
}
