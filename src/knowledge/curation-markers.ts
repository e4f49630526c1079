/**
 * Keeps the office's voice out of what students read. The markers are data
 * (`knowledge/curation-markers.yaml`), so the office can add one without touching code; this
 * module only walks every student-facing text and reports the texts that carry one.
 */
import { z } from 'zod';

const Marker = z.union([
  z.strictObject({ text: z.string().min(1), why: z.string().min(1) }),
  z.strictObject({ word: z.string().min(1), why: z.string().min(1) }),
  z.strictObject({ pattern: z.string().min(1).max(120), why: z.string().min(1) }),
]);
export const CurationMarkersFile = z.strictObject({ markers: z.array(Marker).min(1) });
export type CurationMarkersFile = z.infer<typeof CurationMarkersFile>;

export interface CompiledMarker {
  label: string;
  why: string;
  regex: RegExp;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles the markers; a pattern that is not a valid regular expression is reported, not thrown. */
export function compileMarkers(file: CurationMarkersFile): { markers: CompiledMarker[]; errors: string[] } {
  const markers: CompiledMarker[] = [];
  const errors: string[] = [];
  for (const marker of file.markers) {
    try {
      if ('text' in marker) markers.push({ label: marker.text, why: marker.why, regex: new RegExp(escape(marker.text), 'iu') });
      // A whole word: "null" and "confirm" count, "nullify" and "confirmation" are left to their own entries.
      else if ('word' in marker) markers.push({ label: marker.word, why: marker.why, regex: new RegExp(`(?<![\\p{L}\\p{N}_])${escape(marker.word)}(?![\\p{L}\\p{N}_])`, 'iu') });
      else markers.push({ label: marker.pattern, why: marker.why, regex: new RegExp(marker.pattern, 'iu') });
    } catch (error) {
      errors.push(`marker ${JSON.stringify(marker)} is not a valid pattern: ${(error as Error).message}`);
    }
  }
  return { markers, errors };
}

/**
 * Keys whose values students never read: the office's own notes, where a fact was read, the
 * source's raw cell text, identifiers, and matching vocabulary. Everything else is student-facing,
 * so a field added later is checked unless it is listed here on purpose.
 */
const NOT_STUDENT_FACING = new Set(['office', 'provenance', 'raw', 'id', 'aliases', 'keywords', 'asOf', 'section', 'status', 'lang', 'kind', 'file', 'unplaced']);

export interface StudentText {
  /** Where the text is, e.g. `partners[12].gaps[0].student.en`. */
  path: string;
  text: string;
}

/** Every student-facing string inside a validated record, with its path. */
export function studentTexts(value: unknown, path = ''): StudentText[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => studentTexts(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      NOT_STUDENT_FACING.has(key) ? [] : studentTexts(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

export interface MarkerHit {
  path: string;
  marker: string;
  why: string;
  excerpt: string;
}

export function findMarkers(texts: StudentText[], markers: CompiledMarker[]): MarkerHit[] {
  const hits: MarkerHit[] = [];
  for (const { path, text } of texts) {
    for (const marker of markers) {
      const match = marker.regex.exec(text);
      if (!match) continue;
      const at = match.index;
      const excerpt = `${at > 30 ? '…' : ''}${text.slice(Math.max(0, at - 30), at + match[0].length + 30)}${at + match[0].length + 30 < text.length ? '…' : ''}`;
      hits.push({ path, marker: marker.label, why: marker.why, excerpt });
    }
  }
  return hits;
}
