/**
 * Staff notifications and staff replies through the Slack Web API: a case card per case in the
 * staff channel (posted once, updated in place) and the office's replies in the student's thread.
 */
import { DeskError } from '../../domain/errors.ts';
import type { WebClient } from '@slack/web-api';
import type { CaseRecord } from '../../domain/cases.ts';
import type { CaseStore, OutboxJob, StaffNotifier } from '../../domain/ports.ts';
import type { StudentReplyJob } from '../../domain/outbox.ts';
import type { OfficeFile } from '../../knowledge/schema.ts';
import { messagesFor } from '../../messages/index.ts';
import { caseCard } from '../../staff/case-card.ts';
import { publishCaseCard } from '../../staff/case-card-publisher.ts';
import { caseCardBlocks } from './blocks.ts';
import { parseSlackConversation } from './conversation-ref.ts';
import { escapeMrkdwn } from './mrkdwn.ts';

export class SlackNotifier implements StaffNotifier {
  constructor(
    private readonly client: WebClient,
    private readonly staffChannel: string | null,
    private readonly office: OfficeFile,
  ) {}

  handlesConversation(conversation: string): boolean {
    return conversation.startsWith('slack:');
  }

  async deliver(job: OutboxJob, store: CaseStore): Promise<void> {
    if (job.kind === 'student_reply') return this.relayReply(job);
    const card = async (record: CaseRecord) => {
      const model = caseCard(record, {
        timeZone: this.office.timeZone,
        threadLink: await this.threadLink(record.conversation),
      });
      return { blocks: caseCardBlocks(model), text: model.fallback };
    };
    await publishCaseCard(job, store, 'slack', this.staffChannel, {
      post: async (record) => {
        const posted = await this.client.chat.postMessage({
          channel: this.staffChannel!,
          ...(await card(record)),
          unfurl_links: false,
        });
        return { channel: String(posted.channel), messageId: String(posted.ts) };
      },
      update: async ({ channel, messageId }, record) => {
        await this.client.chat.update({ channel, ts: messageId, ...(await card(record)) });
      },
    });
  }

  private async relayReply(job: StudentReplyJob): Promise<void> {
    const target = job.conversation ? parseSlackConversation(job.conversation) : null;
    if (!target)
      throw new DeskError('BAD_CONVERSATION', `not a Slack conversation: ${job.conversation}`);
    const { caseId, text, lang } = job.payload;
    const m = messagesFor(lang);
    const heading = `*${m.staffReplyHeading(this.office)}*${m.caseSuffix(caseId)}`;
    await this.client.chat.postMessage({
      channel: target.channel,
      ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
      text: `${heading}\n${escapeMrkdwn(text)}`,
      unfurl_links: false,
    });
  }

  private async threadLink(conversation: string): Promise<string | null> {
    const target = parseSlackConversation(conversation);
    if (!target) return null;
    // A DM (a personal handover continues there) has no thread to link: the DM itself.
    if (!target.threadTs) return `https://slack.com/app_redirect?channel=${target.channel}`;
    try {
      const result = await this.client.chat.getPermalink({
        channel: target.channel,
        message_ts: target.threadTs,
      });
      return typeof result.permalink === 'string' ? result.permalink : null;
    } catch {
      return null;
    }
  }
}
