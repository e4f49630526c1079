import type { Lang } from '../domain/types.ts';

const JAPANESE = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uFF66-\uFF9F]/g;
const KANA = /[\u3040-\u30FF]/;
const LATIN = /[A-Za-z]/g;

/**
 * The question's language decides the answer's. A Japanese character carries about a word,
 * so it counts three times a Latin letter: "TOEIC450で行ける協定校は？" is Japanese, while
 * "Which partners in 台湾 take TOEIC?" is English.
 */
export function detectLanguage(text: string): Lang {
  const japanese = (text.match(JAPANESE) ?? []).length;
  const latin = (text.match(LATIN) ?? []).length;
  if (japanese === 0) return 'en';
  if (KANA.test(text) && japanese >= 2 && japanese * 3 >= latin * 0.6) return 'ja';
  return japanese * 3 >= latin ? 'ja' : 'en';
}
