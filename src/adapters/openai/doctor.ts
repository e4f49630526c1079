/** `desk doctor`'s model check: one `models.list` on the configured endpoint. */
import OpenAI from 'openai';
import type { OpenAiSettings } from './settings.ts';

export async function checkModelEndpoint(model: OpenAiSettings): Promise<string> {
  const client = new OpenAI({ apiKey: model.apiKey, ...(model.baseUrl ? { baseURL: model.baseUrl } : {}), timeout: model.timeoutMs, maxRetries: 0 });
  const models = await client.models.list();
  const ids = models.data.map((m) => m.id);
  const missing = [model.chatModel, model.embeddingModel].filter((id) => ids.length > 0 && !ids.includes(id));
  return missing.length > 0 ? `reachable, but it does not list ${missing.join(' or ')} (OPENAI_CHAT_MODEL / OPENAI_EMBEDDING_MODEL)` : `ok (${model.baseUrl ?? 'api.openai.com'})`;
}
