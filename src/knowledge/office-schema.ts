/**
 * The shape of `knowledge/office.yaml`: the office's name, contacts, hours and closures, and
 * the urgent contacts a student abroad is given. Parsed strictly, like the rest of `knowledge/`.
 */
import { z } from 'zod';
import { AsOf, Bilingual, Curated, SourceRef } from './schema.ts';

const MonthDay = z.string().regex(/^\d{2}-\d{2}$/, 'MM-DD');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/**
 * A closure of the office besides weekends and public holidays. `yearly` repeats every year
 * (it may wrap the year end: 12-29 to 01-03); `dates` are the periods the office announces
 * year by year (the summer closure). Both are inclusive.
 */
export const OfficeClosure = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id'),
  name: Bilingual,
  yearly: z.strictObject({ from: MonthDay, to: MonthDay }).nullable().default(null),
  dates: z.array(z.strictObject({ from: IsoDate, to: IsoDate })).default([]),
  note: Bilingual.nullable().default(null),
});
export type OfficeClosure = z.infer<typeof OfficeClosure>;

/** The New Year closure of Japanese national universities, used when office.yaml names none. */
export const DEFAULT_CLOSURES: OfficeClosure[] = [
  {
    id: 'new-year',
    name: { ja: '年末年始', en: 'New Year holidays' },
    yearly: { from: '12-29', to: '01-03' },
    dates: [],
    note: null,
  },
];

const PhoneNumber = z.string().regex(/^\+?[\d ()-]{6,}$/, 'a telephone number (digits, spaces, +, -, parentheses)');

/** Someone a student abroad can reach in an emergency; at least one way to reach them. */
export const UrgentContact = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id'),
    label: Bilingual,
    /** What the contact is for, said to the student. */
    what: Bilingual,
    phone: PhoneNumber.nullable().default(null),
    url: z.string().url().nullable().default(null),
    email: z.string().email().nullable().default(null),
    hours: Bilingual.nullable().default(null),
    source: SourceRef,
  })
  .refine((c) => c.phone !== null || c.url !== null || c.email !== null, {
    message: 'an urgent contact needs a phone, a url or an email',
  });
export type UrgentContact = z.infer<typeof UrgentContact>;

export const UrgentContacts = z.strictObject({
  /**
   * The office's 24-hour emergency line. Null until the office gives one: the assistant never
   * makes a number up, and says there is none instead.
   */
  twentyFourHourLine: z.strictObject({ phone: PhoneNumber.nullable(), label: Bilingual.nullable() }),
  contacts: z.array(UrgentContact).min(1),
});
export type UrgentContacts = z.infer<typeof UrgentContacts>;

export const OfficeFile = z.strictObject({
  name: Bilingual,
  place: Bilingual,
  timeZone: z.string().min(1),
  /** ISO weekday numbers (1 = Monday) on which the office is open. */
  openDays: z.array(z.number().int().min(1).max(7)).min(1),
  opens: z.string().regex(/^\d{2}:\d{2}$/),
  closes: z.string().regex(/^\d{2}:\d{2}$/),
  closedOnPublicHolidays: z.boolean(),
  phone: z.string().min(1),
  fax: z.string().nullable(),
  email: z.string().email(),
  website: z.string().nullable(),
  notes: z.array(Curated).default([]),
  /** Closures besides weekends and public holidays; the New Year closure when absent. */
  closures: z.array(OfficeClosure).default(DEFAULT_CLOSURES),
  urgentContacts: UrgentContacts,
  source: SourceRef,
  asOf: AsOf,
});
export type OfficeFile = z.infer<typeof OfficeFile>;
