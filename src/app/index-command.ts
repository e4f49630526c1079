/** `desk index`: (re)build the search index under DATA_DIR with visible progress. */
import type { Config } from './config.ts';
import { loadIndexWithFallback, loadValidKnowledge } from './runtime.ts';
import type { CommandOutput } from '../adapters/cli/output.ts';

export async function runIndex(config: Config, output: CommandOutput): Promise<number> {
  const started = performance.now();
  const knowledge = await loadValidKnowledge(config);
  const index = await loadIndexWithFallback(config, knowledge, {
    forceRebuild: true,
    // Progress on stderr, as every other command's, so stdout holds only the result.
    progress: (step) => output.err(`  … ${step}`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  output.out(
    `index built: ${index.passages.length} passages, knowledge ${index.manifest.knowledgeHash}, embedding ${index.manifest.embeddingId}, ${seconds} s`,
  );
  return 0;
}
