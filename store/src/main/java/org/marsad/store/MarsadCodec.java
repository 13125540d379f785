package org.marsad.store;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * The index codec: Lucene's default, with stored fields (the article bodies that snippets are cut from) compressed
 * with LZ4 in chunks of {@value #CHUNK_BYTES} bytes rather than 60 KB, so that fetching one body for a snippet
 * decompresses a few kilobytes instead of a dozen bodies. Public only because Lucene finds codecs by name through
 * the service loader ({@code META-INF/services}); not part of the store's API.
 */
public final class MarsadCodec extends FilterCodec {
    public static final String NAME = "Marsad103";
    static final int CHUNK_BYTES = 16 * 1024;
    private static final int MAX_DOCS_PER_CHUNK = 64;
    private static final int BLOCK_SHIFT = 10;

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat("MarsadStoredFieldsData",
            CompressionMode.FAST, CHUNK_BYTES, MAX_DOCS_PER_CHUNK, BLOCK_SHIFT);

    public MarsadCodec() {
        super(NAME, new Lucene103Codec(Lucene103Codec.Mode.BEST_SPEED));
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
