/**
 * Readers for every input format, into the {@link org.marsad.article.Article} model.
 *
 * <p>The public API is small: {@link org.marsad.ingest.Inputs} reads files, directories, standard input and
 * uploaded streams, and pushes one {@link org.marsad.ingest.InputItem} per article or per failure to a consumer;
 * {@link org.marsad.ingest.ReadOptions} holds the limits that keep memory bounded. Everything else is internal.
 *
 * <h2>From bytes to text</h2>
 * <ol>
 *   <li>gzip is recognised by its magic bytes, whatever the file is called, and gunzipped;</li>
 *   <li>the character set is detected on a prefix: byte-order mark; UTF-16 by its byte rhythm; valid UTF-8;
 *       otherwise Windows-1256 or ISO-8859-6 as ranked by ICU, accepted only when it decodes to mostly Arabic
 *       letters. Binary-looking and undecodable input is refused, as is empty input;</li>
 *   <li>bytes that stop being valid later in the file fail it with the line where that happens, rather than
 *       becoming replacement characters.</li>
 * </ol>
 *
 * <h2>Formats, recognised by content</h2>
 * <ul>
 *   <li>plain text: one article, the file exactly as written (boilerplate removal is the analysis core's);</li>
 *   <li>JSON Lines: one object per line ({@code id, source, url, published, title, author, text}; {@code content}
 *       or {@code body} for text, {@code date} for published), a bad line failing alone;</li>
 *   <li>JSON documents: arrays of such objects, SaudiNewsNet's among them ({@code date_extracted} gives the
 *       publication day: the day of the crawl, the best that corpus offers), streamed element by element;</li>
 *   <li>TREC-style {@code <DOC>} files, such as the ANT corpus, streamed one document at a time;</li>
 *   <li>RSS and Atom feeds, streamed one item at a time;</li>
 *   <li>HTML pages: text of the article block, metadata from Open Graph, schema.org and JSON-LD, page chrome and
 *       related links kept as {@link org.marsad.article.Removed} pieces.</li>
 * </ul>
 * Each reader's Javadoc lists its rules. Dates are normalised to ISO-8601; a date that cannot be read leaves the
 * article's date empty rather than failing it.
 *
 * <h2>Failures</h2>
 * Bad input never throws: it becomes an {@link org.marsad.ingest.InputItem.Failed} item naming the file, and the
 * record ({@code path#N}) or line ({@code path:L}) where that applies, with the reason; reading goes on. Misuse of
 * the API (null arguments, blank locations, limits below one) throws at once, quoting the bad value.
 */
package org.marsad.ingest;
