/**
 * One message in, one answer out: read it once into a Question (normalised, language,
 * history) -> policy (hostile input, decisions for staff) -> route (partners, knowledge,
 * handover, out of scope) -> finish (stamp, log, remember). Each route is a file in routes/.
 */
import { randomUUID } from 'node:crypto';
import {
  silentLogger,
  type AnswerLog,
  type AnswerModel,
  type ConversationStore,
  type HandoverDesk,
  type Logger,
  type Retriever,
} from '../domain/ports.ts';
import type { Answer, ConversationRef, Lang, Question } from '../domain/types.ts';
import type { SubQuestion } from '../understanding/interpretation.ts';
import type { KnowledgeBase } from '../knowledge/load.ts';
import { messagesFor } from '../messages/index.ts';
import { detectLanguage } from '../text/language.ts';
import { normaliseInput } from '../text/normalise.ts';
import type { Metrics } from '../domain/metrics.ts';
import { findPersonalData } from '../text/privacy.ts';
import { fitReply } from '../compose/reply-budget.ts';
import type { Draft, RouteContext } from './routes/context.ts';
import { handover } from './routes/handover.ts';
import { combineDrafts, exchangeTurns } from './drafts.ts';
import { answerPart, handoverInContext } from './answer-part.ts';
import { Interpreter } from '../understanding/interpret.ts';
import { readWithModel } from './model-assist.ts';
import { inputProblem, refused } from './routes/refused.ts';

export interface AssistantOptions {
  knowledge: KnowledgeBase;
  retriever: Retriever;
  conversations: ConversationStore;
  handover?: HandoverDesk | null;
  answerLog?: AnswerLog | null;
  /** Model mode: generated answers (verified) and model-read partner questions. */
  model?: AnswerModel | null;
  logger?: Logger;
  staleAfterDays: number;
  now?: () => Date;
  /** Below this retrieval confidence the assistant says it did not find the answer. */
  confidenceThreshold?: number;
  /** Questions by route and language, latency, handovers (the operator's /metrics). */
  metrics?: Metrics | null;
}

export interface IncomingMessage {
  text: string;
  conversation: ConversationRef;
  /** A public channel (not a DM): personal data in the message earns a suggestion to move to a DM. */
  isPublic?: boolean;
  /** A public channel's way to open a DM with the student (personal handovers continue there). */
  openPrivate?: () => Promise<ConversationRef | null>;
  /** Fixed by the inbox (from the event id), so answering a message again reuses its id. */
  answerId?: string;
}

/**
 * Chosen on the eval set: every guide/FAQ question scores at least 0.33, out-of-scope ones at
 * most 0.15; in-scope questions the sources do not answer spread from 0.1 to 0.54 (the upper
 * ones are "nearby" answers this threshold cannot catch; see the eval report).
 */
export const DEFAULT_CONFIDENCE_THRESHOLD = 0.32;

const HISTORY_TURNS = 6;

/**
 * What the channels ask of the assistant: an Assistant, or (desk serve) one whose `ask` is
 * answered in another thread by an Assistant built the same way.
 */
export type AssistantService = Pick<Assistant, 'ask' | 'feedback' | 'requestStaff' | 'knowledge'>;

export class Assistant {
  private readonly context: RouteContext;

  constructor(private readonly options: AssistantOptions) {
    this.context = {
      knowledge: options.knowledge,
      retriever: options.retriever,
      handover: options.handover ?? null,
      model: options.model ?? null,
      logger: options.logger ?? silentLogger,
      staleAfterDays: options.staleAfterDays,
      now: options.now ?? (() => new Date()),
      threshold: options.confidenceThreshold ?? DEFAULT_CONFIDENCE_THRESHOLD,
      interpreter: new Interpreter(options.knowledge),
    };
  }

  get knowledge(): KnowledgeBase {
    return this.options.knowledge;
  }

  async ask(message: IncomingMessage): Promise<Answer> {
    const started = performance.now();
    const input = normaliseInput(message.text);
    const history = input.problem
      ? []
      : await this.options.conversations.recent(message.conversation, HISTORY_TURNS);
    const question: Question = {
      answerId: message.answerId ?? randomUUID(),
      raw: message.text,
      text: input.text,
      lang: detectLanguage(input.text),
      conversation: message.conversation,
      isPublic: message.isPublic ?? false,
      ...(message.openPrivate ? { openPrivate: message.openPrivate } : {}),
      history,
    };
    const draft = input.problem
      ? inputProblem(input.problem, question.lang, this.context)
      : await this.route(question);
    if (question.isPublic && !input.problem && findPersonalData(question.text).length > 0) {
      // First, so a reply shortened to the budget still carries it.
      const suggestion = `${messagesFor(question.lang).dmSuggestion}\n`;
      draft.answer = suggestion + draft.answer;
      if (draft.more) draft.more = `${suggestion}\n${draft.more}`;
    }
    const answer = await this.finish(draft, question, started);
    if (!input.problem) {
      const at = this.context.now().toISOString();
      await this.options.conversations.append(
        question.conversation,
        exchangeTurns(question.text, { ...draft, answer: answer.answer }, at),
      );
    }
    return answer;
  }

  /** "Helpful" / "Not helpful": not helpful comes back with an offer of staff (a button, or `/staff`). */
  async feedback(
    answerId: string,
    helpful: boolean,
    lang: Lang,
  ): Promise<{ recorded: boolean; reply: string }> {
    const recorded = (await this.options.answerLog?.recordFeedback(answerId, helpful)) ?? false;
    const m = messagesFor(lang);
    return { recorded, reply: helpful ? m.feedbackThanks : m.feedbackSorry };
  }

  /** "Talk to staff" or "this didn't help": hands the conversation's last question to staff. */
  async requestStaff(
    conversation: ConversationRef,
    reason: 'wants_person' | 'not_helpful',
    fallbackLang: Lang = 'en',
  ): Promise<Answer> {
    const started = performance.now();
    const history = await this.options.conversations.recent(conversation, HISTORY_TURNS);
    const lastQuestion = [...history].reverse().find((turn) => turn.role === 'student')?.text ?? '';
    const lang = lastQuestion ? detectLanguage(lastQuestion) : fallbackLang;
    const text = lastQuestion || messagesFor(lang).staffRequestPlaceholder;
    const question: Question = {
      answerId: randomUUID(),
      raw: lastQuestion,
      text,
      lang,
      conversation,
      isPublic: false,
      history,
    };
    return this.finish(await handover(question, reason, this.context, false), question, started);
  }

  /**
   * The interpretation decides: an attempt to instruct the assistant is refused, a decision or
   * an action for the office is handed over, and each question of the message is answered.
   */
  private async route(question: Question): Promise<Draft> {
    const { interpreter, model, logger } = this.context;
    const rules = interpreter.interpret(question.text);
    const reading = model
      ? await readWithModel(
          model,
          rules,
          question.text,
          question.lang,
          {
            readPart: (text) => interpreter.interpretPart(text),
            unreadWords: (text) => interpreter.unreadWords(text),
          },
          logger,
        )
      : rules;
    if (reading.act === 'instruct')
      return refused(question.lang, this.context, reading.officialDocument === true);
    const need = reading.handover ?? handoverInContext(this.context, question, reading.parts);
    // "That didn't help" typed, as the button: the case is about the question that was missed.
    if (need === 'not_helpful') return handover(missedQuestion(question), need, this.context);
    if (need) {
      const handed = await handover(question, need, this.context);
      // "When can I apply for the visa? Also, is travel insurance required?": the visa goes to
      // staff, and the question beside it that needs no one is still answered.
      const others = need === 'emergency' ? [] : this.partsWithoutStaff(reading.parts);
      if (others.length === 0 || others.length === reading.parts.length) return handed;
      const drafts = [handed];
      for (const part of others) drafts.push(await answerPart(this.context, question, part));
      return combineDrafts(drafts, question.lang);
    }
    // Each question of the message sees the ones before it as earlier turns, so 「そこの締切は？」
    // after 「韓国の協定校でGPA条件があるのは？」 in the same message is a follow-up, as in a chat.
    const drafts: Draft[] = [];
    let history = question.history;
    for (const part of reading.parts) {
      const draft = await answerPart(this.context, { ...question, history }, part);
      drafts.push(draft);
      history = [...history, ...exchangeTurns(part.text, draft, this.context.now().toISOString())];
    }
    return combineDrafts(drafts, question.lang);
  }

  /**
   * The guide questions of a message that, asked alone, need no one (no handover, no action).
   * A partner question beside a request (「梨花女子大ってGPA2.5以上なんですよね。特例で…」) is
   * the request's context, not a question of its own: the case carries it.
   */
  private partsWithoutStaff(parts: SubQuestion[]): SubQuestion[] {
    if (parts.length < 2) return [];
    return parts.filter((part) => {
      if (part.topic !== 'guide') return false;
      const alone = this.context.interpreter.interpret(part.text);
      return alone.handover === null && alone.act !== 'instruct' && alone.act !== 'request_action';
    });
  }

  /** Stamps the draft, logs it (redacted by the logger) and stores it for feedback; storing never fails the answer. */
  private async finish(draft: Draft, question: Question, started: number): Promise<Answer> {
    const { partnerQuery: _query, resultNames: _names, mode, verifier, ...rest } = draft;
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    // Every route's first message within the reply budget; the full text stays in `more`.
    const fitted = fitReply(rest.answer, rest.citations, rest.lang, rest.handover !== null);
    const answer: Answer = {
      answerId: question.answerId,
      question: question.raw,
      ...rest,
      answer: fitted.answer,
      more: rest.more ?? fitted.more,
      latencyMs,
      mode: mode ?? 'extractive',
      verifier: verifier ?? null,
    };
    const { logger } = this.context;
    const reason = answer.handover?.reason ?? null;
    const caseId = answer.handover?.caseId ?? null;
    logger.info(
      {
        answerId: answer.answerId,
        conversation: question.conversation,
        lang: answer.lang,
        route: answer.route,
        reason,
        caseId,
        latencyMs,
        question: question.raw.slice(0, 500),
      },
      'answered',
    );
    this.options.metrics?.answered({
      conversation: question.conversation,
      route: answer.route,
      lang: answer.lang,
      latencyMs,
      handoverReason: reason,
    });
    try {
      await this.options.answerLog?.logAnswer({
        answerId: answer.answerId,
        conversation: question.conversation,
        lang: answer.lang,
        route: answer.route,
        handoverReason: reason,
        caseId,
      });
    } catch (error) {
      logger.warn({ answerId: answer.answerId, error }, 'could not store the answer for feedback');
    }
    return answer;
  }
}

/** The student's question before "that didn't help", for the case; the message itself when none. */
function missedQuestion(question: Question): Question {
  const previous = [...question.history].reverse().find((turn) => turn.role === 'student');
  return previous ? { ...question, text: previous.text } : question;
}
