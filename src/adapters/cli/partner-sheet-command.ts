/**
 * `desk knowledge template|export|import partners`: the office's partner sheet out and in.
 * Import prints the reviewed diff and writes only after confirmation (`--yes`, or y on a
 * terminal); exit codes: 0 written or no changes, 1 problems, 2 usage, 3 not confirmed.
 */
import { parseArgs } from 'node:util';
import {
  diffMessages,
  exportPartnerSheet,
  formatOf,
  isEmptyDiff,
  planPartnerImport,
  renderDiff,
  writePartnerImport,
  writePartnerTemplate,
  type SheetLang,
  type SheetProblem,
} from '../../knowledge/partner-sheet/index.ts';
import { sheetMessages } from '../../knowledge/partner-sheet/messages.ts';
import type { CommandOutput } from './output.ts';

import { PARTNER_SHEET_USAGE } from './partner-sheet-usage.ts';
import { CONFIRM_YES } from '../../messages/index.ts';

export { PARTNER_SHEET_USAGE };

/** Asks staff to confirm on a terminal; null when there is none (then only --yes writes). */
export type Confirm = ((question: string) => Promise<boolean>) | null;

export async function runPartnerSheet(
  verb: string,
  argv: string[],
  knowledgeDir: string,
  output: CommandOutput,
  confirm: Confirm,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      xlsx: { type: 'string' },
      csv: { type: 'string' },
      yes: { type: 'boolean' },
      partial: { type: 'boolean' },
      'as-of': { type: 'string' },
      lang: { type: 'string' },
    },
  });
  const lang: SheetLang = values.lang === 'ja' ? 'ja' : 'en';
  const usage = () => {
    output.err(`Usage:\n${PARTNER_SHEET_USAGE}`);
    return 2;
  };
  if (positionals[0] !== 'partners') return usage();
  const file = positionals[1];
  if (verb === 'template') {
    if (!file || !formatOf(file)) return usage();
    await writePartnerTemplate(file);
    output.out(diffMessages.template(file)[lang]);
    return 0;
  }
  if (verb === 'export') {
    const target = values.xlsx ?? values.csv;
    if (
      !target ||
      (values.xlsx && values.csv) ||
      formatOf(target) !== (values.xlsx ? 'xlsx' : 'csv')
    )
      return usage();
    const result = await exportPartnerSheet(knowledgeDir, target);
    if ('problems' in result) {
      for (const problem of result.problems) output.err(problem);
      return 1;
    }
    output.out(diffMessages.exported(target, result.count)[lang]);
    return 0;
  }
  if (verb !== 'import' || !file || !formatOf(file)) return usage();
  const asOf = values['as-of'] ?? null;
  if (asOf !== null && !/^\d{4}-\d{2}(-\d{2})?$/.test(asOf)) return usage();
  return importSheet(
    knowledgeDir,
    file,
    { asOf, partial: values.partial === true, yes: values.yes === true },
    lang,
    output,
    confirm,
  );
}

const locate = (problem: SheetProblem, lang: SheetLang) =>
  problem.row !== null && problem.column !== null
    ? sheetMessages.where(problem.row, problem.column)[lang]
    : problem.row !== null
      ? sheetMessages.whereRow(problem.row)[lang]
      : '';

async function importSheet(
  knowledgeDir: string,
  file: string,
  options: { asOf: string | null; partial: boolean; yes: boolean },
  lang: SheetLang,
  output: CommandOutput,
  confirm: Confirm,
): Promise<number> {
  const plan = await planPartnerImport(knowledgeDir, file, options);
  if ('fatal' in plan) {
    for (const said of plan.fatal) output.err(said[lang]);
    return 1;
  }
  output.out(diffMessages.header(plan.sheet.file, plan.sheet.sheet, plan.sheet.rows.length)[lang]);
  for (const warning of plan.warnings) output.err(warning[lang]);
  for (const problem of plan.problems)
    output.err(`${locate(problem, lang)}: ${problem.said[lang]}`);
  if (!plan.next) {
    output.err(diffMessages.failed(plan.problems.length)[lang]);
    return 1;
  }
  if (plan.skippedRows.length > 0)
    output.err(diffMessages.partialSkipped(plan.skippedRows.length)[lang]);
  if (isEmptyDiff(plan.diff)) {
    output.out(diffMessages.noChanges(plan.sheet.file)[lang]);
    return 0;
  }
  output.out(renderDiff(plan.diff, lang));
  if (!options.yes) {
    if (!confirm) {
      output.err(diffMessages.needsYes()[lang]);
      return 3;
    }
    if (!(await confirm(diffMessages.confirm()[lang]))) {
      output.err(diffMessages.declined()[lang]);
      return 3;
    }
  }
  const path = writePartnerImport(knowledgeDir, plan);
  output.out(diffMessages.written(path, plan.next.partners.length, plan.next.asOf)[lang]);
  return 0;
}

/** A y/N question on the terminal, or null when stdin is not one (scripts must pass --yes). */
export function terminalConfirm(): Confirm {
  if (process.stdin.isTTY !== true) return null;
  return async (question) => {
    const { createInterface } = await import('node:readline/promises');
    const readline = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return CONFIRM_YES.test((await readline.question(question)).trim());
    } finally {
      readline.close();
    }
  };
}
