/**
 * The composition root: config + knowledge + index + adapters -> an Assistant. The only
 * place that decides which adapter implements which port.
 */
import type { Metrics } from '../domain/metrics.ts';
import type { Config } from './config.ts';
import { DeskError } from '../domain/errors.ts';
import { Assistant } from '../assistant/assistant.ts';
import { MemoryConversationStore } from '../adapters/store/memory-conversations.ts';
import type {
  AnswerLog,
  AnswerModel,
  CaseStore,
  ConversationStore,
  HandoverDesk,
  Logger,
  StaffNotifier,
} from '../domain/ports.ts';
import { operatorMessages } from '../messages/operator.ts';
import { explainOperatorError } from './operator-errors.ts';
import { FileStaffInbox } from '../adapters/notifiers/file-inbox.ts';
import { WebhookStaffNotifier } from '../adapters/notifiers/webhook.ts';
import { createLogger } from '../adapters/logging/logger.ts';
import { join } from 'node:path';
import type { KnowledgeBase } from '../knowledge/load.ts';
import { loadKnowledgeCached } from '../knowledge/cache.ts';
import { HASHING_EMBEDDING_ID, HashingEmbeddings } from '../retrieval/hashing-embeddings.ts';
import {
  buildSearchIndex,
  loadSearchIndex,
  type IndexEmbedding,
  type IndexProgress,
  type LoadedIndex,
} from '../retrieval/search-index.ts';

/**
 * The knowledge, validated; from the cache under DATA_DIR while knowledge/ is unchanged (the
 * YAML parser is then not even loaded).
 */
export async function loadValidKnowledge(
  config: Pick<Config, 'knowledgeDir' | 'dataDir'>,
): Promise<KnowledgeBase> {
  const { knowledge, problems } = await loadKnowledgeCached(
    config.knowledgeDir,
    join(config.dataDir, 'cache', 'knowledge.json'),
  );
  if (!knowledge) {
    const listed = problems
      .slice(0, 10)
      .map((p) => `  ${p.file}${p.record ? ` [${p.record}]` : ''}: ${p.message}`);
    throw new DeskError(
      'KNOWLEDGE_INVALID',
      `knowledge/ has ${problems.length} problem(s); run \`npx desk knowledge check\`:\n${listed.join('\n')}`,
    );
  }
  return knowledge;
}

export function hashingEmbedding(): IndexEmbedding {
  return { id: HASHING_EMBEDDING_ID, embeddings: new HashingEmbeddings() };
}

/** The embedding the index is built with: the configured model's, else the local hashing one. */
export async function indexEmbedding(config: Config): Promise<IndexEmbedding> {
  if (!config.model) return hashingEmbedding();
  // LangChain's OpenAI client is loaded only when a model is configured.
  const { openAiEmbedding } = await import('../adapters/openai/embeddings.ts');
  return openAiEmbedding(config.model);
}

/**
 * Loads (or builds) the index with the configured embedding; when the model endpoint cannot
 * embed the knowledge, falls back to the local embedding so the assistant still answers.
 */
export async function loadIndexWithFallback(
  config: Config,
  knowledge: KnowledgeBase,
  overrides: RuntimeOverrides,
): Promise<LoadedIndex> {
  const build = (embedding: IndexEmbedding) =>
    overrides.inMemoryIndex || overrides.forceRebuild
      ? buildSearchIndex(
          knowledge,
          embedding,
          overrides.inMemoryIndex ? null : config.dataDir,
          overrides.progress,
        )
      : loadSearchIndex(knowledge, embedding, config.dataDir, overrides.progress);
  const embedding = await indexEmbedding(config);
  if (embedding.id === HASHING_EMBEDDING_ID) return build(embedding);
  try {
    return await build(embedding);
  } catch (error) {
    overrides.progress?.(
      `model embeddings failed (${(error as Error).message}); using the local embedding`,
    );
    return build(hashingEmbedding());
  }
}

export interface Runtime {
  config: Config;
  knowledge: KnowledgeBase;
  index: LoadedIndex;
  assistant: Assistant;
  logger: Logger;
  model: AnswerModel | null;
  /** The ports the assistant was wired to (desk serve's answering thread calls them from its thread). */
  ports: { conversations: ConversationStore; handover: HandoverDesk; answerLog: AnswerLog };
  /** The case store, opened on first use (PGlite takes seconds to start). */
  store(): Promise<CaseStore>;
  /** The store if something already opened it, else null (does not open it). */
  storeIfOpened(): Promise<CaseStore> | null;
  /** The staff notifier for when no chat channel takes staff notifications. */
  staffNotifier(): StaffNotifier;
  /**
   * What the operator must fix that this run worked around (an index not saved, a case not
   * opened), one sentence each, in order; the caller says them once.
   */
  problems(): string[];
  close(): Promise<void>;
}

export interface RuntimeOverrides {
  conversations?: ConversationStore;
  handover?: HandoverDesk | null;
  /** Where answers are logged for feedback (desk serve's answering thread: the main thread's). */
  answerLog?: AnswerLog;
  /** Knowledge already loaded and validated (benchmarks time its load apart). */
  knowledge?: KnowledgeBase;
  /** A store to use instead of opening the configured one (tests). */
  caseStore?: CaseStore;
  /**
   * `durable`: conversations and every answer live in the case store (chat, serve).
   * `one-shot`: the store opens only when a case is needed (desk ask).
   */
  storeMode?: 'durable' | 'one-shot';
  /** The embedded store in its own thread, off the event loop (`desk serve`). */
  storeThread?: boolean;
  logger?: Logger;
  progress?: IndexProgress;
  /** A model to use instead of the configured one (null: no model even if configured). */
  model?: AnswerModel | null;
  /** Where the assistant's counters go (desk serve: the Prometheus registry behind /metrics). */
  metrics?: Metrics;
  /** Skip the on-disk index (tests, benchmarks): build in memory. */
  inMemoryIndex?: boolean;
  /** Rebuild the on-disk index even when it is current (`desk index`). */
  forceRebuild?: boolean;
  now?: () => Date;
}

export async function createRuntime(
  config: Config,
  overrides: RuntimeOverrides = {},
): Promise<Runtime> {
  const knowledge = overrides.knowledge ?? (await loadValidKnowledge(config));
  // Sentence -> what this run did about it; each sentence is said once.
  const problems = new Map<string, string[]>();
  const problem = (sentence: string, workaround: string) =>
    problems.set(sentence, [...new Set([...(problems.get(sentence) ?? []), workaround])]);
  const index = await loadIndexWithFallback(config, knowledge, overrides).catch(
    async (error: unknown) => {
      // A DATA_DIR that cannot take the index (read-only, full): answer from an index in
      // memory, and say what to fix.
      const sentence = explainOperatorError(error, config);
      if (!sentence) throw error;
      problem(sentence, operatorMessages.indexNotSaved);
      return loadIndexWithFallback(config, knowledge, { ...overrides, inMemoryIndex: true });
    },
  );
  const logger = overrides.logger ?? createLogger(config.logLevel ?? 'warn');
  let opened: Promise<CaseStore> | null = overrides.caseStore
    ? Promise.resolve(overrides.caseStore)
    : null;
  const store = () =>
    (opened ??= import('../adapters/store/open-store.ts').then(({ openCaseStore }) =>
      openCaseStore(config, {
        thread: overrides.storeThread === true,
        onAvailabilityChange: (down) =>
          down
            ? logger.warn(
                { reason: down },
                'The case store (DATABASE_URL) is not reachable; messages wait or are refused for retry until it is back',
              )
            : logger.info({}, 'The case store (DATABASE_URL) is reachable again'),
      }).catch((error: unknown) => {
        const sentence = explainOperatorError(error, config);
        if (sentence) problem(sentence, operatorMessages.caseNotOpened);
        throw error;
      }),
    ));
  const durable = overrides.storeMode === 'durable';
  const conversations =
    overrides.conversations ?? (durable ? await store() : new MemoryConversationStore());
  const handover: HandoverDesk = overrides.handover ?? {
    open: async (request) => {
      // A chat thread or DM is one conversation with a student; the terminal's are shared
      // (every `desk ask` is `cli:ask`), so only chat conversations reuse their open case.
      // An emergency always gets its own case and card.
      const reuseOpen =
        /^(slack|discord):/.test(request.conversation) && request.reason !== 'emergency';
      const record = await (await store()).openCase(request, { reuseOpen });
      return { caseId: record.id, alreadyOpen: record.alreadyOpen === true };
    },
  };
  // One-shot runs record only answers that opened a case (the store is open then anyway).
  const answerLog: AnswerLog = overrides.answerLog ?? {
    logAnswer: async (entry) =>
      durable || entry.caseId || overrides.caseStore ? (await store()).logAnswer(entry) : undefined,
    recordFeedback: async (answerId, helpful) => (await store()).recordFeedback(answerId, helpful),
  };
  const model =
    overrides.model !== undefined
      ? overrides.model
      : config.model
        ? new (await import('../adapters/openai/answer-model.ts')).OpenAiAnswerModel(
            config.model,
            knowledge.office.name,
          )
        : null;
  const assistant = new Assistant({
    knowledge,
    retriever: index.retriever,
    conversations,
    handover,
    answerLog,
    model,
    logger,
    staleAfterDays: config.staleAfterDays,
    metrics: overrides.metrics ?? null,
    ...(overrides.now ? { now: overrides.now } : {}),
  });
  const staffNotifier = () =>
    config.staffWebhookUrl
      ? new WebhookStaffNotifier(config.staffWebhookUrl)
      : new FileStaffInbox(join(config.dataDir, 'staff-inbox.jsonl'));
  const close = async () => {
    // A store that never opened has nothing to close (its failure is among the problems).
    const store = opened && !overrides.caseStore ? await opened.catch(() => null) : null;
    await store?.close();
  };
  return {
    config,
    knowledge,
    index,
    assistant,
    logger,
    model,
    ports: { conversations, handover, answerLog },
    store,
    storeIfOpened: () => opened,
    staffNotifier,
    problems: () =>
      [...problems].map(([sentence, done]) => operatorMessages.workedAround(sentence, done)),
    close,
  };
}
