/** What the OpenAI-compatible adapters need: parsed from the environment by `src/app/config.ts`. */
export interface OpenAiSettings {
  apiKey: string;
  baseUrl: string | null;
  chatModel: string;
  embeddingModel: string;
  timeoutMs: number;
}
