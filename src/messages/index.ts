/**
 * The wording catalogue: `messagesFor(lang)` gives every sentence in that language. Formatters
 * that need the office take it from `knowledge/office.yaml` (through the caller).
 */
import type { Lang } from '../domain/types.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';
import type { Messages } from './messages.ts';

const CATALOGUE: Record<Lang, Messages> = { en, ja };

export function messagesFor(lang: Lang): Messages {
  return CATALOGUE[lang];
}

export type { Messages } from './messages.ts';

/** A yes to a y/N question on the terminal, in either language. */
export const CONFIRM_YES = /^(y|yes|はい)$/i;
