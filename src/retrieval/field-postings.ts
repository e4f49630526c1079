/**
 * One term's postings in one BM25 field (document short id -> occurrences) as a read-only view
 * of two typed arrays, in place of the `Map` MiniSearch keeps per term and field. A 100x build
 * has a few million postings: as maps they took over a second to fill and most of the build's
 * garbage collection; as slices of two arrays shared by every term they cost two writes each.
 * MiniSearch only reads them (`size`, `keys()` then `get` of each key, and iteration for
 * `toJSON`), so its scoring code runs unchanged on them; bm25-data.test.ts compares its searches
 * and its JSON with MiniSearch's own index of the same documents.
 */
export class FieldPostings implements ReadonlyMap<number, number> {
  /**
   * Just after the last posting found: MiniSearch asks `get` for each key `keys()` gives, in
   * order, so the next one asked for is usually here.
   */
  private cursor: number;

  constructor(
    /** Document short ids, ascending from `start` to `end`. */
    private readonly documents: Int32Array,
    private readonly occurrences: Int32Array,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.cursor = start;
  }

  get size(): number {
    return this.end - this.start;
  }

  get(document: number): number | undefined {
    const at = this.find(document);
    return at < 0 ? undefined : this.occurrences[at];
  }

  has(document: number): boolean {
    return this.find(document) >= 0;
  }

  private find(document: number): number {
    const cursor = this.cursor;
    if (cursor < this.end && this.documents[cursor] === document) {
      this.cursor = cursor + 1;
      return cursor;
    }
    let low = this.start;
    let high = this.end - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = this.documents[middle]!;
      if (found === document) {
        this.cursor = middle + 1;
        return middle;
      }
      if (found < document) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  // The typed arrays' own iterators: a generator here cost a tenth more CPU per search.
  keys(): MapIterator<number> {
    return this.documents.subarray(this.start, this.end).values();
  }

  values(): MapIterator<number> {
    return this.occurrences.subarray(this.start, this.end).values();
  }

  *entries(): MapIterator<[number, number]> {
    for (let at = this.start; at < this.end; at++)
      yield [this.documents[at]!, this.occurrences[at]!];
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  forEach(
    visit: (occurrences: number, document: number, map: ReadonlyMap<number, number>) => void,
  ) {
    for (let at = this.start; at < this.end; at++)
      visit(this.occurrences[at]!, this.documents[at]!, this);
  }
}
