package org.marsad.analysis.ner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.marsad.analysis.entity.NameEntry;
import org.marsad.analysis.kb.KnowledgeBase;
import org.marsad.article.EntityType;

/**
 * Trains a {@link NerTagger} (a {@link Crf}) from a {@code token TAG} file.
 *
 * <p>Rules:
 * <ul>
 *   <li>the last {@code devFraction} of the sentences (rounded) is the development set, held out from everything
 *       learnt (trigger words and word classes included) and only scored, sentence after sentence in their order
 *       ({@link NerTagger#tagSentences}); the rest is the training set. With a fraction of 0 every sentence
 *       trains: that is how the shipped model is made, once the dev set has scored the same recipe;</li>
 *   <li>the gazetteers are ANERGazet's lists and, with {@link TrainingOptions#kbNames}, the names (canonical and
 *       aliases) of every actor of the shipped knowledge base: its curated actors, the countries and the persons
 *       imported from Petrarch, a person under PERS, a country, region or place under LOC, an organization or
 *       group under ORG. They add names ANERGazet lacks (leaders, agencies, media, countries as the news spells
 *       them). Together with the gazetteer-mask pairs of {@link FeatureExtractor} they raised the dev micro-F1 from
 *       0.7176 to 0.7408, mean of four training seeds. The knowledge base is read from the shipped resources,
 *       never from the training data. The nationality adjectives are left out: as MISC they cost 0.9 points; and so
 *       are the competitions ({@link #TOURNAMENT}), whose words ANERcorp tags O;</li>
 *   <li>in training sentences an {@code I-T} that follows neither {@code B-T} nor {@code I-T} becomes
 *       {@code B-T}, which is how conlleval reads it anyway, so that every gold path is one the decoder can take;</li>
 *   <li>feature keys get dense ids in order of first sight in the training set;</li>
 *   <li>each epoch visits the training sentences in an order shuffled by a {@link Random} with the fixed seed,
 *       which also seeds the word classes, so the same options give the same model, byte for byte;</li>
 *   <li>weights below {@value #PRUNE} in magnitude are dropped, and so are rows left empty: mean dev micro-F1
 *       of four seeds 0.7583 at 0.01, 0.7581 at 0.05, 0.7579 at 0.07, with 119k, 69k and 58k rows; under 65,536
 *       rows the lookup table of {@link Weights} halves (1.3 MB of model instead of 2.7), which pays for the
 *       punctuation tokens {@link NerTagger#tag} now reads;</li>
 *   <li>the weight of label O is then lowered by {@value #O_WEIGHT_SHIFT} for every token: the CRF finds fewer
 *       entities than there are (precision well above recall) and a lower O weight trades some precision for more
 *       recall. The value was chosen on the dev set, as the best mean micro-F1 over five training seeds
 *       (+1.2 points), and chosen again, the same, over four seeds when the knowledge-base names, gazetteer
 *       pairs and the trigger thresholds of {@link TriggerWords} came in (0.50: 0.7415, 0.75: 0.7465,
 *       1.00: 0.7427); it is a constant so that training itself never looks at the dev set.</li>
 * </ul>
 */
public final class NerTrainer {
    /** L2 regularization of the CRF objective. */
    static final double L2 = 0.1;
    /** Initial SGD step size. */
    static final double RATE = 0.1;
    static final float PRUNE = 0.07f;
    /**
     * The subtype of the knowledge base's competitions, whose names stay out of the gazetteers: ANERcorp tags a
     * league's words O (الدوري 13 times in 15), so a MISC gazetteer of leagues taught the tagger to doubt its MISC
     * entries (dev micro-F1, mean of four seeds, 0.7716 with them and 0.7747 without).
     */
    static final String TOURNAMENT = "tournament";
    static final float O_WEIGHT_SHIFT = 0.75f;

    private final TrainingData data;
    private final TrainingOptions options;
    private final Consumer<String> log;

    /** The trained tagger, its dev-set evaluation (empty without dev set) and the sizes involved. */
    public record Result(NerTagger tagger, NerEvaluation dev, int trainSentences, int devSentences, int weightRows) {
    }

    private NerTrainer(TrainingData data, TrainingOptions options, Consumer<String> log) {
        this.data = data;
        this.options = options;
        this.log = log;
    }

    /** Trains on {@code data} with {@code options}, reporting progress to {@code log} a line at a time. */
    public static Result train(TrainingData data, TrainingOptions options, Consumer<String> log) throws IOException {
        return new NerTrainer(data, options, log).run();
    }

    /** The development sentences of {@code sentences}: their last {@code fraction}, rounded. */
    public static List<TaggedSentence> devSlice(List<TaggedSentence> sentences, double fraction) {
        return sentences.subList(sentences.size() - devCount(sentences.size(), fraction), sentences.size());
    }

    /** The training sentences of {@code sentences}: all but the {@link #devSlice}. */
    public static List<TaggedSentence> trainSlice(List<TaggedSentence> sentences, double fraction) {
        return sentences.subList(0, sentences.size() - devCount(sentences.size(), fraction));
    }

    /**
     * Scores {@code tagger} on {@code sentences}, tagged as {@link NerTagger#tagSentences consecutive sentences}
     * in the order given.
     */
    public static NerEvaluation evaluate(NerTagger tagger, List<TaggedSentence> sentences) {
        List<List<String>> predicted = tagger.tagSentences(sentences.stream().map(TaggedSentence::tokens).toList());
        NerEvaluation evaluation = new NerEvaluation();
        for (int s = 0; s < sentences.size(); s++) {
            evaluation.add(sentences.get(s).tokens(), sentences.get(s).tags(), predicted.get(s));
        }
        return evaluation;
    }

    private Result run() throws IOException {
        List<TaggedSentence> all = data.sentences();
        List<TaggedSentence> train = repaired(trainSlice(all, options.devFraction()));
        List<TaggedSentence> dev = devSlice(all, options.devFraction());
        log.accept(String.format(Locale.ROOT, "ner: %d training and %d dev sentences from %s",
                train.size(), dev.size(), data.name()));
        Lexicons lexicons = new Lexicons(gazetteer(), TriggerWords.learn(train), clusters(train));
        log.accept(String.format(Locale.ROOT, "ner: %d gazetteer names, %d trigger words, %d words with classes",
                lexicons.gazetteer().entries().stream().mapToInt(List::size).sum(),
                lexicons.triggers().masks().size(), lexicons.clusters().classes().size()));
        FeatureExtractor extractor = new FeatureExtractor(lexicons);
        FeatureIds ids = new FeatureIds();
        List<Crf.Example> examples = new ArrayList<>(train.size());
        for (TaggedSentence s : train) {
            examples.add(encode(extractor, ids, s));
        }
        long[] keys = ids.keys();
        log.accept(String.format(Locale.ROOT, "ner: %d features", keys.length));
        Crf crf = learn(examples, keys.length);
        NerTagger tagger = new NerTagger(withOutsideShift(model(lexicons, keys, crf), O_WEIGHT_SHIFT));
        return new Result(tagger, evaluate(tagger, dev), train.size(), dev.size(), tagger.model().weights().size());
    }

    private Crf learn(List<Crf.Example> examples, int features) {
        Crf crf = new Crf(features, examples.size(), L2, RATE);
        Random random = new Random(options.seed());
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            for (int index : shuffled(examples.size(), random)) {
                crf.learn(examples.get(index));
            }
            log.accept(String.format(Locale.ROOT, "ner: epoch %d of %d done", epoch, options.epochs()));
        }
        return crf;
    }

    /** Dense ids for feature keys in order of first sight, and the key of each id. */
    private static final class FeatureIds {
        private final LongIntMap ids = new LongIntMap(1 << 20);
        private long[] keys = new long[1 << 20];

        int idOf(long key) {
            int id = ids.get(key, -1);
            if (id < 0) {
                id = ids.size();
                ids.put(key, id);
                if (id == keys.length) {
                    keys = Arrays.copyOf(keys, 2 * keys.length);
                }
                keys[id] = key;
            }
            return id;
        }

        long[] keys() {
            return Arrays.copyOf(keys, ids.size());
        }
    }

    private static Crf.Example encode(FeatureExtractor extractor, FeatureIds ids, TaggedSentence s) {
        Features features = extractor.extract(s.tokens());
        int[] featureIds = new int[features.keys().length];
        for (int k = 0; k < featureIds.length; k++) {
            featureIds[k] = ids.idOf(features.keys()[k]);
        }
        int[] gold = new int[s.size()];
        for (int i = 0; i < gold.length; i++) {
            gold[i] = Labels.index(s.tags().get(i));
        }
        return new Crf.Example(featureIds, features.offsets(), gold);
    }

    /** The CRF's averaged weights, pruned, as a model. */
    private static NerModel model(Lexicons lexicons, long[] keys, Crf crf) {
        float[] weights = crf.averagedWeights();
        int labels = Labels.COUNT;
        long[] keptKeys = new long[keys.length];
        float[] kept = new float[weights.length];
        int rows = 0;
        for (int id = 0; id < keys.length; id++) {
            boolean empty = true;
            for (int y = 0; y < labels; y++) {
                float w = weights[id * labels + y];
                if (Math.abs(w) >= PRUNE) {
                    kept[rows * labels + y] = w;
                    empty = false;
                }
            }
            if (!empty) {
                keptKeys[rows++] = keys[id];
            }
        }
        Weights pruned = new Weights(Arrays.copyOf(keptKeys, rows), Arrays.copyOf(kept, rows * labels));
        return new NerModel(lexicons, pruned, crf.averagedTransitions(), NerModel.currentProbe());
    }

    /** {@code model} with the O weight of the bias feature, which every token has, lowered by {@code shift}. */
    static NerModel withOutsideShift(NerModel model, float shift) {
        long bias = FeatureHash.key(FeatureExtractor.BIAS, 0);
        return model.withWeights(model.weights().plus(bias, Labels.O, -shift));
    }

    private static List<TaggedSentence> repaired(List<TaggedSentence> sentences) {
        List<TaggedSentence> out = new ArrayList<>(sentences.size());
        for (TaggedSentence s : sentences) {
            List<String> tags = new ArrayList<>(s.tags());
            for (int i = 0; i < tags.size(); i++) {
                int label = Labels.index(tags.get(i));
                int previous = i == 0 ? -1 : Labels.index(tags.get(i - 1));
                if (!Labels.allowed(previous, label)) {
                    tags.set(i, Labels.name(Labels.begin(Labels.typeOf(label))));
                }
            }
            out.add(new TaggedSentence(s.tokens(), tags));
        }
        return out;
    }

    private static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /**
     * The data's person, location and organization lists (ANERGazet's; it has no MISC list), then the names of
     * the shipped knowledge base's actors, if asked for.
     */
    private Gazetteer gazetteer() {
        List<List<String>> entries = new ArrayList<>();
        for (int type = 0; type < Labels.TYPES.size(); type++) {
            entries.add(type < data.gazetteers().size() ? new ArrayList<>(data.gazetteers().get(type)) : new ArrayList<>());
        }
        if (options.kbNames()) {
            KnowledgeBase kb = KnowledgeBase.shipped();
            for (NameEntry actor : kb.entries()) {
                if (!TOURNAMENT.equals(actor.subtype())) {
                    entries.get(gazetteerType(actor.type())).addAll(kb.names(actor.kb()));
                }
            }
        }
        return new Gazetteer(entries);
    }

    /** The gazetteer list (index into {@link Labels#TYPES}) of an actor type: places and countries are LOC. */
    static int gazetteerType(EntityType type) {
        return switch (type) {
            case PERSON -> Labels.TYPES.indexOf("PERS");
            case GPE, LOC -> Labels.TYPES.indexOf("LOC");
            case ORG, GROUP -> Labels.TYPES.indexOf("ORG");
            case MISC -> Labels.TYPES.indexOf("MISC");
        };
    }

    /** Word classes from the unlabelled texts and the training tokens (never the dev set's), if texts are given. */
    private WordClusters clusters(List<TaggedSentence> train) throws IOException {
        if (data.unlabelled() == null) {
            return WordClusters.EMPTY;
        }
        ClusterLearner learner = new ClusterLearner();
        data.unlabelled().forEach(text -> UnlabelledCorpus.lines(text).forEach(learner::add));
        train.forEach(s -> learner.add(s.tokens()));
        return learner.learn(options.seed());
    }

    private static int devCount(int size, double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("dev fraction must be within [0, 1), got " + fraction);
        }
        return (int) Math.round(size * fraction);
    }
}
