/**
 * Turns the failures an operator can fix (a read-only, full, missing or foreign DATA_DIR; a
 * PostgreSQL server that does not answer, refuses the login or lacks the database) into one
 * sentence naming the setting and what to do. Anything else is not explained (null): it is a
 * bug, and keeps its stack trace.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { isDeskError } from '../domain/errors.ts';
import { operatorMessages as m } from '../messages/operator.ts';

interface SystemError {
  code?: string;
  path?: string;
  message?: string;
  errno?: number;
}

const inside = (path: string | undefined, dir: string) => {
  if (!path) return false;
  const full = resolve(path);
  const root = resolve(dir);
  return full === root || full.startsWith(`${root}/`) || root.startsWith(`${full}/`);
};

/**
 * What the file system says about writing in DATA_DIR (or its nearest existing parent):
 * Node's recursive mkdir reports ENOENT on a read-only disk, so the code is asked again.
 */
function probe(dir: string): string | null {
  let at = dir;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  try {
    accessSync(at, constants.W_OK);
    return null;
  } catch (error) {
    return (error as SystemError).code ?? null;
  }
}

/** Where a DATABASE_URL points, without its password. */
function where(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'not a URL';
  }
}

/** Walks the cause chain: a DeskError may wrap the system error. */
function causes(error: unknown): SystemError[] {
  const chain: SystemError[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    chain.push(current as SystemError);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

export function explainOperatorError(
  error: unknown,
  config: { dataDir: string; databaseUrl: string | null },
): string | null {
  if (isDeskError(error, 'STORE_LOCKED', 'CONFIG_INVALID', 'KNOWLEDGE_INVALID'))
    return error.message;
  const dataDir = isAbsolute(config.dataDir) ? config.dataDir : resolve(config.dataDir);
  for (const cause of causes(error)) {
    const code =
      cause.code === 'ENOENT' || cause.code === 'EACCES'
        ? inside(cause.path, dataDir)
          ? (probe(dataDir) ?? cause.code)
          : cause.code
        : cause.code;
    const message = cause.message ?? '';
    // PGlite reports a failed write from inside PostgreSQL, without a path.
    const fromEmbedded = !config.databaseUrl && /No space left on device|ENOSPC/.test(message);
    if (code === 'ENOSPC' || fromEmbedded) return m.dataDirFull(dataDir);
    if (
      inside(cause.path, dataDir) ||
      (!config.databaseUrl && /Read-only file system|EROFS/.test(message))
    ) {
      if (code === 'EROFS' || /Read-only file system/.test(message))
        return m.dataDirReadOnly(dataDir);
      if (code === 'EACCES' || code === 'EPERM') return m.dataDirNotWritable(dataDir);
      if (code === 'ENOENT') return m.dataDirMissing(dataDir);
      if (code === 'ENOTDIR' || code === 'EEXIST') return m.dataDirNotFolder(dataDir);
    }
    if (config.databaseUrl) {
      const at = where(config.databaseUrl);
      if (code === '28P01' || code === '28000') return m.databaseRefusedLogin(at);
      if (code === '3D000') return m.databaseMissing(at);
      if (
        code &&
        [
          'ECONNREFUSED',
          'ENOTFOUND',
          'EAI_AGAIN',
          'ETIMEDOUT',
          'EHOSTUNREACH',
          'ECONNRESET',
        ].includes(code)
      )
        return m.databaseUnreachable(at, code);
      if (/connection timeout|Connection terminated/i.test(message))
        return m.databaseUnreachable(at, message);
      if (code === 'ERR_INVALID_URL' || /Invalid URL|getaddrinfo .*undefined/.test(message))
        return m.databaseUrlInvalid();
    }
  }
  return null;
}
