/**
 * The composition root: config + knowledge + index + adapters -> an Assistant. The only
 * place that decides which adapter implements which port.
 */
import type { Config } from './config.ts';
import { Assistant } from './core/assistant.ts';
import { MemoryConversationStore } from './core/memory-conversations.ts';
import type { ConversationStore, HandoverDesk } from './core/ports.ts';
import { loadKnowledge, type KnowledgeBase } from './knowledge/load.ts';
import { HASHING_EMBEDDING_ID, HashingEmbeddings } from './retrieval/hashing-embeddings.ts';
import { buildSearchIndex, loadSearchIndex, type IndexEmbedding, type IndexProgress, type LoadedIndex } from './retrieval/search-index.ts';

export class KnowledgeInvalidError extends Error {
  readonly code = 'KNOWLEDGE_INVALID';
}

export function loadValidKnowledge(config: Pick<Config, 'knowledgeDir'>): KnowledgeBase {
  const { knowledge, problems } = loadKnowledge(config.knowledgeDir);
  if (!knowledge) {
    const listed = problems.slice(0, 10).map((p) => `  ${p.file}${p.record ? ` [${p.record}]` : ''}: ${p.message}`);
    throw new KnowledgeInvalidError(`knowledge/ has ${problems.length} problem(s); run \`npx desk knowledge check\`:\n${listed.join('\n')}`);
  }
  return knowledge;
}

/** The embedding the index is built with: local hashing with no key (model mode adds OpenAI). */
export function indexEmbedding(_config: Config): IndexEmbedding {
  return { id: HASHING_EMBEDDING_ID, embeddings: new HashingEmbeddings() };
}

export interface Runtime {
  config: Config;
  knowledge: KnowledgeBase;
  index: LoadedIndex;
  assistant: Assistant;
}

export interface RuntimeOverrides {
  conversations?: ConversationStore;
  handover?: HandoverDesk | null;
  progress?: IndexProgress;
  /** Skip the on-disk index (tests, benchmarks): build in memory. */
  inMemoryIndex?: boolean;
  now?: () => Date;
}

export async function createRuntime(config: Config, overrides: RuntimeOverrides = {}): Promise<Runtime> {
  const knowledge = loadValidKnowledge(config);
  const embedding = indexEmbedding(config);
  const index = overrides.inMemoryIndex
    ? await buildSearchIndex(knowledge, embedding, null, overrides.progress)
    : await loadSearchIndex(knowledge, embedding, config.dataDir, overrides.progress);
  const assistant = new Assistant({
    knowledge,
    retriever: index.retriever,
    conversations: overrides.conversations ?? new MemoryConversationStore(),
    handover: overrides.handover ?? null,
    staleAfterDays: config.staleAfterDays,
    ...(overrides.now ? { now: overrides.now } : {}),
  });
  return { config, knowledge, index, assistant };
}
