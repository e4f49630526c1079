/**
 * The embedded store's disk: before the bot accepts a message it asks the file system how
 * much room DATA_DIR has left (one statfs call), so a message that could not be recorded is
 * refused before it is acknowledged (the platform retries it) instead of being accepted and
 * then lost in a failed write.
 */
import { statfsSync } from 'node:fs';
import { operatorMessages } from '../../messages/operator.ts';

/** Below this much free space the store takes nothing new (PostgreSQL needs room for WAL). */
export const MIN_FREE_BYTES = 16 * 1024 * 1024;

/** Null when DATA_DIR has room; else the sentence saying it is full. */
export function diskSpaceProblem(dataDir: string, minFree = MIN_FREE_BYTES): string | null {
  try {
    const stats = statfsSync(dataDir);
    return stats.bavail * stats.bsize < minFree ? operatorMessages.dataDirFull(dataDir) : null;
  } catch {
    return null; // A folder statfs cannot read is not known to be full.
  }
}
