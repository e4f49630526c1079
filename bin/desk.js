#!/usr/bin/env node
/* global URL */
// Runs the compiled JavaScript in dist/ (built by `npm run build`, which npm's `prepare` runs
// on install): compiling the TypeScript at every start cost seconds a command (issue 16).
// When dist/ is missing or older than the sources (a checkout being edited), it runs the
// sources through tsx instead, so `desk` never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = join(root, 'dist', 'src', 'app', 'main.js');

function newestSource(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function compiledIsCurrent() {
  if (!existsSync(compiled)) return false;
  const builtAt = statSync(compiled).mtimeMs;
  return ['src', 'evals'].every(
    (folder) => !existsSync(join(root, folder)) || newestSource(join(root, folder)) <= builtAt,
  );
}

// Settings may live in ./.env (see .env.example); the real environment wins over the file.
if (existsSync('.env')) process.loadEnvFile('.env');
let entry = compiled;
if (!compiledIsCurrent()) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = join(root, 'src', 'app', 'main.ts');
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
