/**
 * Answers and case cards as Block Kit, within Slack's limits (50 blocks a message, 3,000
 * characters a text object, 10 fields a section) whatever the answer's length.
 */
import type { CaseRecord } from '../../domain/cases.ts';
import type { Answer, PartnerResult } from '../../domain/types.ts';
import { formatAsOf } from '../../compose/freshness.ts';
import { escapeMrkdwn, inertStudentText, splitText } from './mrkdwn.ts';

type Block = { type: string; [key: string]: unknown };
const TEXT_LIMIT = 2900;
const MAX_BLOCKS = 50;
/** Partner rows shown in the table; the rest are counted, and the full list is in the answer text. */
const MAX_PARTNER_ROWS = 15;

export const ACTIONS = {
  helpful: 'feedback_helpful',
  notHelpful: 'feedback_not_helpful',
  talkToStaff: 'talk_to_staff',
  claim: 'case_claim',
  resolve: 'case_resolve',
} as const;

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });

function partnerTable(partners: PartnerResult[], lang: Answer['lang']): Block[] {
  if (partners.length === 0) return [];
  const rows = partners.slice(0, MAX_PARTNER_ROWS).map((p) => {
    const name = lang === 'ja' ? p.nameJa : p.nameEn;
    return `• *${escapeMrkdwn(name)}* (${escapeMrkdwn(p.country)}) — ${escapeMrkdwn(p.reason)}`;
  });
  const more = partners.length - MAX_PARTNER_ROWS;
  if (more > 0) rows.push(lang === 'ja' ? `…ほか${more}校（条件を絞って質問してください）` : `…and ${more} more (narrow the question to see them)`);
  return [{ type: 'divider' }, ...splitText(rows.join('\n'), TEXT_LIMIT).map(section)];
}

export function answerBlocks(answer: Answer): Block[] {
  const ja = answer.lang === 'ja';
  const body = splitText(escapeMrkdwn(answer.answer), TEXT_LIMIT).map(section);
  const table = answer.route === 'partners' && answer.partners.length > 1 ? partnerTable(answer.partners, answer.lang) : [];
  const sources = answer.citations.map((c, i) => `[${i + 1}] ${escapeMrkdwn(c.title)} — ${escapeMrkdwn(c.source)} (${ja ? '時点' : 'as of'} ${formatAsOf(c.asOf)})`);
  const context: Block[] = sources.length
    ? splitText(sources.join('\n'), 1900).slice(0, 3).map((text) => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] }))
    : [];
  const actions: Block = {
    type: 'actions',
    block_id: `answer:${answer.answerId}`,
    elements: [
      { type: 'button', action_id: ACTIONS.helpful, value: answer.answerId, text: { type: 'plain_text', text: ja ? '役に立った' : 'Helpful' } },
      { type: 'button', action_id: ACTIONS.notHelpful, value: answer.answerId, text: { type: 'plain_text', text: ja ? '役に立たなかった' : 'Not helpful' } },
      { type: 'button', action_id: ACTIONS.talkToStaff, value: answer.answerId, style: 'primary', text: { type: 'plain_text', text: ja ? '職員に相談' : 'Talk to staff' } },
    ],
  };
  // Keep the actions and sources; the body gives way first if a message would pass 50 blocks.
  const room = MAX_BLOCKS - context.length - 1 - table.length;
  const shownBody = body.length > room ? [...body.slice(0, room - 1), section(ja ? '…（長いため省略しました）' : '…(shortened to fit Slack)')] : body;
  return [...shownBody, ...table, ...context, actions];
}

/** Plain-text fallback for notifications and clients without blocks. */
export function answerFallback(answer: Answer): string {
  return escapeMrkdwn(answer.answer).slice(0, 3000);
}

export function caseCardBlocks(record: CaseRecord, threadLink: string | null): Block[] {
  const statusText = { open: '🟥 open', claimed: '🟨 claimed', answered: '🟦 answered', resolved: '🟩 resolved' }[record.status];
  const fields = [
    `*Case*\n${record.id}`,
    `*Status*\n${statusText}${record.assignee ? ` — <@${escapeMrkdwn(record.assignee)}>` : ''}`,
    `*Reason*\n${record.reason}`,
    `*Language*\n${record.lang}`,
  ].map((text) => ({ type: 'mrkdwn', text }));
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: `Handover ${record.id}` } },
    { type: 'section', fields },
    section(`*Question*\n${inertStudentText(record.question).slice(0, 2800)}`),
  ];
  if (record.generalRule) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Rule already given: ${inertStudentText(record.generalRule).slice(0, 1800)}` }] });
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: threadLink ? `<${threadLink}|Student's thread> · reply in this card's thread to answer the student` : `Conversation ${escapeMrkdwn(record.conversation)}` }] });
  if (record.status !== 'resolved') {
    blocks.push({
      type: 'actions',
      block_id: `case:${record.id}`,
      elements: [
        ...(record.status === 'open' ? [{ type: 'button', action_id: ACTIONS.claim, value: record.id, text: { type: 'plain_text', text: 'Claim' } }] : []),
        { type: 'button', action_id: ACTIONS.resolve, value: record.id, style: 'primary', text: { type: 'plain_text', text: 'Resolve' } },
      ],
    });
  }
  return blocks;
}
