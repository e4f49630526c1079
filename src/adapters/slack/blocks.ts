/**
 * Answers and case cards as Block Kit, within Slack's limits (50 blocks a message, 3,000
 * characters a text object, 10 fields a section) whatever the answer's length.
 */
import type { CaseRecord } from '../../domain/cases.ts';
import type { Answer, PartnerResult } from '../../domain/types.ts';
import { formatAsOf } from '../../compose/freshness.ts';
import { messagesFor } from '../../messages/index.ts';
import { caseCard } from '../../staff/case-card.ts';
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
  const m = messagesFor(lang);
  const rows = partners.slice(0, MAX_PARTNER_ROWS).map((p) => `• *${escapeMrkdwn(m.partnerName(p))}* (${escapeMrkdwn(p.country)}) — ${escapeMrkdwn(p.reason)}`);
  const more = partners.length - MAX_PARTNER_ROWS;
  if (more > 0) rows.push(m.moreRows(more));
  return [{ type: 'divider' }, ...splitText(rows.join('\n'), TEXT_LIMIT).map(section)];
}

export function answerBlocks(answer: Answer): Block[] {
  const m = messagesFor(answer.lang);
  const body = splitText(escapeMrkdwn(answer.answer), TEXT_LIMIT).map(section);
  const table = answer.route === 'partners' && answer.partners.length > 1 ? partnerTable(answer.partners, answer.lang) : [];
  const sources = answer.citations.map((c, i) => `[${i + 1}] ${escapeMrkdwn(c.title)} — ${escapeMrkdwn(c.source)} (${m.asOfLabel} ${formatAsOf(c.asOf)})`);
  const context: Block[] = sources.length
    ? splitText(sources.join('\n'), 1900).slice(0, 3).map((text) => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] }))
    : [];
  const actions: Block = {
    type: 'actions',
    block_id: `answer:${answer.answerId}`,
    elements: [
      { type: 'button', action_id: ACTIONS.helpful, value: answer.answerId, text: { type: 'plain_text', text: m.buttons.helpful } },
      { type: 'button', action_id: ACTIONS.notHelpful, value: answer.answerId, text: { type: 'plain_text', text: m.buttons.notHelpful } },
      { type: 'button', action_id: ACTIONS.talkToStaff, value: answer.answerId, style: 'primary', text: { type: 'plain_text', text: m.buttons.talkToStaff } },
    ],
  };
  // Keep the actions and sources; the body gives way first if a message would pass 50 blocks.
  const room = MAX_BLOCKS - context.length - 1 - table.length;
  const shownBody = body.length > room ? [...body.slice(0, room - 1), section(m.shortened)] : body;
  return [...shownBody, ...table, ...context, actions];
}

/** Plain-text fallback for notifications and clients without blocks. */
export function answerFallback(answer: Answer): string {
  return escapeMrkdwn(answer.answer).slice(0, 3000);
}

const STATUS_MARK = { open: '🟥', claimed: '🟨', answered: '🟦', resolved: '🟩' } as const;

/** The platform-free case card (staff/case-card.ts) as Block Kit. */
export function caseCardBlocks(record: CaseRecord, threadLink: string | null): Block[] {
  const card = caseCard(record);
  const { labels } = card;
  const fields = [
    `*${labels.case}*\n${card.caseId}`,
    `*${labels.status}*\n${STATUS_MARK[card.status]} ${card.statusLabel}${card.assignee ? ` — <@${escapeMrkdwn(card.assignee)}>` : ''}`,
    `*${labels.reason}*\n${escapeMrkdwn(card.reason)}`,
    `*${labels.language}*\n${card.lang}`,
  ].map((text) => ({ type: 'mrkdwn', text }));
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: card.title } },
    { type: 'section', fields },
    section(`*${labels.question}*\n${inertStudentText(card.question).slice(0, 2800)}`),
  ];
  if (card.generalRule) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `${labels.ruleGiven}: ${inertStudentText(card.generalRule).slice(0, 1800)}` }] });
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: threadLink ? `<${threadLink}|${card.studentThread}> · ${card.replyInThread}` : escapeMrkdwn(card.conversationLine) }] });
  if (card.actions.length > 0) {
    blocks.push({
      type: 'actions',
      block_id: `case:${card.caseId}`,
      elements: card.actions.map(({ action, label }) => ({
        type: 'button',
        action_id: ACTIONS[action],
        value: card.caseId,
        ...(action === 'resolve' ? { style: 'primary' } : {}),
        text: { type: 'plain_text', text: label },
      })),
    });
  }
  return blocks;
}
