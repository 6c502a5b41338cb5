/**
 * Full-text search over the knowledge base: a Lucene index of every typed InternKG resource (labels, alternative
 * labels, Hugging Face ids, descriptions, in English and Chinese) kept next to the store and rebuilt when
 * {@code KnowledgeBase.revision()} changes. {@code explore/SearchQuery} renders its matches as the
 * {@code /api/search} JSON.
 */
package org.internkg.search;
