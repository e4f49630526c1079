/** The curated knowledge, loaded once per test file from this file's own copy (helpers/knowledge.ts). */
import { loadKnowledge, type KnowledgeBase } from '../../src/knowledge/load.ts';
import { testKnowledgeDir } from './knowledge.ts';

let loaded: KnowledgeBase | null = null;

export function testKnowledge(): KnowledgeBase {
  loaded ??= loadKnowledge(testKnowledgeDir()).knowledge!;
  return loaded;
}
