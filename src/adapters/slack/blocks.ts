/**
 * Answers and case cards as Block Kit, within Slack's limits (50 blocks a message, 3,000
 * characters a text object, 10 fields a section) whatever the answer's length.
 */
import type { Answer, Citation, Lang } from '../../domain/types.ts';
import { firstMessageSources, sourceLine } from '../../compose/reply-budget.ts';
import { messagesFor } from '../../messages/index.ts';
import type { CaseCardModel } from '../../staff/case-card.ts';
import { escapeMrkdwn, inertStudentText, splitText } from './mrkdwn.ts';

export type Block = { type: string; [key: string]: unknown };
const TEXT_LIMIT = 2900;
const CONTEXT_LIMIT = 1900;
const MAX_BLOCKS = 50;

export const ACTIONS = {
  helpful: 'feedback_helpful',
  notHelpful: 'feedback_not_helpful',
  talkToStaff: 'talk_to_staff',
  showAll: 'show_all',
  claim: 'case_claim',
  resolve: 'case_resolve',
} as const;

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });

function sourceBlocks(citations: Citation[], lang: Lang): Block[] {
  if (citations.length === 0) return [];
  const lines = citations.map((c, i) => escapeMrkdwn(sourceLine(c, i, lang)));
  return splitText(lines.join('\n'), CONTEXT_LIMIT).map((text) => ({
    type: 'context',
    elements: [{ type: 'mrkdwn', text }],
  }));
}

function button(actionId: string, value: string, text: string, primary = false): Block {
  return {
    type: 'button',
    action_id: actionId,
    value,
    ...(primary ? { style: 'primary' } : {}),
    text: { type: 'plain_text', text },
  };
}

/**
 * The first message: the short reply, its first sources, and the buttons (feedback, talk to
 * staff, and Show all when the reply was shortened). Within the reply budget by construction.
 */
export function answerBlocks(answer: Answer): Block[] {
  const m = messagesFor(answer.lang);
  const body = splitText(escapeMrkdwn(answer.answer), TEXT_LIMIT).map(section);
  const context = sourceBlocks(firstMessageSources(answer.citations), answer.lang).slice(0, 3);
  const actions: Block = {
    type: 'actions',
    block_id: `answer:${answer.answerId}`,
    elements: [
      ...(answer.more ? [button(ACTIONS.showAll, answer.answerId, m.reply.showAll)] : []),
      button(ACTIONS.helpful, answer.answerId, m.buttons.helpful),
      button(ACTIONS.notHelpful, answer.answerId, m.buttons.notHelpful),
      button(ACTIONS.talkToStaff, answer.answerId, m.buttons.talkToStaff, true),
    ],
  };
  // Keep the actions and sources; the body gives way first if a message would pass 50 blocks.
  const room = MAX_BLOCKS - context.length - 1;
  const shownBody = body.length > room ? [...body.slice(0, room - 1), section(m.shortened)] : body;
  return [...shownBody, ...context, actions];
}

/**
 * The full answer behind Show all, as one or more messages for the thread: a heading, the
 * whole text in sections of at most 2,900 characters, every source; at most 50 blocks each.
 */
export function fullAnswerMessages(answer: Answer): { text: string; blocks: Block[] }[] {
  const m = messagesFor(answer.lang);
  const full = answer.more ?? answer.answer;
  const blocks = [
    section(`*${escapeMrkdwn(m.reply.fullAnswerHeading)}*`),
    ...splitText(escapeMrkdwn(full), TEXT_LIMIT).map(section),
    ...sourceBlocks(answer.citations, answer.lang),
  ];
  const messages: { text: string; blocks: Block[] }[] = [];
  for (let i = 0; i < blocks.length; i += MAX_BLOCKS) {
    const part = blocks.slice(i, i + MAX_BLOCKS);
    messages.push({ text: blockText(part).slice(0, 3000), blocks: part });
  }
  return messages;
}

/** The text a reader sees in a message's blocks (sections, fields, context), one block a line. */
export function blockText(blocks: Block[]): string {
  const texts: string[] = [];
  for (const block of blocks) {
    const text = block.text as { text?: string } | undefined;
    if (text?.text) texts.push(text.text);
    for (const field of (block.fields ?? []) as { text?: string }[])
      if (field.text) texts.push(field.text);
    for (const element of (block.elements ?? []) as { type: string; text?: unknown }[])
      if (element.type === 'mrkdwn' && typeof element.text === 'string') texts.push(element.text);
  }
  return texts.join('\n');
}

/** Plain-text fallback for notifications and clients without blocks. */
export function answerFallback(answer: Answer): string {
  return escapeMrkdwn(answer.answer).slice(0, 3000);
}

const STATUS_MARK = { open: '🟥', claimed: '🟨', answered: '🟦', resolved: '🟩' } as const;

/** The platform-free case card (staff/case-card.ts) as Block Kit. */
export function caseCardBlocks(card: CaseCardModel): Block[] {
  const { labels } = card;
  const assignee = card.assignee ? ` — <@${escapeMrkdwn(card.assignee)}>` : '';
  const fields = [
    `*${labels.case}*\n${card.caseId}`,
    `*${labels.status}*\n${STATUS_MARK[card.status]} ${card.statusLabel}${assignee}`,
    `*${labels.reason}*\n${escapeMrkdwn(card.reason)}`,
    `*${labels.opened}*\n${escapeMrkdwn(card.openedAt)}`,
  ].map((text) => ({ type: 'mrkdwn', text }));
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: card.title } },
    { type: 'section', fields },
    section(`*${labels.question}*\n${inertStudentText(card.question).slice(0, 2800)}`),
  ];
  if (card.generalRule)
    blocks.push(
      section(`*${labels.ruleGiven}*\n${inertStudentText(card.generalRule).slice(0, 2800)}`),
    );
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: card.threadLink
          ? `<${card.threadLink}|${card.studentThread}> · ${card.replyInThread}`
          : `${escapeMrkdwn(card.whereNoLink)} · ${card.replyInThread}`,
      },
    ],
  });
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
