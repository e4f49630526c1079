/**
 * Reads `knowledge/` into memory. Never throws on bad content: every problem is collected
 * with its file and record, so `desk knowledge check` can name them all at once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYaml } from './read-yaml.ts';
import type { z } from 'zod';
import { splitFrontMatter } from './front-matter.ts';
import { LEXICON_FILES, checkLexicon, type Lexicon } from './lexicon.ts';
import { checkGlossary } from './glossary-check.ts';
import { checkStudentVoice } from './student-voice-check.ts';
import { anchorTarget, documentPassages } from './passages.ts';
import { QuestionsFile, resolveAnchors, type QuestionsSet } from './questions.ts';
import { FaqFile, GuideFrontMatter, PartnersFile, type FaqEntry, type PartnersFile as Partners } from './schema.ts';
import { OfficeFile, type OfficeFile as Office } from './office-schema.ts';

export interface KnowledgeDocument extends GuideFrontMatter {
  kind: 'guide' | 'about';
  body: string;
  file: string;
}

export interface KnowledgeProblem {
  file: string;
  record: string | null;
  message: string;
}

export interface KnowledgeBase {
  root: string;
  partners: Partners;
  faq: FaqEntry[];
  guide: KnowledgeDocument[];
  about: KnowledgeDocument[];
  office: Office;
  /** The vocabulary students use, as data. */
  lexicon: Lexicon;
  /** Questions each guide and about passage answers (knowledge/questions/<section>.yaml). */
  questions: QuestionsSet[];
  /** Content hash of every file read: the index is rebuilt when it changes. */
  hash: string;
}

export interface LoadResult {
  knowledge: KnowledgeBase | null;
  problems: KnowledgeProblem[];
}

/** Loads and validates the knowledge directory; `knowledge` is null when anything is wrong. */
export function loadKnowledge(root: string): LoadResult {
  const problems: KnowledgeProblem[] = [];
  const hash = createHash('sha256');
  const readText = (path: string): string | null => {
    if (!existsSync(path)) {
      problems.push({ file: relative(root, path) || path, record: null, message: 'file is missing' });
      return null;
    }
    const text = readFileSync(path, 'utf8');
    hash.update(relative(root, path)).update('\0').update(text).update('\0');
    return text;
  };
  const partners = parseYamlFile(root, 'partners.yaml', PartnersFile, readText, problems, recordNameOfPartners);
  const faqFile = parseYamlFile(root, 'faq.yaml', FaqFile, readText, problems, recordNameOfFaq);
  const office = parseYamlFile(root, 'office.yaml', OfficeFile, readText, problems, () => null);
  const guide = readDocuments(root, 'guide', readText, problems);
  const about = readDocuments(root, 'about', readText, problems);
  const questions = readQuestions(root, readText, problems);
  const faq = (faqFile?.faq ?? []).filter((entry) => entry.status === 'published');
  const lexicon = readLexicon(root, readText, problems);
  const targets = [...guide, ...about].flatMap(documentPassages).map(anchorTarget);
  problems.push(...resolveAnchors(questions, targets).problems);
  if (partners) problems.push(...checkPartners(partners));
  if (lexicon && faqFile) problems.push(...checkGlossary(lexicon.glossary, [...guide, ...about], faqFile.faq));
  if (faqFile) problems.push(...checkFaq(faqFile.faq, guide));
  problems.push(...checkDocumentPairs('guide', guide), ...checkDocumentPairs('about', about));
  problems.push(...checkStudentVoice(root, readText, { partners, faq: faqFile?.faq ?? [], office, documents: [...guide, ...about] }));
  if (problems.length > 0 || !partners || !faqFile || !office || !lexicon) return { knowledge: null, problems };
  return { knowledge: { root, partners, faq, guide, about, office, lexicon, questions, hash: hash.digest('hex').slice(0, 16) }, problems };
}

function readLexicon(root: string, readText: (path: string) => string | null, problems: KnowledgeProblem[]): Lexicon | null {
  const parts: Partial<Lexicon> = {};
  for (const [key, [file, schema]] of Object.entries(LEXICON_FILES)) {
    const parsed = parseYamlFile(root, file, schema as z.ZodType<unknown>, readText, problems, () => null);
    if (parsed) (parts as Record<string, unknown>)[key] = parsed;
  }
  if (!parts.requests || !parts.partnerTerms || !parts.topics || !parts.glossary || !parts.answerTypes) return null;
  const lexicon = parts as Lexicon;
  for (const message of checkLexicon(lexicon)) problems.push({ file: 'lexicon', record: null, message });
  return lexicon;
}

type RecordNamer = (data: unknown, path: (PropertyKey)[]) => string | null;

function parseYamlFile<T>(
  root: string,
  name: string,
  schema: z.ZodType<T>,
  readText: (path: string) => string | null,
  problems: KnowledgeProblem[],
  recordName: RecordNamer,
): T | null {
  const text = readText(join(root, name));
  if (text === null) return null;
  let data: unknown;
  try {
    data = readYaml(text);
  } catch (error) {
    problems.push({ file: name, record: null, message: `not valid YAML: ${(error as Error).message}` });
    return null;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({
      file: name,
      record: recordName(data, issue.path),
      message: `${issue.path.join('.') || '(top)'}: ${issue.message}`,
    });
  }
  return null;
}

function recordAt(data: unknown, listKey: string, path: PropertyKey[]): string | null {
  if (path[0] !== listKey || typeof path[1] !== 'number') return null;
  const list = (data as Record<string, unknown> | null)?.[listKey];
  const record = Array.isArray(list) ? (list[path[1]] as { id?: unknown } | undefined) : undefined;
  return typeof record?.id === 'string' ? record.id : `${listKey}[${path[1]}]`;
}
const recordNameOfPartners: RecordNamer = (data, path) => recordAt(data, 'partners', path);
const recordNameOfFaq: RecordNamer = (data, path) => recordAt(data, 'faq', path);

/** The questions folder is optional: a knowledge directory without it simply has none. */
function readQuestions(root: string, readText: (path: string) => string | null, problems: KnowledgeProblem[]): QuestionsSet[] {
  const directory = join(root, 'questions');
  if (!existsSync(directory)) return [];
  const sets: QuestionsSet[] = [];
  for (const name of readdirSync(directory).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = `questions/${name}`;
    const parsed = parseYamlFile(root, file, QuestionsFile, readText, problems, (data, path) => recordAt(data, 'passages', path));
    if (!parsed) continue;
    if (name !== `${parsed.section}.yaml`) problems.push({ file, record: parsed.section, message: `file name should be ${parsed.section}.yaml (its section)` });
    sets.push({ ...parsed, file });
  }
  return sets;
}

function readDocuments(
  root: string,
  folder: 'guide' | 'about',
  readText: (path: string) => string | null,
  problems: KnowledgeProblem[],
): KnowledgeDocument[] {
  const directory = join(root, folder);
  if (!existsSync(directory)) {
    problems.push({ file: folder, record: null, message: 'folder is missing' });
    return [];
  }
  const documents: KnowledgeDocument[] = [];
  for (const name of readdirSync(directory).filter((n) => n.endsWith('.md')).sort()) {
    const file = `${folder}/${name}`;
    const text = readText(join(directory, name));
    if (text === null) continue;
    const split = splitFrontMatter(text);
    if (!split) {
      problems.push({ file, record: null, message: 'no YAML front matter (--- ... ---) at the top' });
      continue;
    }
    const front = GuideFrontMatter.safeParse(split.data);
    if (!front.success) {
      for (const issue of front.error.issues)
        problems.push({ file, record: null, message: `${issue.path.join('.') || '(front matter)'}: ${issue.message}` });
      continue;
    }
    const expectedName = `${front.data.id}.${front.data.lang}.md`;
    if (name !== expectedName)
      problems.push({ file, record: front.data.id, message: `file name should be ${expectedName} (id and lang)` });
    if (split.body.length === 0) problems.push({ file, record: front.data.id, message: 'body is empty' });
    documents.push({ ...front.data, kind: folder, body: split.body, file });
  }
  return documents;
}

function checkDocumentPairs(folder: string, documents: KnowledgeDocument[]): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const ids = new Set(documents.map((d) => d.id));
  const present = new Set(documents.map((d) => `${d.id}|${d.lang}`));
  for (const id of ids) {
    for (const lang of ['ja', 'en'] as const) {
      if (!present.has(`${id}|${lang}`)) problems.push({ file: `${folder}/${id}.${lang}.md`, record: id, message: `missing the ${lang} version` });
    }
  }
  return problems;
}

export function checkPartners(file: Partners): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const seen = new Set<string>();
  for (const partner of file.partners) {
    const problem = (message: string) => problems.push({ file: 'partners.yaml', record: partner.id, message });
    if (seen.has(partner.id)) problem('duplicate id');
    seen.add(partner.id);
    const { status, options } = partner.language;
    if (status === 'stated' && options.length === 0) problem('language.status is stated but there are no options');
    if (status !== 'stated' && options.length > 0) problem(`language.status is ${status} but options are listed`);
    for (const option of options) {
      const scored = ['TOEIC', 'TOEFL_IBT', 'TOEFL_PBT', 'TOEFL_ITP', 'IELTS', 'HSK', 'TORFL'].includes(option.test);
      if (scored && option.min === null) problem(`${option.test} option has no minimum`);
      if (option.test === 'CEFR' && option.cefr === null) problem('CEFR option has no level');
    }
    for (const deadline of partner.deadlines) {
      if (deadline.month === null && deadline.text === null) problem(`deadline "${deadline.raw}" has neither a date nor a text`);
    }
  }
  return problems;
}

function checkFaq(entries: FaqEntry[], guide: KnowledgeDocument[]): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const guideIds = new Set(guide.map((d) => d.id));
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) problems.push({ file: 'faq.yaml', record: entry.id, message: 'duplicate id' });
    seen.add(entry.id);
    if (entry.section && !guideIds.has(entry.section))
      problems.push({ file: 'faq.yaml', record: entry.id, message: `section "${entry.section}" is not a guide section id` });
  }
  return problems;
}
