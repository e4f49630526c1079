/** `desk cases list|show|claim|reply|resolve|reopen`: staff work cases from the terminal. */
import { parseArgs } from 'node:util';
import type { CaseRecord, StaffAction } from '../../domain/cases.ts';
import { DeskError, isCaseError } from '../../domain/errors.ts';
import type { CaseStore } from '../../domain/ports.ts';
import type { CommandOutput } from './output.ts';

const USAGE = `Usage:
  desk cases list [--status open|claimed|answered|resolved|active] [--json]
  desk cases show ID [--json]
  desk cases claim ID --as NAME
  desk cases reply ID --as NAME "TEXT"
  desk cases resolve ID --as NAME [--faq]
  desk cases reopen ID --as NAME`;

export interface CasesCommandHooks {
  /** Called after `resolve --faq`, to draft an FAQ entry from the staff answer. */
  draftFaq?: (record: CaseRecord) => Promise<string>;
}

function summary(record: CaseRecord): string {
  const question = record.question.replace(/\s+/g, ' ').slice(0, 60);
  return `${record.id}  ${record.status.padEnd(8)}  ${(record.assignee ?? '-').padEnd(10)}  ${record.reason.padEnd(20)}  ${record.lang}  ${record.createdAt.slice(0, 16).replace('T', ' ')}  ${question}`;
}

function details(record: CaseRecord): string {
  const lines = [
    `${record.id} — ${record.status}${record.assignee ? ` (${record.assignee})` : ''}`,
    `  reason:       ${record.reason}`,
    `  conversation: ${record.conversation}`,
    `  language:     ${record.lang}`,
    `  opened:       ${record.createdAt}`,
    `  question:     ${record.question}`,
  ];
  if (record.generalRule) lines.push(`  rule given:   ${record.generalRule.replace(/\n/g, ' ').slice(0, 300)}`);
  if (record.recentTurns.length > 0) lines.push('  recent turns:', ...record.recentTurns.map((t) => `    ${t.role}: ${t.text.replace(/\n/g, ' ').slice(0, 160)}`));
  lines.push('  history:', ...record.events.map((e) => `    ${e.at.slice(0, 19).replace('T', ' ')}  ${e.kind}${e.actor ? ` by ${e.actor}` : ''}${e.text ? `: ${e.text}` : ''}`));
  return lines.join('\n');
}

export async function runCases(argv: string[], store: CaseStore, output: CommandOutput, hooks: CasesCommandHooks = {}): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { status: { type: 'string' }, json: { type: 'boolean' }, as: { type: 'string' }, faq: { type: 'boolean' } },
  });
  try {
    if (sub === 'list') {
      const status = (values.status ?? 'active') as 'active';
      const records = await store.listCases({ status });
      if (values.json) output.out(JSON.stringify(records));
      else output.out(records.length === 0 ? `No ${status} cases.` : records.map(summary).join('\n'));
      return 0;
    }
    const id = positionals[0];
    if (!sub || !id) {
      output.err(USAGE);
      return 2;
    }
    if (sub === 'show') {
      const record = await store.getCase(id);
      if (!record) throw new DeskError('CASE_NOT_FOUND', `No case ${id.toUpperCase()}.`);
      output.out(values.json ? JSON.stringify(record) : details(record));
      return 0;
    }
    if (!['claim', 'reply', 'resolve', 'reopen'].includes(sub)) {
      output.err(USAGE);
      return 2;
    }
    if (!values.as) {
      output.err(`desk cases ${sub} needs --as NAME (the staff member acting).`);
      return 2;
    }
    const record = await store.act(id, sub as StaffAction, values.as, sub === 'reply' ? positionals.slice(1).join(' ') : undefined);
    output.out(`${record.id} is now ${record.status}${record.assignee ? ` (${record.assignee})` : ''}.`);
    if (sub === 'reply') output.out('The reply is queued for the student’s conversation.');
    if (sub === 'resolve' && values.faq && hooks.draftFaq) output.out(`Draft FAQ entry written: ${await hooks.draftFaq(record)}`);
    return 0;
  } catch (error) {
    if (isCaseError(error)) {
      output.err(`${error.code}: ${error.message} Nothing was changed.`);
      return 1;
    }
    throw error;
  }
}
