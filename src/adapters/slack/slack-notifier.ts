/**
 * Staff notifications and staff replies through the Slack Web API: a case card per case in the
 * staff channel (posted once, updated in place), the office's replies in the student's thread,
 * and the assistant's answers queued by the inbox; every post is made once (post-once.ts).
 */
import { DeskError } from '../../domain/errors.ts';
import type { WebClient } from '@slack/web-api';
import type { CaseRecord } from '../../domain/cases.ts';
import type { CaseStore, OutboxJob, StaffNotifier } from '../../domain/ports.ts';
import {
  mayHaveSentBefore,
  type StudentAnswerJob,
  type StudentReplyJob,
} from '../../domain/outbox.ts';
import type { Answer } from '../../domain/types.ts';
import type { OfficeFile } from '../../knowledge/office-schema.ts';
import { messagesFor } from '../../messages/index.ts';
import { caseCard } from '../../staff/case-card.ts';
import { publishCaseCard } from '../../staff/case-card-publisher.ts';
import { answerBlocks, answerFallback, caseCardBlocks } from './blocks.ts';
import { POST_TYPE, postOnce } from './post-once.ts';
import { parseSlackConversation } from './conversation-ref.ts';
import { escapeMrkdwn } from './mrkdwn.ts';
import { privateAnswer } from '../../compose/reply-budget.ts';

export class SlackNotifier implements StaffNotifier {
  constructor(
    private readonly client: WebClient,
    private readonly staffChannel: string | null,
    private readonly office: OfficeFile,
    /** Each answer as it is posted ("Show all" keeps the ones whose first message was cut). */
    private readonly onAnswerPosted: (answer: Answer) => void = () => {},
  ) {}

  handlesConversation(conversation: string): boolean {
    return conversation.startsWith('slack:');
  }

  async deliver(job: OutboxJob, store: CaseStore): Promise<void> {
    if (job.kind === 'student_reply') return this.relayReply(job);
    if (job.kind === 'student_answer') return this.postAnswer(job);
    const card = async (record: CaseRecord) => {
      const model = caseCard(record, {
        timeZone: this.office.timeZone,
        threadLink: await this.threadLink(record.conversation),
      });
      return { blocks: caseCardBlocks(model), text: model.fallback };
    };
    await publishCaseCard(job, store, 'slack', this.staffChannel, {
      // A card Slack accepted before a crash (the reply never reached us) is found, not re-posted.
      post: async (record) => {
        const ts = await postOnce(this.client, {
          channel: this.staffChannel!,
          thread: null,
          eventType: POST_TYPE.caseCard,
          payload: { case_id: record.id, key: job.idempotencyKey },
          matchOn: ['case_id'],
          lookFirst: true,
          oldest: String(Math.floor(Date.parse(record.createdAt) / 1000) - 60),
          message: await card(record),
        });
        return { channel: this.staffChannel!, messageId: ts };
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
    await postOnce(this.client, {
      channel: target.channel,
      thread: target.threadTs,
      eventType: POST_TYPE.staffReply,
      payload: { key: job.idempotencyKey },
      matchOn: ['key'],
      lookFirst: mayHaveSentBefore(job),
      message: { text: `${heading}\n${escapeMrkdwn(text)}` },
    });
  }

  /** An answer (or case number) queued by the inbox; the "seen" mark comes off once it is posted. */
  private async postAnswer(job: StudentAnswerJob): Promise<void> {
    const { target, answerId } = job.payload;
    const answer = job.payload.answer as unknown as Answer;
    await postOnce(this.client, {
      channel: target.channel,
      thread: target.thread,
      eventType: POST_TYPE.answer,
      payload: { answer_id: answerId, key: job.idempotencyKey },
      matchOn: ['answer_id'],
      lookFirst: mayHaveSentBefore(job),
      message: { text: answerFallback(answer), blocks: answerBlocks(answer) },
    });
    this.onAnswerPosted(answer);
    // A personal handover asked in public continues in the student's DM: posted there once.
    const dm = answer.privateFollowUp;
    const dmTarget = dm ? parseSlackConversation(dm.conversation) : null;
    if (dm && dmTarget) {
      const privately = privateAnswer(answer, dm.answer);
      await postOnce(this.client, {
        channel: dmTarget.channel,
        thread: null,
        eventType: POST_TYPE.answer,
        payload: { answer_id: `${answerId}:private`, key: `${job.idempotencyKey}:private` },
        matchOn: ['answer_id'],
        lookFirst: mayHaveSentBefore(job),
        message: { text: answerFallback(privately), blocks: answerBlocks(privately) },
      });
      this.onAnswerPosted(privately);
    }
    if (target.react)
      await this.client.reactions
        .remove({ channel: target.channel, timestamp: target.react, name: 'eyes' })
        .catch(() => undefined);
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
