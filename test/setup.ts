/** Every test file and every process it spawns reads its own copy of knowledge/ (see helpers/knowledge.ts). */
import { testKnowledgeDir } from './helpers/knowledge.ts';

process.env.KNOWLEDGE_DIR = testKnowledgeDir();
