/**
 * Full-text search over the knowledge base: a Lucene index of every typed InternKG resource (labels, alternative
 * labels, Hugging Face ids, descriptions, in English and Chinese), ranked inside Lucene tier by tier
 * ({@code RankedSearch}, after the reference rating {@code MatchQuality}), kept on disk beside an on-disk store
 * and reused while the store is unchanged ({@code StoreStamp}), rebuilt when {@code KnowledgeBase.revision()}
 * changes. {@code explore/SearchQuery} renders its matches as the {@code /api/search} JSON.
 */
package org.internkg.search;
