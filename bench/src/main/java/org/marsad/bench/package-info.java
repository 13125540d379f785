/**
 * Throughput benchmarks: Marsad's passes beside Lucene's {@code ArabicAnalyzer}, in one process over the same
 * articles, so that the figures in {@code docs/benchmarks.md} compare like with like on whatever machine runs them.
 */
package org.marsad.bench;
