package org.marsad.analysis.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes {@link NerModel}s.
 *
 * <p>Format (version {@value #VERSION}): a gzip stream of big-endian {@link DataOutputStream} values:
 * <ol>
 *   <li>the magic {@code MNER}, the version as an int;</li>
 *   <li>the normalizer probe (UTF), the label count and each label name (UTF), in {@link Labels} order;</li>
 *   <li>the gazetteer: per type in {@link Labels#TYPES} order, an entry count and the normalized entries (UTF);</li>
 *   <li>the trigger words: a count, then each stem (UTF, sorted) and its type mask (byte);</li>
 *   <li>the word classes: the level count, a word count, then each word (UTF, sorted) and its packed classes (long);</li>
 *   <li>the transition weights: a count and the floats, laid out as in {@link Decoder};</li>
 *   <li>the emission weights: a row count, then per row in increasing key order the 64-bit feature key, a short
 *       whose bit y says label y has a non-zero weight, and those weights as floats in label order.</li>
 * </ol>
 * Everything is written in a fixed order and the gzip header carries no time stamp, so equal models give equal
 * bytes.
 */
final class ModelIO {
    static final int VERSION = 2;
    private static final int MAGIC = 0x4D4E4552; // "MNER"

    private ModelIO() {
    }

    static void write(NerModel model, OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeUTF(model.normalizerProbe());
        data.writeInt(Labels.COUNT);
        for (int y = 0; y < Labels.COUNT; y++) {
            data.writeUTF(Labels.name(y));
        }
        writeLexicons(model.lexicons(), data);
        float[] transitions = model.transitionsView();
        data.writeInt(transitions.length);
        for (float t : transitions) {
            data.writeFloat(t);
        }
        writeWeights(model.weights(), data);
        data.flush();
        gzip.finish();
        out.flush();
    }

    static NerModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        int magic = data.readInt();
        int version = data.readInt();
        if (magic != MAGIC) {
            throw new IOException("not a Marsad NER model of version " + VERSION + ": magic " + Integer.toHexString(magic)
                    + ", version " + version);
        }
        if (version != VERSION) {
            throw new IOException("a Marsad NER model of version " + version + ", but this Marsad reads version " + VERSION
                    + ": train it again with 'marsad train ner'");
        }
        String probe = data.readUTF();
        int labels = data.readInt();
        for (int y = 0; y < labels; y++) {
            String name = data.readUTF();
            if (labels != Labels.COUNT || !name.equals(Labels.name(y))) {
                throw new IOException("model label " + y + " is '" + name + "', expected '" + Labels.name(y) + "'");
            }
        }
        Lexicons lexicons = readLexicons(data);
        float[] transitions = new float[data.readInt()];
        for (int t = 0; t < transitions.length; t++) {
            transitions[t] = data.readFloat();
        }
        return new NerModel(lexicons, readWeights(data), transitions, probe);
    }

    private static void writeLexicons(Lexicons lexicons, DataOutputStream data) throws IOException {
        for (List<String> entries : lexicons.gazetteer().entries()) {
            data.writeInt(entries.size());
            for (String entry : entries) {
                data.writeUTF(entry);
            }
        }
        SortedMap<String, Integer> triggers = lexicons.triggers().masks();
        data.writeInt(triggers.size());
        for (Map.Entry<String, Integer> e : triggers.entrySet()) {
            data.writeUTF(e.getKey());
            data.writeByte(e.getValue());
        }
        WordClusters clusters = lexicons.clusters();
        data.writeInt(clusters.levels());
        data.writeInt(clusters.classes().size());
        for (Map.Entry<String, Long> e : clusters.classes().entrySet()) {
            data.writeUTF(e.getKey());
            data.writeLong(e.getValue());
        }
    }

    private static Lexicons readLexicons(DataInputStream data) throws IOException {
        List<List<String>> entries = new ArrayList<>();
        for (int type = 0; type < Labels.TYPES.size(); type++) {
            int count = data.readInt();
            List<String> names = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                names.add(data.readUTF());
            }
            entries.add(names);
        }
        SortedMap<String, Integer> triggers = new TreeMap<>();
        for (int k = data.readInt(); k > 0; k--) {
            triggers.put(data.readUTF(), (int) data.readByte());
        }
        int levels = data.readInt();
        SortedMap<String, Long> classes = new TreeMap<>();
        for (int k = data.readInt(); k > 0; k--) {
            classes.put(data.readUTF(), data.readLong());
        }
        return new Lexicons(new Gazetteer(entries), new TriggerWords(triggers), new WordClusters(levels, classes));
    }

    private static void writeWeights(Weights weights, DataOutputStream data) throws IOException {
        data.writeInt(weights.size());
        for (int row = 0; row < weights.size(); row++) {
            data.writeLong(weights.key(row));
            int mask = 0;
            for (int y = 0; y < Labels.COUNT; y++) {
                if (weights.value(row, y) != 0) {
                    mask |= 1 << y;
                }
            }
            data.writeShort(mask);
            for (int y = 0; y < Labels.COUNT; y++) {
                if ((mask & (1 << y)) != 0) {
                    data.writeFloat(weights.value(row, y));
                }
            }
        }
    }

    private static Weights readWeights(DataInputStream data) throws IOException {
        int rows = data.readInt();
        long[] keys = new long[rows];
        float[] values = new float[rows * Labels.COUNT];
        for (int r = 0; r < rows; r++) {
            keys[r] = data.readLong();
            int mask = data.readShort() & 0xFFFF;
            for (int y = 0; y < Labels.COUNT; y++) {
                if ((mask & (1 << y)) != 0) {
                    values[r * Labels.COUNT + y] = data.readFloat();
                }
            }
        }
        return new Weights(keys, values);
    }
}
