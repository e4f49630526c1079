/** The curated knowledge, loaded once per test file from this file's own copy (helpers/knowledge.ts). */
import { loadKnowledge, type KnowledgeBase } from '../../src/knowledge/load.ts';
import { Interpreter } from '../../src/understanding/interpret.ts';
import { testKnowledgeDir } from './knowledge.ts';

let loaded: KnowledgeBase | null = null;

export function testKnowledge(): KnowledgeBase {
  loaded ??= loadKnowledge(testKnowledgeDir()).knowledge!;
  return loaded;
}

let interpreter: Interpreter | null = null;

/** An interpreter over the curated knowledge, built once per test file. */
export function testInterpreter(): Interpreter {
  interpreter ??= new Interpreter(testKnowledge());
  return interpreter;
}
