/**
 * A knowledge base N times larger than the real one, for scale benchmarks: every partner,
 * guide section, about section and FAQ entry copied N times with distinct ids and text.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export function generateKnowledge(sourceDir: string, targetDir: string, factor: number): void {
  mkdirSync(join(targetDir, 'guide'), { recursive: true });
  mkdirSync(join(targetDir, 'about'), { recursive: true });
  cpSync(join(sourceDir, 'office.yaml'), join(targetDir, 'office.yaml'));
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
