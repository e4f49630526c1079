#!/usr/bin/env node
/* global URL */
// Runs the compiled JavaScript (built by `npm run build`, which npm's `prepare` runs on
// install): compiling the TypeScript at every start cost seconds a command (issue 16).
// - dist/desk.cjs, the whole command in one file, with V8's compiled code cached per command
//   under dist/code-cache/ (loading ~180 ES modules was most of a `desk ask`);
// - else dist/src/app/main.js, what tsc emitted (a build without the bundle);
// - when dist/ is missing or older than the sources (a checkout being edited), the sources
//   through tsx, so `desk` never runs stale code.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = join(root, 'dist', 'src', 'app', 'main.js');
const bundle = join(root, 'dist', 'desk.cjs');
const codeCacheDir = join(root, 'dist', 'code-cache');
/** Each command compiles a different part of the bundle, so each keeps its own cache. */
const COMMANDS = new Set(
  'ask chat start serve index knowledge cases feedback stats staff worker doctor eval'.split(' '),
);

function newestSource(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    // Tests are not compiled into dist/: editing one leaves it current (and a stat each
    // was a noticeable share of a start).
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
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

/**
 * Runs dist/desk.cjs as Node runs a CommonJS file, but through vm.Script so V8's code cache
 * can be handed in: with it, the bundle's functions are read back compiled instead of parsed
 * and compiled again. The cache file is named after the bundle's size and build time (V8
 * itself checks little more than the source length); a missing or rejected cache is written
 * after the command, when it holds every function the command compiled. A read-only dist/
 * only costs the compile.
 */
async function runBundle(args) {
  const built = statSync(bundle);
  const command = COMMANDS.has(args[0]) ? args[0] : 'other';
  const prefix = `${command}-`;
  const cacheFile = join(codeCacheDir, `${prefix}${built.size}-${Math.trunc(built.mtimeMs)}.bin`);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`;
  const script = new vm.Script(wrapped, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const code = await module.exports.main(args);
  if (!cachedData || script.cachedDataRejected) {
    try {
      mkdirSync(codeCacheDir, { recursive: true });
      for (const old of readdirSync(codeCacheDir))
        if (old.startsWith(prefix)) rmSync(join(codeCacheDir, old), { force: true });
      const staging = `${cacheFile}.${process.pid}`;
      writeFileSync(staging, script.createCachedData());
      renameSync(staging, cacheFile); // whole or not at all, for a concurrent reader
    } catch {
      // Not writable: the next run compiles again.
    }
  }
  return code;
}

// Settings may live in ./.env (see .env.example); the real environment wins over the file.
if (existsSync('.env')) process.loadEnvFile('.env');
const args = process.argv.slice(2);
const current = compiledIsCurrent();
// tsc alone (without the bundle step) leaves an older bundle behind: main.js is then newer.
if (current && existsSync(bundle) && statSync(bundle).mtimeMs >= statSync(compiled).mtimeMs)
  process.exitCode = await runBundle(args);
else {
  let entry = compiled;
  if (!current) {
    const { register } = await import('tsx/esm/api');
    register();
    entry = join(root, 'src', 'app', 'main.ts');
  }
  const { main } = await import(entry);
  process.exitCode = await main(args);
}
