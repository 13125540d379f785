/**
 * The {@code marsad/article@1} JSON contract (see {@code docs/analysis-json.md}): the one place that knows how
 * an {@link org.marsad.article.AnalyzedArticle} is spelt in JSON, for the CLI, the HTTP API and exports alike.
 */
package org.marsad.json;
