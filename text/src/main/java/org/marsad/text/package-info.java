/**
 * The Arabic text core of Marsad: the passes every article goes through before any analysis, with no
 * dependency beyond the JDK.
 *
 * <ul>
 *   <li>{@link org.marsad.text.ArabicNormalizer} folds spelling variants (hamza forms, alef maqsura, taa
 *       marbuta, diacritics, digits, presentation forms, invisible marks) into a matching view, and its
 *       {@link org.marsad.text.NormalizedText} maps every offset of that view back to the original;</li>
 *   <li>{@link org.marsad.text.Tokenizer} splits the original text into typed {@link org.marsad.text.Token}s
 *       (words, numbers, punctuation, quotes, URLs, hashtags...), or streams them through a
 *       {@link org.marsad.text.TokenCursor} without allocating;</li>
 *   <li>{@link org.marsad.text.SentenceSplitter} cuts news text into sentence {@link org.marsad.text.Span}s,
 *       honouring headings, bullets, abbreviations and quotations;</li>
 *   <li>{@link org.marsad.text.CliticAnalyzer} proposes readings of a word as conjunction, preposition, article
 *       and pronoun around a stem, as {@link org.marsad.text.Segmentation}s for a lexicon to confirm.</li>
 * </ul>
 *
 * <p>Offsets are UTF-16 indexes into the caller's original text, half-open {@code [start, end)}, everywhere:
 * tokens and sentences are found on the original, and only matching happens on the normalized view. The
 * passes are single scans over the chars, with no regular expressions and no allocation per char, because
 * they run on every article.
 */
package org.marsad.text;
