/**
 * What a folder of src/ imports, for the boundary tests beside each folder: the folders of
 * ours it reaches (relative imports, resolved) and the packages it names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** Chat SDKs, database drivers, model clients and the logger library: adapters/ only. */
export const SDKS = /^(@slack\/|discord\.js|openai|@langchain\/openai|pg$|@electric-sql\/|pino)/;
/** Search-index libraries: retrieval/ (and adapters/) only. */
export const INDEX_LIBRARIES = /^(minisearch|hnswlib-node|langchain|@langchain\/(core|community))/;

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [join(directory, entry.name)] : [],
  );
}

export interface ImportSite {
  file: string;
  specifier: string;
  /** For relative imports: the top folder of src/ it reaches (`domain`...), or `../evals` etc. outside src/. */
  folder: string | null;
}

export function importsOf(folder: string): ImportSite[] {
  const sites: ImportSite[] = [];
  for (const file of filesUnder(join(SRC, folder))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)) {
      const specifier = match[1]!;
      let reached: string | null = null;
      if (specifier.startsWith('.')) {
        const target = relative(SRC, resolve(dirname(file), specifier));
        reached = target.startsWith('..') ? relative(ROOT, resolve(dirname(file), specifier)).split('/')[0]! : target.split('/')[0]!;
      }
      sites.push({ file: relative(ROOT, file), specifier, folder: reached });
    }
  }
  return sites;
}

/** Imports of `folder` that reach a folder of ours not in `allowed`, or a package matching `packages`. */
export function violations(folder: string, allowed: string[], packages: RegExp[] = [SDKS, INDEX_LIBRARIES]): string[] {
  return importsOf(folder)
    .filter((site) => (site.folder !== null ? !allowed.includes(site.folder) && site.folder !== folder : packages.some((p) => p.test(site.specifier))))
    .map((site) => `${site.file} imports ${site.specifier}`);
}
