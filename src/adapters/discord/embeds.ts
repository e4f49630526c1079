/**
 * Answers and case cards as Discord embeds within Discord's limits: 4,096 characters of
 * description, 25 fields of 1,024, a 2,048-character footer, 6,000 characters and 10 embeds
 * a message. A longer answer is split into several messages at paragraph boundaries.
 */
import type { Answer, Citation, Lang } from '../../domain/types.ts';
import { firstMessageSources, sourceLine } from '../../compose/reply-budget.ts';
import { messagesFor } from '../../messages/index.ts';
import type { CaseCardModel } from '../../staff/case-card.ts';
import { splitText } from '../slack/mrkdwn.ts';

export interface DiscordEmbed {
  title?: string;
  description?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}
export interface DiscordButton {
  type: 2;
  style: 1 | 2 | 3 | 4;
  label: string;
  custom_id: string;
}
export interface DiscordMessage {
  content?: string;
  embeds: DiscordEmbed[];
  components: { type: 1; components: DiscordButton[] }[];
  allowed_mentions: { parse: [] };
}

export const LIMITS = {
  description: 4096,
  fields: 25,
  fieldValue: 1024,
  fieldName: 256,
  footer: 2048,
  message: 6000,
} as const;
const DESCRIPTION_CHUNK = 3500;

export const BUTTON = {
  helpful: 'feedback_helpful',
  notHelpful: 'feedback_not_helpful',
  talkToStaff: 'talk_to_staff',
  showAll: 'show_all',
  claim: 'case_claim',
  resolve: 'case_resolve',
} as const;

/** Text that cannot ping: mentions are also disabled by allowed_mentions on every message. */
function inert(text: string): string {
  return text.replace(/@(everyone|here)/g, '@\u200B$1').replace(/<@[!&]?(\d+)>/g, '<@\u200B$1>');
}

function embedSize(embed: DiscordEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

function button(style: DiscordButton['style'], label: string, customId: string): DiscordButton {
  return { type: 2, style, label, custom_id: customId };
}

function sourcesFooter(citations: Citation[], lang: Lang): DiscordEmbed['footer'] {
  if (citations.length === 0) return undefined;
  const text = citations.map((c, i) => sourceLine(c, i, lang)).join('\n');
  return { text: text.slice(0, LIMITS.footer) };
}

/** Embeds packed into messages of at most 10 embeds and 6,000 characters. */
function pack(embeds: DiscordEmbed[]): DiscordMessage[] {
  const messages: DiscordMessage[] = [];
  let current: DiscordEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    if (current.length === 10 || (current.length > 0 && size + embedSize(embed) > LIMITS.message)) {
      messages.push({ embeds: current, components: [], allowed_mentions: { parse: [] } });
      current = [];
      size = 0;
    }
    current.push(embed);
    size += embedSize(embed);
  }
  messages.push({ embeds: current, components: [], allowed_mentions: { parse: [] } });
  return messages;
}

/**
 * The first message: the short reply with its first sources in the footer, and the buttons
 * (Show all when the reply was shortened, feedback, talk to staff) on that same message.
 */
export function answerMessages(answer: Answer): DiscordMessage[] {
  const m = messagesFor(answer.lang);
  const chunks = splitText(inert(answer.answer), DESCRIPTION_CHUNK);
  const embeds: DiscordEmbed[] = chunks.map((description) => ({ description, color: 0x1d3c6e }));
  if (embeds.length === 0) embeds.push({ description: '…' });
  const footer = sourcesFooter(firstMessageSources(answer.citations), answer.lang);
  if (footer) embeds[embeds.length - 1]!.footer = footer;
  const buttons: DiscordButton[] = [
    ...(answer.more ? [button(1, m.reply.showAll, `${BUTTON.showAll}:${answer.answerId}`)] : []),
    button(2, m.buttons.helpful, `${BUTTON.helpful}:${answer.answerId}`),
    button(2, m.buttons.notHelpful, `${BUTTON.notHelpful}:${answer.answerId}`),
    button(1, m.buttons.talkToStaff, `${BUTTON.talkToStaff}:${answer.answerId}`),
  ];
  const messages = pack(embeds);
  messages[messages.length - 1]!.components = [{ type: 1, components: buttons }];
  return messages;
}

/**
 * The full answer behind Show all: a heading, the whole text split at paragraph boundaries
 * into embeds of at most 3,500 characters, every source in the last footer; as many
 * messages as Discord's limits need, without buttons.
 */
export function fullAnswerMessages(answer: Answer): DiscordMessage[] {
  const m = messagesFor(answer.lang);
  const chunks = splitText(inert(answer.more ?? answer.answer), DESCRIPTION_CHUNK);
  const embeds: DiscordEmbed[] = chunks.map((description, i) => ({
    ...(i === 0 ? { title: m.reply.fullAnswerHeading } : {}),
    description,
    color: 0x1d3c6e,
  }));
  if (embeds.length === 0) embeds.push({ description: '…' });
  const footer = sourcesFooter(answer.citations, answer.lang);
  if (footer) embeds[embeds.length - 1]!.footer = footer;
  return pack(embeds);
}

/** The text a reader sees in a message's embeds (title, description, fields, footer), joined by lines. */
export function embedText(message: DiscordMessage): string {
  return message.embeds
    .flatMap((e) => [
      e.title,
      e.description,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text,
    ])
    .filter((t): t is string => typeof t === 'string' && t !== '')
    .join('\n');
}

const STATUS_COLOR = {
  open: 0xc0392b,
  claimed: 0xf1c40f,
  answered: 0x3498db,
  resolved: 0x2ecc71,
} as const;

/** The platform-free case card (staff/case-card.ts) as a Discord embed with buttons. */
export function caseCardMessage(card: CaseCardModel): DiscordMessage {
  const { labels } = card;
  const buttons: DiscordButton[] = card.actions.map(({ action, label }) => ({
    type: 2,
    style: action === 'claim' ? 1 : 3,
    label,
    custom_id: `${BUTTON[action]}:${card.caseId}`,
  }));
  return {
    embeds: [
      {
        title: card.title,
        description: inert(card.question).slice(0, 3000),
        color: STATUS_COLOR[card.status],
        fields: [
          { name: labels.reason, value: card.reason.slice(0, 1024), inline: true },
          { name: labels.opened, value: card.openedAt, inline: true },
          {
            name: labels.assignee,
            value: card.assignee ? `<@${card.assignee}>` : '—',
            inline: true,
          },
          {
            name: labels.thread,
            value: card.threadLink
              ? `[${card.studentThread}](${card.threadLink})`
              : card.whereNoLink.slice(0, 1024),
          },
          ...(card.generalRule
            ? [{ name: labels.ruleGiven, value: inert(card.generalRule).slice(0, 1024) }]
            : []),
        ],
        footer: {
          text: `${card.replyInThread.charAt(0).toUpperCase()}${card.replyInThread.slice(1)}.`,
        },
      },
    ],
    components: buttons.length ? [{ type: 1, components: buttons }] : [],
    allowed_mentions: { parse: [] },
  };
}
