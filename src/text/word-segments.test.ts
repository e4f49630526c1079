import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise.ts';
import { wordTokens } from './tokenize.ts';
import {
  segmenterSegmentation,
  splitLettersFromDigits,
  wordSegments,
  type Segmentation,
} from './word-segments.ts';

const segmentsOf = (segmentation: Segmentation, text: string) => {
  const segments: string[] = [];
  segmentation(text, (segment) => segments.push(segment));
  return segments;
};

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

/**
 * Every file of the real knowledge by paragraph and by line: every text an index is built from
 * (a passage is a paragraph; titles, keywords and questions are lines). Not whole files nor a
 * YAML file's one long block: the segmenter takes seconds on a 200 kB text (partners.yaml).
 */
const KNOWLEDGE_TEXTS = filesUnder(resolve('knowledge')).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.length < 5000);
  return [...paragraphs, ...text.split('\n')];
});

/** A seeded generator, so a failure is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Strings mixing what the plain scan decides and what it hands to the segmenter. */
function generatedTexts(count: number): string[] {
  const pieces = [
    ...'abcxyz0123456789',
    ...' \n.,:;!?()[]{}<>"#$%&*+-/=@^_`|~',
    ...'éüñß×·…、。「」（）・ー々〜',
    ...'奨学金協定校留学ぁあいうアイウン',
    'toeic',
    '450',
    'e.g.',
    '3.5',
    '1,000',
    'a_b',
    '2015/11',
    'ielts6.0',
    'n/a',
    'u.s.',
    '\u0301',
    '🙂',
  ];
  const next = random(16);
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 24) }, () =>
      Math.floor(next() * 10) === 0 ? ' ' : pieces[Math.floor(next() * pieces.length)]!,
    ).join(''),
  );
}

describe('wordSegments', () => {
  it('gives the segmenter’s word-like segments for every text of the knowledge', () => {
    expect(KNOWLEDGE_TEXTS.length).toBeGreaterThan(1000);
    for (const raw of KNOWLEDGE_TEXTS) {
      const text = normaliseText(raw).toLowerCase();
      expect(segmentsOf(wordSegments, text), text).toEqual(segmentsOf(segmenterSegmentation, text));
    }
  });

  it('gives the segmenter’s segments for generated mixes of words, punctuation and CJK', () => {
    for (const text of generatedTexts(5000))
      expect(segmentsOf(wordSegments, text), JSON.stringify(text)).toEqual(
        segmentsOf(segmenterSegmentation, text),
      );
  });

  it('cuts plain words itself and hands the rest to the segmenter', () => {
    expect(segmentsOf(wordSegments, '(toeic450) or ielts 6.0, e.g. 奨学金')).toEqual([
      'toeic450',
      'or',
      'ielts',
      '6.0',
      'e.g',
      '奨学',
      '金',
    ]);
  });
});

describe('splitLettersFromDigits', () => {
  it('splits as the regular expression it replaces, on every segment of the knowledge', () => {
    const pattern = /(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/;
    const segments = new Set<string>(['a1b22c333', '1a', 'a1', '7', 'x', 'é1', '1é', '１a']);
    for (const raw of KNOWLEDGE_TEXTS)
      segmenterSegmentation(normaliseText(raw).toLowerCase(), (segment) => segments.add(segment));
    for (const segment of segments) {
      const parts: string[] = [];
      splitLettersFromDigits(segment, (part) => parts.push(part));
      expect(parts, segment).toEqual(segment.split(pattern));
    }
  });
});

describe('wordTokens', () => {
  it('equals the tokens of the segmenter alone on every text of the knowledge', () => {
    for (const text of KNOWLEDGE_TEXTS)
      expect(wordTokens(text), text).toEqual(wordTokens(text, segmenterSegmentation));
  });
});
