/**
 * Unit vectors stored column by column (compressed sparse columns): for each dimension, the
 * rows with a non-zero value there. An exact cosine search then reads only the columns the
 * query uses. The same layout is a flat binary file: a small header and three typed arrays,
 * read back without parsing.
 */

/** A row's non-zero entries, already normalised to unit length. */
export interface SparseRow {
  dims: Uint32Array;
  values: Float32Array;
}

export interface RowScore {
  row: number;
  similarity: number;
}

const MAGIC = 0x53435631; // "SCV1"
const HEADER_WORDS = 4; // magic, dims, rows, non-zeros

export class SparseColumns {
  private constructor(
    readonly dims: number,
    readonly rows: number,
    /** `offsets[d]..offsets[d + 1]` index the entries of dimension d. */
    private readonly offsets: Uint32Array,
    private readonly entryRows: Uint32Array,
    private readonly entryValues: Float32Array,
  ) {}

  /** The non-zero entries of `vector`, scaled to unit length (cosine = dot product then). */
  static sparseRow(vector: number[]): SparseRow {
    let norm = 0;
    let count = 0;
    for (const value of vector) {
      norm += value * value;
      if (value !== 0) count++;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const dims = new Uint32Array(count);
    const values = new Float32Array(count);
    let at = 0;
    vector.forEach((value, dim) => {
      if (value === 0) return;
      dims[at] = dim;
      values[at++] = value * scale;
    });
    return { dims, values };
  }

  static fromRows(rows: SparseRow[], dims: number): SparseColumns {
    const offsets = new Uint32Array(dims + 1);
    for (const row of rows) for (const dim of row.dims) offsets[dim + 1]!++;
    for (let dim = 0; dim < dims; dim++) offsets[dim + 1]! += offsets[dim]!;
    const entries = offsets[dims]!;
    const entryRows = new Uint32Array(entries);
    const entryValues = new Float32Array(entries);
    const next = offsets.slice(0, dims);
    rows.forEach((row, index) => {
      for (let i = 0; i < row.dims.length; i++) {
        const at = next[row.dims[i]!]!++;
        entryRows[at] = index;
        entryValues[at] = row.values[i]!;
      }
    });
    return new SparseColumns(dims, rows.length, offsets, entryRows, entryValues);
  }

  toBuffer(): Buffer {
    const header = new Uint32Array([MAGIC, this.dims, this.rows, this.entryRows.length]);
    return Buffer.concat([header, this.offsets, this.entryRows, this.entryValues].map(bytesOf));
  }

  static fromBuffer(buffer: Buffer): SparseColumns {
    // Copied once into an aligned buffer, so the typed arrays view it without parsing.
    const bytes = new Uint8Array(buffer.byteLength);
    bytes.set(buffer);
    const words = new Uint32Array(bytes.buffer, 0, Math.floor(bytes.byteLength / 4));
    const [magic, dims, rows, entries] = words;
    if (magic !== MAGIC || dims === undefined || rows === undefined || entries === undefined)
      throw new Error('not a vector file');
    const expected = 4 * (HEADER_WORDS + dims + 1 + 2 * entries);
    if (bytes.byteLength !== expected)
      throw new Error(`vector file is ${bytes.byteLength} bytes, expected ${expected}`);
    let at = 4 * HEADER_WORDS;
    const take = <T>(length: number, View: new (b: ArrayBuffer, o: number, l: number) => T) => {
      const view = new View(bytes.buffer, at, length);
      at += 4 * length;
      return view;
    };
    const offsets = take(dims + 1, Uint32Array);
    const entryRows = take(entries, Uint32Array);
    const entryValues = take(entries, Float32Array);
    if (offsets[dims] !== entries) throw new Error('vector file offsets do not add up');
    return new SparseColumns(dims, rows, offsets, entryRows, entryValues);
  }

  /**
   * The `limit` rows most similar to `query` with a positive similarity, best first (rows that
   * share no direction with the query are no evidence). Ties go to the earlier row, so results
   * are the same on every run.
   */
  nearest(query: number[], limit: number): RowScore[] {
    const { dims, values } = SparseColumns.sparseRow(query);
    if (dims.length === 0 || limit <= 0) return [];
    const scores = new Float64Array(this.rows);
    for (let i = 0; i < dims.length; i++) {
      const weight = values[i]!;
      const end = this.offsets[dims[i]! + 1]!;
      for (let at = this.offsets[dims[i]!]!; at < end; at++)
        scores[this.entryRows[at]!]! += weight * this.entryValues[at]!;
    }
    return topRows(scores, limit);
  }
}

function bytesOf(array: Uint32Array | Float32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** The `limit` highest positive scores, kept in a small sorted array (limit is ~160). */
function topRows(scores: Float64Array, limit: number): RowScore[] {
  const top: RowScore[] = [];
  for (let row = 0; row < scores.length; row++) {
    const similarity = scores[row]!;
    if (similarity <= 0) continue;
    if (top.length === limit && similarity <= top[top.length - 1]!.similarity) continue;
    // Insert after every equal score: the earlier row stays ahead.
    let at = top.length;
    while (at > 0 && top[at - 1]!.similarity < similarity) at--;
    top.splice(at, 0, { row, similarity });
    if (top.length > limit) top.pop();
  }
  return top;
}
