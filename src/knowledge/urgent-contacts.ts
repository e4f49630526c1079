/**
 * The urgent-contacts block for a student abroad in an emergency (a lost passport, an
 * accident): what `knowledge/office.yaml` holds, in the student's language, given first in an
 * emergency handover whatever the hour. A 24-hour line appears only when the office has
 * entered one; until then the block says there is none rather than leaving a gap to guess.
 */
import type { OfficeFile, UrgentContact } from './schema.ts';

type Lang = 'ja' | 'en';

// Every sentence of the block, Japanese and English side by side (to move into src/messages/).
const TEXT = {
  heading: { ja: '【緊急連絡先】（時間に関係なく）', en: 'Urgent contacts (at any hour):' },
  line24: {
    ja: (label: string, phone: string) => `${label}（24時間）: ${phone}`,
    en: (label: string, phone: string) => `${label} (24 hours): ${phone}`,
  },
  line24Label: { ja: '留学生支援室 緊急電話', en: 'Study Abroad Support Office emergency line' },
  no24: {
    ja: '留学生支援室には24時間の緊急電話はありません。窓口時間外は、まず現地の日本大使館・総領事館に連絡し、留学生支援室にもメールしてください。',
    en: 'The office has no 24-hour telephone line. Outside office hours, contact the Japanese embassy or consulate where you are first, and e-mail the office too.',
  },
} as const;

function contactLine(contact: UrgentContact, lang: Lang): string {
  const ways = [contact.phone, contact.email, contact.url].filter((w): w is string => w !== null).join(', ');
  const hours = contact.hours ? (lang === 'ja' ? `（${contact.hours.ja}）` : ` (${contact.hours.en})`) : '';
  const separator = lang === 'ja' ? '：' : ': ';
  return `・${contact.label[lang]}${separator}${ways}${hours}\n  ${contact.what[lang]}`;
}

/** The block's lines: the 24-hour line (or that there is none) first, then each contact. */
export function urgentContactLines(office: OfficeFile, lang: Lang): string[] {
  const { twentyFourHourLine, contacts } = office.urgentContacts;
  const first = twentyFourHourLine.phone
    ? `・${TEXT.line24[lang](twentyFourHourLine.label?.[lang] ?? TEXT.line24Label[lang], twentyFourHourLine.phone)}`
    : `・${TEXT.no24[lang]}`;
  return [TEXT.heading[lang], first, ...contacts.map((c) => contactLine(c, lang))];
}

export function urgentContactsBlock(office: OfficeFile, lang: Lang): string {
  return urgentContactLines(office, lang).join('\n');
}
