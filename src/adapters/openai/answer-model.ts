/**
 * The AnswerModel on any OpenAI-compatible endpoint through the `openai` SDK: structured
 * output (JSON schema), one bounded retry for HTTP failures (the SDK honours Retry-After) and
 * one for malformed output, a timeout from MODEL_TIMEOUT_MS. Every response passes zod.
 */
import OpenAI from 'openai';
import { z } from 'zod';
import type { AnswerModel, GeneratedAnswer, ModelPassage } from '../../domain/ports.ts';
import { LANGUAGE_NAME, type Lang } from '../../domain/types.ts';
import { ModelReading } from '../../understanding/model-reading.ts';
import { DeskError } from '../../domain/errors.ts';
import { prompt } from './prompts.ts';
import type { OpenAiSettings } from './settings.ts';

const Generated = z.object({
  answer: z.string(),
  citations: z.array(z.number().int()),
  answerable: z.boolean(),
});

export class OpenAiAnswerModel implements AnswerModel {
  readonly name: string;
  /** HTTP requests sent (including retries), for reports and tests. */
  calls = 0;
  private readonly client: OpenAI;

  /** The office's names, from knowledge/office.yaml, for the prompts. */
  constructor(
    private readonly settings: OpenAiSettings,
    private readonly office: { ja: string; en: string },
  ) {
    this.name = settings.chatModel;
    this.client = new OpenAI({
      apiKey: settings.apiKey,
      ...(settings.baseUrl ? { baseURL: settings.baseUrl } : {}),
      timeout: settings.timeoutMs,
      maxRetries: 1,
      fetch: (url, init) => {
        this.calls++;
        return fetch(url, init);
      },
    });
  }

  async generateAnswer(input: {
    question: string;
    lang: Lang;
    passages: ModelPassage[];
  }): Promise<GeneratedAnswer> {
    const passages = input.passages
      .map(
        (p) =>
          `<passage number="${p.number}" title="${p.title.replace(/"/g, "'")}">\n${p.text}\n</passage>`,
      )
      .join('\n');
    return this.structured(
      'exchange_answer',
      Generated,
      z.toJSONSchema(Generated) as Record<string, unknown>,
      [
        {
          role: 'system',
          content: prompt('answer.v1', {
            language: LANGUAGE_NAME[input.lang],
            office_en: this.office.en,
            office_ja: this.office.ja,
          }),
        },
        {
          role: 'user',
          content: `Passages:\n${passages}\n\nQuestion (${LANGUAGE_NAME[input.lang]}):\n<question>\n${input.question}\n</question>`,
        },
      ],
    );
  }

  async readMessage(input: { question: string; lang: Lang }): Promise<unknown> {
    return this.structured(
      'message_reading',
      ModelReading,
      z.toJSONSchema(ModelReading) as Record<string, unknown>,
      [
        { role: 'system', content: prompt('interpretation.v1', { office_en: this.office.en }) },
        {
          role: 'user',
          content: `Message (${LANGUAGE_NAME[input.lang]}):\n<message>\n${input.question}\n</message>`,
        },
      ],
    );
  }

  /** One chat completion with a JSON schema; a malformed reply is asked for once more. */
  private async structured<T>(
    name: string,
    schema: z.ZodType<T>,
    jsonSchema: Record<string, unknown>,
    messages: OpenAI.Chat.ChatCompletionMessageParam[],
  ): Promise<T> {
    let lastProblem = '';
    for (let attempt = 0; attempt < 2; attempt++) {
      const completion = await this.client.chat.completions.create({
        model: this.settings.chatModel,
        messages,
        temperature: 0,
        response_format: {
          type: 'json_schema',
          json_schema: { name, schema: jsonSchema, strict: false },
        },
      });
      const content = completion.choices?.[0]?.message?.content ?? '';
      try {
        const parsed = schema.safeParse(JSON.parse(content));
        if (parsed.success) return parsed.data;
        lastProblem = parsed.error.issues
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; ');
      } catch (error) {
        lastProblem = `not JSON (${(error as Error).message})`;
      }
    }
    throw new DeskError('MODEL_BAD_RESPONSE', `${name}: ${lastProblem}`);
  }
}
