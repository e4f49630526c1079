/**
 * The console's scripts: its own two small files and Chart.js' UMD build from node_modules
 * (no CDN: the console must work offline). Served only with a session, like all of /staff.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { ConsoleEnv } from '../console-context.ts';

const here = dirname(fileURLToPath(import.meta.url));
const chartDir = dirname(createRequire(import.meta.url).resolve('chart.js'));

const FILES: Record<string, string> = {
  'console.js': join(here, '..', 'assets', 'console.js'),
  'numbers.js': join(here, '..', 'assets', 'numbers.js'),
  'chart.umd.min.js': join(chartDir, 'chart.umd.min.js'),
};

export function assetRoutes(): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const cache = new Map<string, string>();
  app.get('/assets/:name', (c) => {
    const path = FILES[c.req.param('name')];
    if (!path) return c.notFound();
    if (!cache.has(path)) cache.set(path, readFileSync(path, 'utf8'));
    return c.body(cache.get(path)!, 200, { 'content-type': 'text/javascript; charset=utf-8' });
  });
  return app;
}
