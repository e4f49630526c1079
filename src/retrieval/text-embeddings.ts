/**
 * What the index needs of an embedding: LangChain's `EmbeddingsInterface` has this shape, so a
 * model client from it fits, while the local hashing embedding needs no LangChain at all.
 */
export interface TextEmbeddings {
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}
