import { describe, expect, it } from 'vitest';
import { FieldPostings } from './field-postings.ts';

describe('FieldPostings', () => {
  const documents = Int32Array.from([9, 2, 5, 11, 40, 7]);
  const occurrences = Int32Array.from([1, 1, 3, 2, 4, 1]);
  // The slice 1..5: documents 2, 5, 11, 40.
  const postings = new FieldPostings(documents, occurrences, 1, 5);
  const map = new Map([
    [2, 1],
    [5, 3],
    [11, 2],
    [40, 4],
  ]);

  it('reads as the Map it stands for', () => {
    expect(postings.size).toBe(4);
    expect([...postings]).toEqual([...map]);
    expect([...postings.keys()]).toEqual([...map.keys()]);
    expect([...postings.values()]).toEqual([...map.values()]);
    expect(Object.fromEntries(postings)).toEqual(Object.fromEntries(map));
    const visited: [number, number][] = [];
    postings.forEach((value, key) => visited.push([key, value]));
    expect(visited).toEqual([...map]);
  });

  it('finds every key, in or out of iteration, and nothing outside its slice', () => {
    for (const key of postings.keys()) expect(postings.get(key)).toBe(map.get(key));
    for (const key of [40, 2, 11, 5]) expect(postings.get(key)).toBe(map.get(key));
    for (const key of [9, 7, 0, 3, 41]) {
      expect(postings.get(key)).toBeUndefined();
      expect(postings.has(key)).toBe(false);
    }
    expect(postings.has(11)).toBe(true);
  });
});
