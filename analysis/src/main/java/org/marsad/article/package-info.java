/**
 * The article model: {@link org.marsad.article.Article}, what an input format yields, and
 * {@link org.marsad.article.AnalyzedArticle}, what the analysis makes of it (the {@code marsad/article@1}
 * contract). All types are immutable; every offset is a UTF-16 index into the analysed text.
 */
package org.marsad.article;
