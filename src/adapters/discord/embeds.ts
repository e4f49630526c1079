/**
 * Answers and case cards as Discord embeds within Discord's limits: 4,096 characters of
 * description, 25 fields of 1,024, a 2,048-character footer, 6,000 characters and 10 embeds
 * a message. A longer answer is split into several messages at paragraph boundaries.
 */
import type { CaseRecord } from '../../domain/cases.ts';
import type { Answer } from '../../domain/types.ts';
import { formatAsOf } from '../../compose/freshness.ts';
import { messagesFor } from '../../messages/index.ts';
import { caseCard } from '../../staff/case-card.ts';
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

export const LIMITS = { description: 4096, fields: 25, fieldValue: 1024, fieldName: 256, footer: 2048, message: 6000 } as const;
const DESCRIPTION_CHUNK = 3500;

export const BUTTON = { helpful: 'feedback_helpful', notHelpful: 'feedback_not_helpful', talkToStaff: 'talk_to_staff', claim: 'case_claim', resolve: 'case_resolve' } as const;

/** Text that cannot ping: mentions are also disabled by allowed_mentions on every message. */
function inert(text: string): string {
  return text.replace(/@(everyone|here)/g, '@\u200B$1').replace(/<@[!&]?(\d+)>/g, '<@\u200B$1>');
}

function embedSize(embed: DiscordEmbed): number {
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

export function answerMessages(answer: Answer): DiscordMessage[] {
  const m = messagesFor(answer.lang);
  const chunks = splitText(inert(answer.answer), DESCRIPTION_CHUNK);
  const fields =
    answer.route === 'partners' && answer.partners.length > 1
      ? answer.partners.slice(0, LIMITS.fields).map((p) => ({ name: m.partnerName(p).slice(0, LIMITS.fieldName), value: inert(`${p.country} — ${p.reason}`).slice(0, LIMITS.fieldValue) }))
      : [];
  const footer = answer.citations.length
    ? { text: answer.citations.map((c, i) => `[${i + 1}] ${c.title} — ${c.source} (${m.asOfLabel} ${formatAsOf(c.asOf)})`).join('\n').slice(0, LIMITS.footer) }
    : undefined;
  const buttons: DiscordButton[] = [
    { type: 2, style: 2, label: m.buttons.helpful, custom_id: `${BUTTON.helpful}:${answer.answerId}` },
    { type: 2, style: 2, label: m.buttons.notHelpful, custom_id: `${BUTTON.notHelpful}:${answer.answerId}` },
    { type: 2, style: 1, label: m.buttons.talkToStaff, custom_id: `${BUTTON.talkToStaff}:${answer.answerId}` },
  ];
  const embeds: DiscordEmbed[] = chunks.map((description) => ({ description, color: 0x1d3c6e }));
  if (embeds.length === 0) embeds.push({ description: '…' });
  // Fields and sources go on the last embed; embeds are packed into messages of at most 6,000 characters.
  const last = embeds[embeds.length - 1]!;
  if (fields.length) last.fields = fields;
  if (footer) last.footer = footer;
  while (embedSize(last) > LIMITS.message && last.fields?.length) last.fields.pop();
  const messages: DiscordMessage[] = [];
  let current: DiscordEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    if (current.length === 10 || size + embedSize(embed) > LIMITS.message) {
      messages.push({ embeds: current, components: [], allowed_mentions: { parse: [] } });
      current = [];
      size = 0;
    }
    current.push(embed);
    size += embedSize(embed);
  }
  messages.push({ embeds: current, components: [{ type: 1, components: buttons }], allowed_mentions: { parse: [] } });
  return messages;
}

const STATUS_COLOR = { open: 0xc0392b, claimed: 0xf1c40f, answered: 0x3498db, resolved: 0x2ecc71 } as const;

/** The platform-free case card (staff/case-card.ts) as a Discord embed with buttons. */
export function caseCardMessage(record: CaseRecord): DiscordMessage {
  const card = caseCard(record);
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
          { name: labels.reason, value: card.reason, inline: true },
          { name: labels.language, value: card.lang, inline: true },
          { name: labels.assignee, value: card.assignee ? `<@${card.assignee}>` : '—', inline: true },
          { name: labels.conversation, value: card.conversation.slice(0, 1024) },
          ...(card.generalRule ? [{ name: labels.ruleGiven, value: inert(card.generalRule).slice(0, 1024) }] : []),
        ],
        footer: { text: `${card.replyInThread.charAt(0).toUpperCase()}${card.replyInThread.slice(1)}.` },
      },
    ],
    components: buttons.length ? [{ type: 1, components: buttons }] : [],
    allowed_mentions: { parse: [] },
  };
}
