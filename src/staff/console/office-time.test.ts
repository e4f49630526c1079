import { describe, expect, it } from 'vitest';
import { formatAge, formatOfficeTime, officeDay, zoneLabel } from './office-time.ts';

describe('office time', () => {
  it('shows UTC instants in Tokyo time, labelled in the staff language', () => {
    expect(formatOfficeTime('2026-11-30T23:45:00Z', 'Asia/Tokyo', 'en')).toBe(
      '2026-12-01 08:45 JST',
    );
    expect(formatOfficeTime('2026-11-30T23:45:00Z', 'Asia/Tokyo', 'ja')).toBe(
      '2026-12-01 08:45（日本時間）',
    );
  });

  it('counts a late-evening UTC answer on the next Tokyo day', () => {
    expect(officeDay('2026-11-30T15:30:00Z', 'Asia/Tokyo')).toBe('2026-12-01');
    expect(officeDay('2026-11-30T14:59:00Z', 'Asia/Tokyo')).toBe('2026-11-30');
  });

  it('labels other zones by their short name, and refuses nonsense quietly', () => {
    expect(zoneLabel('Europe/Berlin', 'en', new Date('2026-07-01T00:00:00Z'))).toMatch(
      /GMT\+2|CEST/,
    );
    expect(formatOfficeTime('not a date', 'Asia/Tokyo', 'en')).toBe('-');
  });

  it('gives ages in minutes, hours, then days', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(formatAge('2026-12-01T11:48:00Z', now, 'en')).toBe('12 min');
    expect(formatAge('2026-12-01T02:00:00Z', now, 'ja')).toBe('10時間');
    expect(formatAge('2026-11-28T12:00:00Z', now, 'en')).toBe('3 d');
  });
});
