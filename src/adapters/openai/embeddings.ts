/**
 * Model embeddings for the index when an OpenAI-compatible endpoint is configured (OpenAI,
 * Azure, Ollama, vLLM...). The embedding id names endpoint and model, so switching either
 * rebuilds the index.
 */
import { OpenAIEmbeddings } from '@langchain/openai';
import type { IndexEmbedding } from '../../retrieval/search-index.ts';
import type { OpenAiSettings } from './settings.ts';

export function openAiEmbedding(model: OpenAiSettings): IndexEmbedding {
  const embeddings = new OpenAIEmbeddings({
    apiKey: model.apiKey,
    model: model.embeddingModel,
    timeout: model.timeoutMs,
    // One bounded retry; after that the caller falls back (hashing index, lexical-only search).
    maxRetries: 1,
    batchSize: 256,
    configuration: model.baseUrl ? { baseURL: model.baseUrl } : {},
  });
  return { id: `openai:${model.baseUrl ?? 'api.openai.com'}:${model.embeddingModel}`, embeddings };
}
