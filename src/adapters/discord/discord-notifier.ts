/**
 * Case cards in the Discord staff channel (posted once with a thread for staff replies,
 * edited in place as the case moves) and the office's replies in the student's thread or DM.
 */
import { DeskError } from '../../domain/errors.ts';
import type { REST } from 'discord.js';
import { Routes } from 'discord.js';
import type { CaseStore, OutboxJob, StaffNotifier } from '../../domain/ports.ts';
import type { StudentReplyJob } from '../../domain/outbox.ts';
import type { OfficeFile } from '../../knowledge/schema.ts';
import { messagesFor } from '../../messages/index.ts';
import { publishCaseCard } from '../../staff/case-card-publisher.ts';
import { discordJumpUrl, discordTarget } from './conversation-ref.ts';
import { caseCard } from '../../staff/case-card.ts';
import type { CaseRecord } from '../../domain/cases.ts';
import { caseCardMessage } from './embeds.ts';

export class DiscordNotifier implements StaffNotifier {
  constructor(
    private readonly rest: REST,
    private readonly staffChannelId: string | null,
    private readonly office: OfficeFile,
  ) {}

  handlesConversation(conversation: string): boolean {
    return conversation.startsWith('discord:');
  }

  async deliver(job: OutboxJob, store: CaseStore): Promise<void> {
    if (job.kind === 'student_reply') return this.relayReply(job);
    await publishCaseCard(job, store, 'discord', this.staffChannelId, {
      post: async (record) => {
        const channel = this.staffChannelId!;
        const posted = (await this.rest.post(Routes.channelMessages(channel), {
          body: this.card(record),
        })) as { id: string };
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
    await this.rest.post(Routes.channelMessages(target), {
      body: {
        embeds: [{ title, description: text.slice(0, 4000), color: 0x2ecc71 }],
        allowed_mentions: { parse: [] },
      },
    });
  }
}
