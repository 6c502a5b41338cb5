/**
 * The JSON API of the explorer view ({@code web/}): {@code GET /api/search?q=&type=&limit=} (full text
 * over labels, alternative labels, Hugging Face ids and descriptions, English and Chinese, typo-tolerant),
 * {@code GET /api/resource?iri=} (every fact with its sources, confidence and disputed values),
 * {@code GET /api/neighbourhood?iri=&direction=&predicate=&limit=&offset=} (Cytoscape elements, paged, with
 * totals per predicate and direction) and {@code GET /api/overview} (families, tools, stages and class
 * counts); and the question endpoints of {@code InsightController}: {@code /api/path}, {@code /api/timeline},
 * {@code /api/stages}, {@code /api/courses}, {@code /api/compare}. Search ranking lives in {@code org.internkg.search}. Parameters are checked before the store is read; errors are RFC 9457 problem details.
 * Queries live next to this package in {@code src/main/resources/org/internkg/explore/*.rq}.
 */
package org.internkg.explore;
