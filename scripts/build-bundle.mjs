#!/usr/bin/env node
/* global URL, console */
// The second half of `npm run build` (after tsc): dist/desk.cjs, the whole `desk` command in
// one CommonJS file, which bin/desk.js runs with a V8 code cache. Loading ~180 ES modules (95
// of them zod's) was most of what `desk ask` cost once the TypeScript was compiled (issue 16);
// one script whose compiled code is read back from the cache costs a fraction of that.
//
// - Bundled: our sources and the packages a question needs (BUNDLED). Every other package
//   stays external and is required from node_modules when a command first uses it, as before:
//   chat SDKs, drivers and model clients locate native addons, WASM files and workers from
//   their own paths, which a bundle would break.
// - `import.meta.url` in a source file becomes the URL of that file's tsc twin under dist/, so
//   every path a module computes from its own location (the eval harness, the knowledge
//   cache's key, prompts, console assets) is the same as when dist/src/app/main.js runs.
// - Files tsc does not emit (the staff console's browser scripts) are copied into dist/ too.
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--out-dir DIR`: beside a `tsc -p tsconfig.build.json --outDir DIR` (the build test's copy).
const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
const dist = values['out-dir'] ? resolve(values['out-dir']) : join(root, 'dist');

/** Packages a `desk ask` loads: small, pure JavaScript, nothing read from their own folder. */
const BUNDLED = new Set(['zod', 'minisearch', '@holiday-jp/holiday_jp']);

const packageName = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

/** Keeps every package outside BUNDLED (and node: built-ins) out of the bundle. */
const externalPackages = {
  name: 'external-packages',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      if (BUNDLED.has(packageName(args.path))) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/** `import.meta.url` / `.dirname` of a source file: its compiled twin's, relative to dist/. */
const moduleLocation = {
  name: 'module-location',
  setup(context) {
    context.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const twin = relative(root, args.path).replace(/\.ts$/, '.js');
      const file = `require("node:path").join(__dirname, ${JSON.stringify(twin)})`;
      const contents = readFileSync(args.path, 'utf8')
        .replaceAll('import.meta.url', `require("node:url").pathToFileURL(${file}).href`)
        .replaceAll('import.meta.dirname', `require("node:path").dirname(${file})`);
      return { contents, loader: 'ts' };
    });
  },
};

await build({
  entryPoints: [join(root, 'src', 'app', 'main.ts')],
  outfile: join(dist, 'desk.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // import() becomes require(): a vm.Script (how bin/desk.js hands V8 the code cache) has no
  // module loader of its own on Node 20 without an experimental flag. Every package and the
  // eval harness it loads this way is CommonJS or synchronous ESM, which require() loads.
  supported: { 'dynamic-import': false },
  // main.ts starts itself only when it is the process's entry file; bin/desk.js starts this.
  define: { DESK_BUNDLE: 'true' },
  sourcemap: 'linked',
  // Readable stack traces: the code cache, not minification, is what makes it load fast.
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [externalPackages, moduleLocation],
});

/** Browser scripts and other non-TypeScript files under src/ that the server reads at run time. */
function copyAssets(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (!entry.isDirectory()) continue;
    if (entry.name === 'assets') {
      const target = join(dist, relative(root, path));
      cpSync(path, target, { recursive: true });
    } else copyAssets(path);
  }
}
copyAssets(join(root, 'src'));
const bundle = join(dist, 'desk.cjs');
console.log(`built ${relative(root, bundle)} (${Math.round(statSync(bundle).size / 1024)} kB)`);
