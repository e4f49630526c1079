/** `desk cases list|show|claim|reply|resolve|reopen`: staff work cases from the terminal. */
import { parseArgs } from 'node:util';
import type { CaseRecord, StaffAction } from '../../domain/cases.ts';
import { DeskError, isCaseError } from '../../domain/errors.ts';
import type { CasePageFilter, CaseStore } from '../../domain/ports.ts';
import type { CommandOutput } from './output.ts';

const USAGE = `Usage:
  desk cases list [--status open|claimed|answered|resolved|active|all] [--since DATE] [--limit N] [--json]
  desk cases show ID [--json]
  desk cases claim ID --as NAME
  desk cases reply ID --as NAME "TEXT"
  desk cases resolve ID --as NAME [--faq]
  desk cases reopen ID --as NAME`;

export interface CasesCommandHooks {
  /** Called after `resolve --faq`, to draft an FAQ entry from the staff answer. */
  draftFaq?: (record: CaseRecord) => Promise<string>;
  /** Shows an instant in the office's time zone, labelled (default: UTC, labelled). */
  formatTime?: (iso: string) => string;
}

const utc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

function summary(record: CaseRecord, time: (iso: string) => string): string {
  const question = record.question.replace(/\s+/g, ' ').slice(0, 60);
  return `${record.id}  ${record.status.padEnd(8)}  ${(record.assignee ?? '-').padEnd(10)}  ${record.reason.padEnd(20)}  ${record.lang}  ${time(record.createdAt)}  ${question}`;
}

function details(record: CaseRecord, time: (iso: string) => string): string {
  const lines = [
    `${record.id} — ${record.status}${record.assignee ? ` (${record.assignee})` : ''}`,
    `  reason:       ${record.reason}`,
    `  conversation: ${record.conversation}`,
    `  language:     ${record.lang}`,
    `  opened:       ${time(record.createdAt)}`,
    `  question:     ${record.question}`,
  ];
  if (record.generalRule)
    lines.push(`  rule given:   ${record.generalRule.replace(/\n/g, ' ').slice(0, 300)}`);
  if (record.recentTurns.length > 0)
    lines.push(
      '  recent turns:',
      ...record.recentTurns.map(
        (t) => `    ${t.role}: ${t.text.replace(/\n/g, ' ').slice(0, 160)}`,
      ),
    );
  lines.push(
    '  history:',
    ...record.events.map(
      (e) =>
        `    ${time(e.at)}  ${e.kind}${e.actor ? ` by ${e.actor}` : ''}${e.text ? `: ${e.text}` : ''}`,
    ),
  );
  return lines.join('\n');
}

const STATUSES = ['open', 'claimed', 'answered', 'resolved', 'active', 'all'] as const;

/** The list's filter from the flags, or what is wrong with them. */
export function parseListFilter(values: {
  status?: string;
  since?: string;
  limit?: string;
}): (CasePageFilter & { status: (typeof STATUSES)[number] }) | string {
  const status = values.status ?? 'active';
  if (!STATUSES.includes(status as never))
    return `--status must be one of ${STATUSES.join(', ')} (got "${status}").`;
  // Without --limit, the store's page size (50).
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
    return `--limit must be a whole number of cases, 1 or more (got "${values.limit}").`;
  const since = values.since ? new Date(values.since) : null;
  if (since && Number.isNaN(since.getTime()))
    return `--since must be a date such as 2026-04-01 (got "${values.since}").`;
  return {
    status: status as (typeof STATUSES)[number],
    since,
    ...(limit === undefined ? {} : { limit }),
  };
}

const morePhrase = (more: number) =>
  more > 0 ? `… ${more} more; use --limit or --since to see them.` : null;

export async function runCases(
  argv: string[],
  store: CaseStore,
  output: CommandOutput,
  hooks: CasesCommandHooks = {},
): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      status: { type: 'string' },
      since: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      as: { type: 'string' },
      faq: { type: 'boolean' },
    },
  });
  try {
    if (sub === 'list') {
      const filter = parseListFilter(values);
      if (typeof filter === 'string') {
        output.err(`${filter}\n\n${USAGE}`);
        return 2;
      }
      const page = await store.listCasePage(filter);
      const more = morePhrase(page.more);
      // --json keeps its contract (an array of cases); the "more" line goes to stderr.
      if (values.json) {
        output.out(JSON.stringify(page.cases));
        if (more) output.err(more);
        return 0;
      }
      const lines = page.cases.map((r) => summary(r, hooks.formatTime ?? utc));
      if (lines.length === 0)
        lines.push(`No ${filter.status} cases${filter.since ? ' since then' : ''}.`);
      if (more) lines.push(more);
      output.out(lines.join('\n'));
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
      output.out(values.json ? JSON.stringify(record) : details(record, hooks.formatTime ?? utc));
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
    const record = await store.act(
      id,
      sub as StaffAction,
      values.as,
      sub === 'reply' ? positionals.slice(1).join(' ') : undefined,
    );
    output.out(
      `${record.id} is now ${record.status}${record.assignee ? ` (${record.assignee})` : ''}.`,
    );
    if (sub === 'reply') output.out('The reply is queued for the student’s conversation.');
    if (sub === 'resolve' && values.faq && hooks.draftFaq)
      output.out(`Draft FAQ entry written: ${await hooks.draftFaq(record)}`);
    return 0;
  } catch (error) {
    if (isCaseError(error)) {
      output.err(`${error.code}: ${error.message} Nothing was changed.`);
      return 1;
    }
    throw error;
  }
}
