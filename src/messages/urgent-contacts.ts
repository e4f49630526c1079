/**
 * The urgent-contacts block for a student abroad in an emergency (a lost passport, an
 * accident): what `knowledge/office.yaml` holds, in the student's language, to be given first
 * in an emergency handover whatever the hour. A 24-hour line appears only when the office has
 * entered one; until then the block says there is none rather than leaving a gap to guess.
 */
import type { Lang } from '../domain/types.ts';
import type { OfficeFile, UrgentContact } from '../knowledge/office-schema.ts';
import { messagesFor } from './index.ts';

/** `compact`: the label and the ways to reach it only (a first message within the budget). */
function contactLine(contact: UrgentContact, lang: Lang, compact: boolean): string {
  const ways = [contact.phone, contact.email, contact.url].filter((w): w is string => w !== null);
  const m = messagesFor(lang);
  if (compact) return m.urgentContact(contact.label[lang], ways.join(', '), null, '').trimEnd();
  return m.urgentContact(
    contact.label[lang],
    ways.join(', '),
    contact.hours?.[lang] ?? null,
    contact.what[lang],
  );
}

/** The block's lines: the heading, the 24-hour line (or that there is none), then each contact. */
export function urgentContactLines(office: OfficeFile, lang: Lang, compact = false): string[] {
  const m = messagesFor(lang);
  const { twentyFourHourLine, contacts } = office.urgentContacts;
  // The line's name comes from office.yaml (the office words it); a neutral one otherwise.
  const label = twentyFourHourLine.label?.[lang] ?? m.urgentTwentyFourHourLabel;
  const first = twentyFourHourLine.phone
    ? m.urgentTwentyFourHour(label, twentyFourHourLine.phone)
    : m.urgentNoTwentyFourHour(label);
  return [m.urgentHeading, first, ...contacts.map((c) => contactLine(c, lang, compact))];
}

/** The urgent contacts as one block of text, for the emergency reply and the staff card. */
export function urgentContactsBlock(office: OfficeFile, lang: Lang, compact = false): string {
  return urgentContactLines(office, lang, compact).join('\n');
}
