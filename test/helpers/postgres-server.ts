/**
 * A PostgreSQL server of a test's own, on a temporary directory and a free loopback port, that
 * the test can stop and start again (an outage). Needs Debian's postgresql binaries; when they
 * are absent `startOwnPostgres` returns null and the test says it is skipped.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './slack-requests.ts';

export interface OwnPostgres {
  url: string;
  stop(): void;
  start(): void;
  destroy(): void;
}

export function postgresBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(a) - Number(b));
  const bin = versions.length > 0 ? join(root, versions.at(-1)!, 'bin') : null;
  return bin && existsSync(join(bin, 'pg_ctl')) ? bin : null;
}

export async function startOwnPostgres(): Promise<OwnPostgres | null> {
  const bin = postgresBinaries();
  if (!bin) return null;
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'desk-own-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: the server runs as the postgres user then.
  const run = (command: string, args: string[]) => {
    if (!asRoot) return execFileSync(join(bin, command), args, { stdio: 'pipe' });
    const line = [join(bin, command), ...args]
      .map((a) => `'${a.replaceAll("'", "'\\''")}'`)
      .join(' ');
    return execFileSync('su', ['postgres', '-s', '/bin/bash', '-c', line], { stdio: 'pipe' });
  };
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), 0);
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust']);
  const start = () =>
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-o',
      `-h 127.0.0.1 -p ${port} -k ${dir}`,
      '-w',
      'start',
    ]);
  start();
  run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'desk_outage']);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/desk_outage`,
    stop: () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    start,
    destroy: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
