/**
 * The analysis pipeline: {@link org.marsad.analysis.ArticleAnalyzer} turns an
 * {@link org.marsad.article.Article} into an {@link org.marsad.article.AnalyzedArticle}. Pure: no file, network
 * or store access beyond reading its own knowledge files from the class path once at creation.
 */
package org.marsad.analysis;
