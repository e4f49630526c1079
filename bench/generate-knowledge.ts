/**
 * A knowledge base N times larger than the real one, for scale benchmarks: every partner,
 * guide section, about section, FAQ entry and the questions curated for each section copied
 * N times with distinct ids and text; the lexicon and the curation markers as they are.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export function generateKnowledge(sourceDir: string, targetDir: string, factor: number): void {
  mkdirSync(join(targetDir, 'guide'), { recursive: true });
  mkdirSync(join(targetDir, 'about'), { recursive: true });
  cpSync(join(sourceDir, 'office.yaml'), join(targetDir, 'office.yaml'));
  for (const shared of ['lexicon', 'curation-markers.yaml'])
    if (existsSync(join(sourceDir, shared)))
      cpSync(join(sourceDir, shared), join(targetDir, shared), { recursive: true });
  copyQuestions(sourceDir, targetDir, factor);
  const partners = parse(readFileSync(join(sourceDir, 'partners.yaml'), 'utf8'));
  const faq = parse(readFileSync(join(sourceDir, 'faq.yaml'), 'utf8'));
  const copies = <T extends { id: string }>(list: T[], edit: (item: T, copy: number) => T) =>
    Array.from({ length: factor }, (_, copy) =>
      list.map((item) => edit(structuredClone(item), copy)),
    ).flat();
  partners.partners = copies(
    partners.partners,
    (p: { id: string; nameEn: string; nameJa: string; aliases: string[] }, copy) =>
      copy === 0
        ? p
        : {
            ...p,
            id: `${p.id}-copy-${copy}`,
            nameEn: `${p.nameEn} Campus ${copy}`,
            nameJa: `${p.nameJa}第${copy}キャンパス`,
            aliases: [],
          },
  );
  faq.faq = copies(faq.faq, (entry: { id: string; answer: { ja: string; en: string } }, copy) =>
    copy === 0
      ? entry
      : {
          ...entry,
          id: `${entry.id}-copy-${copy}`,
          answer: {
            ja: `${entry.answer.ja}（第${copy}版）`,
            en: `${entry.answer.en} (variant ${copy})`,
          },
        },
  );
  writeFileSync(join(targetDir, 'partners.yaml'), stringify(partners));
  writeFileSync(join(targetDir, 'faq.yaml'), stringify(faq));
  for (const folder of ['guide', 'about']) {
    for (const name of readdirSync(join(sourceDir, folder))) {
      const text = readFileSync(join(sourceDir, folder, name), 'utf8');
      const [, id, lang] = /^(.*)\.(ja|en)\.md$/.exec(name) ?? [];
      if (!id || !lang) continue;
      for (let copy = 0; copy < factor; copy++) {
        const newId = copy === 0 ? id : `${id}-copy-${copy}`;
        const body =
          copy === 0
            ? text
            : text
                .replace(/^id: .*$/m, `id: ${newId}`)
                .replace(/\n---\n/, `\n---\n(variant ${copy})\n`);
        writeFileSync(join(targetDir, folder, `${newId}.${lang}.md`), body);
      }
    }
  }
}

/** Each section's questions go with each copy of the section (the anchors quote its text). */
function copyQuestions(sourceDir: string, targetDir: string, factor: number): void {
  const source = join(sourceDir, 'questions');
  if (!existsSync(source)) return;
  mkdirSync(join(targetDir, 'questions'), { recursive: true });
  for (const name of readdirSync(source).filter((n) => n.endsWith('.yaml'))) {
    const text = readFileSync(join(source, name), 'utf8');
    const section = name.replace(/\.yaml$/, '');
    for (let copy = 0; copy < factor; copy++) {
      const newSection = copy === 0 ? section : `${section}-copy-${copy}`;
      writeFileSync(
        join(targetDir, 'questions', `${newSection}.yaml`),
        copy === 0 ? text : text.replace(/^section: .*$/m, `section: ${newSection}`),
      );
    }
  }
}
