/**
 * Child-process measurements for the benchmarks: CPU time (user + system, every thread) and
 * peak RSS of a Node command, from a preload that writes process.resourceUsage() at exit
 * (microseconds; GNU time's 10 ms resolution is too coarse for `node -e 0`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface Usage {
  cpuMs: number;
  maxRssMb: number;
  wallMs: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

const PRELOAD = resolve('bench/lib/rusage-preload.mjs');

/** `command` must be node (the preload goes in NODE_OPTIONS). */
export async function measureCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<Usage> {
  const folder = mkdtempSync(join(tmpdir(), 'desk-usage-'));
  const report = join(folder, 'usage');
  const started = performance.now();
  const child = spawn(command, args, {
    env: {
      ...env,
      NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import ${PRELOAD}`.trim(),
      DESK_USAGE_FILE: report,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = performance.now() - started;
  const text = existsSync(report) ? readFileSync(report, 'utf8') : '';
  rmSync(folder, { recursive: true, force: true });
  const usage = JSON.parse(text || '{"userCPUTime":0,"systemCPUTime":0,"maxRSS":0}') as {
    userCPUTime: number;
    systemCPUTime: number;
    maxRSS: number;
  };
  return {
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    maxRssMb: usage.maxRSS / 1024,
    wallMs,
    code,
    stdout,
    stderr,
  };
}

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** NaN when there is nothing to rank (no answer came: the report says so instead of failing). */
export const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
};

/** RSS and peak RSS (VmHWM) of a running process, from /proc. */
export function processMemory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) / 1024;
  return { rssMb: field('VmRSS'), peakMb: field('VmHWM') };
}
