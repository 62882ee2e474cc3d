import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSetupError } from '../errors.js';
import type { InstanceDirs } from './conf.js';

const PASSWORD_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A password of letters and digits (143 bits). base64url could begin with "-", which neo4j-admin read as an option
 * ("Missing required parameter: '<password>'"), so one fresh install in 64 could not start.
 */
export function generatePassword(length = 24): string {
  let out = '';
  for (let i = 0; i < length; i++) out += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
  return out;
}

/**
 * Sets the neo4j user's password before the first start, as Neo4j requires. The password reaches neo4j-admin in an
 * argument file (picocli's `@file`), never on a command line where `ps` would show it, and after `--`, so nothing in
 * it is read as an option.
 */
export function setInitialPassword(java: string, lib: string, dirs: InstanceDirs, password: string): void {
  const argsFile = join(dirs.run, 'initial-password.args');
  writeFileSync(argsFile, `--\n${password}\n`, { mode: 0o600 });
  let result: ReturnType<typeof spawnSync>;
  try {
    result = spawnSync(
      java,
      [
        '-cp',
        `${lib}/*`,
        'org.neo4j.server.startup.Neo4jAdminCommand',
        'dbms',
        'set-initial-password',
        `@${argsFile}`,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, NEO4J_HOME: dirs.root, NEO4J_CONF: dirs.conf },
        timeout: 120_000,
      },
    );
  } finally {
    rmSync(argsFile, { force: true });
  }
  if (result.status !== 0) {
    throw new DatabaseSetupError(
      `neo4j-admin set-initial-password failed:\n${String(result.stderr)}${String(result.stdout)}`,
    );
  }
}
