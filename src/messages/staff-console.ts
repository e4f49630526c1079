/**
 * Every sentence staff read in the web console (src/staff/console), by language: the English
 * (staff-console-en.ts) and Japanese (staff-console-ja.ts) catalogues have the same keys, and
 * the console reads them only through `WORDS[lang]`.
 */
import { en, type Words } from './staff-console-en.ts';
import { ja } from './staff-console-ja.ts';

export const WORDS: Record<'ja' | 'en', Words> = { en, ja };
export type { Words };

/** The console's language for a stored code: Japanese when it says so, otherwise English. */
export function consoleLang(code: string | null | undefined): 'ja' | 'en' {
  return code === 'ja' ? 'ja' : 'en';
}

/** The console's other language (the sign-in page offers it as a link). */
export { otherLang } from '../domain/types.ts';
