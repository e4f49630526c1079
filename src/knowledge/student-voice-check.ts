/**
 * `desk knowledge check` part: no student-facing text carries a curation marker
 * (knowledge/curation-markers.yaml). Each problem names the file, the record and the field.
 */
import { join } from 'node:path';
import { readYaml } from './read-yaml.ts';
import { CurationMarkersFile, compileMarkers, findMarkers, studentTexts } from './curation-markers.ts';
import type { KnowledgeDocument, KnowledgeProblem } from './load.ts';
import type { FaqEntry, PartnersFile } from './schema.ts';
import type { OfficeFile } from './office-schema.ts';

export const MARKERS_FILE = 'curation-markers.yaml';

export interface StudentVoiceInput {
  partners: PartnersFile | null;
  faq: FaqEntry[];
  office: OfficeFile | null;
  documents: KnowledgeDocument[];
}

export function checkStudentVoice(root: string, readText: (path: string) => string | null, input: StudentVoiceInput): KnowledgeProblem[] {
  const text = readText(join(root, MARKERS_FILE));
  if (text === null) return [];
  let data: unknown;
  try {
    data = readYaml(text);
  } catch (error) {
    return [{ file: MARKERS_FILE, record: null, message: `not valid YAML: ${(error as Error).message}` }];
  }
  const file = CurationMarkersFile.safeParse(data);
  if (!file.success) return file.error.issues.map((issue) => ({ file: MARKERS_FILE, record: null, message: `${issue.path.join('.') || '(top)'}: ${issue.message}` }));
  const { markers, errors } = compileMarkers(file.data);
  const problems: KnowledgeProblem[] = errors.map((message) => ({ file: MARKERS_FILE, record: null, message }));
  const check = (fileName: string, record: string | null, value: unknown) => {
    for (const hit of findMarkers(studentTexts(value), markers))
      problems.push({ file: fileName, record, message: `student text ${hit.path} carries "${hit.marker}" (${hit.why}): ${hit.excerpt}` });
  };
  if (input.partners) {
    const { partners, unplaced: _officeOnly, ...table } = input.partners;
    check('partners.yaml', null, table);
    for (const partner of partners) check('partners.yaml', partner.id, partner);
  }
  for (const entry of input.faq) check('faq.yaml', entry.id, entry);
  if (input.office) check('office.yaml', null, input.office);
  for (const document of input.documents) check(document.file, document.id, { title: document.title, source: document.source, body: document.body });
  return problems;
}
