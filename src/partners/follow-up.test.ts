/** A follow-up on top of the last partner query: what it says replaces, the rest carries over. */
import { describe, expect, it } from 'vitest';
import { mergeFollowUp } from './follow-up.ts';
import { EMPTY_QUERY, type PartnerQuery } from './query.ts';

const query = (overrides: Partial<PartnerQuery>): PartnerQuery => ({
  ...structuredClone(EMPTY_QUERY),
  ...overrides,
});

describe('mergeFollowUp', () => {
  it('a place replaces the last place; the score carries over', () => {
    const merged = mergeFollowUp(
      query({ test: { test: 'IELTS', score: 6 }, countries: ['KR'] }),
      query({ regions: ['europe'] }),
    );
    expect(merged.regions).toEqual(['europe']);
    expect(merged.countries).toEqual([]);
    expect(merged.test).toMatchObject({ test: 'IELTS', score: 6 });
  });

  it('a faculty or level asked of the partner just looked up asks who may go', () => {
    const lookup = query({ partnerIds: ['university-of-sao-paulo-fflch'], fields: ['language'] });
    // 「あと教育学部からでも行けるの？」
    const faculty = mergeFollowUp(lookup, query({ faculty: 'education' }));
    expect(faculty.partnerIds).toEqual(['university-of-sao-paulo-fflch']);
    expect(faculty.fields).toEqual(['faculty', 'notes']);
    // "and for grad students?"
    expect(mergeFollowUp(lookup, query({ level: 'graduate' })).fields).toEqual([
      'faculty',
      'notes',
    ]);
    // A list's follow-up keeps its own fields: nobody was looked up.
    const list = query({ countries: ['FR'], fields: ['deadline'] });
    expect(mergeFollowUp(list, query({ faculty: 'education' })).fields).toEqual(['deadline']);
  });
});
