/**
 * Case cards in the Discord staff channel (posted once with a thread for staff replies,
 * edited in place as the case moves), the office's replies in the student's thread or DM, and
 * the assistant's answers queued by the inbox; every post is made once (post-once.ts).
 */
import { DeskError } from '../../domain/errors.ts';
import type { REST } from 'discord.js';
import { Routes } from 'discord.js';
import type { CaseStore, OutboxJob, StaffNotifier } from '../../domain/ports.ts';
import type { StudentAnswerJob, StudentReplyJob } from '../../domain/outbox.ts';
import type { Answer } from '../../domain/types.ts';
import type { OfficeFile } from '../../knowledge/office-schema.ts';
import { messagesFor } from '../../messages/index.ts';
import { publishCaseCard } from '../../staff/case-card-publisher.ts';
import { discordJumpUrl, discordTarget } from './conversation-ref.ts';
import { caseCard } from '../../staff/case-card.ts';
import type { CaseRecord } from '../../domain/cases.ts';
import { answerMessages, caseCardMessage } from './embeds.ts';
import { postOnce, startThreadOnce } from './post-once.ts';
import { privateAnswer } from '../../compose/reply-budget.ts';

export class DiscordNotifier implements StaffNotifier {
  constructor(
    private readonly rest: REST,
    private readonly staffChannelId: string | null,
    private readonly office: OfficeFile,
    /** Each answer as it is posted ("Show all" keeps the ones whose first message was cut). */
    private readonly onAnswerPosted: (answer: Answer) => void = () => {},
  ) {}

  handlesConversation(conversation: string): boolean {
    return conversation.startsWith('discord:');
  }

  async deliver(job: OutboxJob, store: CaseStore): Promise<void> {
    if (job.kind === 'student_reply') return this.relayReply(job);
    if (job.kind === 'student_answer') return this.postAnswer(job);
    await publishCaseCard(job, store, 'discord', this.staffChannelId, {
      post: async (record) => {
        const channel = this.staffChannelId!;
        const posted = await postOnce(
          this.rest,
          channel,
          `case_card:${record.id}`,
          this.card(record) as unknown as Record<string, unknown>,
        );
        // A thread on the card collects the staff's replies (it shares the card message's id).
        await this.rest
          .post(Routes.threads(channel, posted.id), {
            body: { name: `${record.id} replies`, auto_archive_duration: 10080 },
          })
          .catch(() => undefined);
        return { channel, messageId: posted.id };
      },
      update: async ({ channel, messageId }, record) => {
        await this.rest.patch(Routes.channelMessage(channel, messageId), {
          body: this.card(record),
        });
      },
    });
  }

  private card(record: CaseRecord) {
    return caseCardMessage(
      caseCard(record, {
        timeZone: this.office.timeZone,
        threadLink: discordJumpUrl(record.conversation),
      }),
    );
  }

  private async relayReply(job: StudentReplyJob): Promise<void> {
    const target = job.conversation ? discordTarget(job.conversation) : null;
    if (!target)
      throw new DeskError('BAD_CONVERSATION', `not a Discord conversation: ${job.conversation}`);
    const { caseId, text, lang } = job.payload;
    const m = messagesFor(lang);
    const title = `${m.staffReplyHeading(this.office)}${m.caseSuffix(caseId)}`;
    await postOnce(this.rest, target, job.idempotencyKey, {
      embeds: [{ title, description: text.slice(0, 4000), color: 0x2ecc71 }],
      allowed_mentions: { parse: [] },
    });
  }

  /** An answer (or case number) queued by the inbox: each of its messages posted once. */
  private async postAnswer(job: StudentAnswerJob): Promise<void> {
    const { target } = job.payload;
    const answer = job.payload.answer as unknown as Answer;
    if (target.startThread) await startThreadOnce(this.rest, target.startThread);
    await this.postMessages(target.channel, job.idempotencyKey, answer);
    // A personal handover asked in public continues in the student's DM: posted there once.
    const dm = answer.privateFollowUp;
    const dmChannel = dm ? discordTarget(dm.conversation) : null;
    if (dm && dmChannel)
      await this.postMessages(
        dmChannel,
        `${job.idempotencyKey}:private`,
        privateAnswer(answer, dm.answer),
      );
  }

  private async postMessages(channel: string, key: string, answer: Answer): Promise<void> {
    for (const [i, message] of answerMessages(answer).entries())
      await postOnce(this.rest, channel, `${key}:${i}`, {
        ...(message as unknown as Record<string, unknown>),
        allowed_mentions: { parse: [] },
      });
    this.onAnswerPosted(answer);
  }
}
