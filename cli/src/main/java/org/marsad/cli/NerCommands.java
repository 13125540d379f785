package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.analysis.kb.KnowledgeBase;
import org.marsad.analysis.ner.NerEvaluation;
import org.marsad.analysis.ner.NerTagger;
import org.marsad.analysis.ner.NerTrainer;
import org.marsad.analysis.ner.TaggedSentence;
import org.marsad.analysis.ner.TrainingData;
import org.marsad.analysis.ner.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad train ner} and {@code marsad eval ner}: train the named-entity tagger on ANERcorp and score a
 * tagger on a {@code token TAG} file. Default paths are relative to the checkout ({@code marsad.home}, set by
 * the launcher), with the shared data beside it in {@code ../shared}.
 */
final class NerCommands {

    private NerCommands() {
    }

    /** {@code marsad train}: parent of the training commands. */
    @Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model.",
            subcommands = TrainNer.class)
    static final class Train implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
    }

    /** {@code marsad eval}: parent of the evaluation commands. */
    @Command(name = "eval", mixinStandardHelpOptions = true, description = "Score a model on gold data.",
            subcommands = EvalNer.class)
    static final class Eval implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
    }

    /**
     * {@code marsad train ner}: trains on all but a dev slice and prints the dev scores; then trains again, with the
     * same options, on every sentence and writes that model, unless {@code --held-out-model} asks for the first.
     */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Train the named-entity tagger (CRF) on ANERcorp: first without the dev slice, to print its"
                    + " dev-set scores; then on every sentence, the model written (the shipped model is this one)."})
    static final class TrainNer implements Callable<Integer> {

        @Option(names = "--data", paramLabel = "PATH",
                description = "Training data, 'token TAG' lines. Default: ../shared/data/anercorp/train.txt beside the checkout.")
        Path data;

        @Option(names = "--gazetteers", paramLabel = "DIR",
                description = "ANERGazet directory (persons.txt, locations.txt, organizations.txt), or 'none'. Default: ../shared/data/anergazet.")
        String gazetteers;

        @Option(names = "--kb-names", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Add the names of the shipped knowledge base's actors to the gazetteers (default: yes; --no-kb-names leaves them out).")
        boolean kbNames;

        @Option(names = "--corpora", paramLabel = "DIR",
                description = "Unlabelled TREC-style news (.txt with <TEXT>) to learn word classes from, or 'none'. Default: ../shared/corpora/ant-jawharafm.")
        String corpora;

        @Option(names = "--out", paramLabel = "PATH",
                description = "Where to write the model. Default: analysis/src/main/resources/org/marsad/analysis/ner/" + NerTagger.MODEL_RESOURCE + ".")
        Path out;

        @Option(names = "--dev-fraction", defaultValue = "" + TrainingOptions.DEFAULT_DEV_FRACTION, paramLabel = "F",
                description = "Share of sentences, from the end of the data, held out as dev set (default ${DEFAULT-VALUE}).")
        double devFraction;

        @Option(names = "--epochs", defaultValue = "" + TrainingOptions.DEFAULT_EPOCHS, paramLabel = "N",
                description = "Passes over the training sentences (default ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--seed", defaultValue = "" + TrainingOptions.DEFAULT_SEED, paramLabel = "N",
                description = "Seed of sentence order and word classes (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--held-out-model",
                description = "Write the model trained without the dev slice, and train no other.")
        boolean heldOutModel;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                TrainingData training = TrainingFiles.read(
                        data != null ? data : home().resolve("../shared/data/anercorp/train.txt").normalize(),
                        directory(gazetteers, "../shared/data/anergazet"), directory(corpora, "../shared/corpora/ant-jawharafm"));
                TrainingOptions options = new TrainingOptions(devFraction, epochs, seed, kbNames);
                Path target = out != null ? out : home().resolve(
                        "analysis/src/main/resources/org/marsad/analysis/ner/" + NerTagger.MODEL_RESOURCE);
                Consumer<String> progress = line -> {
                    err.println(line);
                    err.flush();
                };
                long started = System.nanoTime();
                NerTrainer.Result scored = NerTrainer.train(training, options, progress);
                report(stdout, "held-out model", scored, started);
                NerTrainer.Result written = scored;
                if (!heldOutModel && scored.devSentences() > 0) {
                    started = System.nanoTime();
                    written = NerTrainer.train(training, options.withDevFraction(0), progress);
                    report(stdout, "final model", written, started);
                }
                TrainingFiles.write(written.tagger(), target);
                stdout.printf(Locale.ROOT, "wrote the %s to %s (%,d bytes)%n", written == scored ? "held-out model" : "final model",
                        target, Files.size(target));
                if (scored.devSentences() > 0) {
                    stdout.println("dev set (scored with the held-out model):");
                    printScores(stdout, scored.dev());
                }
                return 0;
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                err.println("marsad train ner: " + e.getMessage());
                return 1;
            }
        }
    }

    /** {@code marsad eval ner --gold FILE}: tags the gold tokens sentence by sentence and scores the entities. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Score the named-entity tagger on a 'token TAG' file: per-type and micro P/R/F1; the last line is 'micro-F1: 0.xxxx'.")
    static final class EvalNer implements Callable<Integer> {
        /** Sentences joined into one text for {@code --pipeline} without {@code --as-text}: about a short article. */
        static final int PIPELINE_SENTENCES = 15;

        @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold data, 'token TAG' lines, blank line between sentences.")
        Path gold;

        @Option(names = "--model", paramLabel = "PATH", description = "A model written by 'marsad train ner'. Default: the shipped model.")
        Path model;

        @Option(names = "--as-text", paramLabel = "N",
                description = "Score the path 'marsad analyze' takes instead: every N sentences joined into one text, "
                        + "read through the pipeline's word list, the names put back on the gold tokens.")
        Integer asText;

        @Option(names = "--pipeline",
                description = "Score the entities of the whole analysis instead (knowledge base, role phrases and the "
                        + "tagger's proposals; mentions by name, PERSON→PERS, ORG→ORG, GPE and LOC→LOC, GROUP and "
                        + "MISC→MISC), texts of --as-text sentences (default 15). With --model, the analysis proposes "
                        + "names with that model.")
        boolean pipeline;

        @Option(names = "--errors", paramLabel = "FILE",
                description = "Also write every wrong entity to FILE, one tab-separated line each: sentence (from 1), "
                        + "kind (missed, spurious, type, span), gold type and words, predicted type and words.")
        Path errors;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                List<TaggedSentence> sentences = TrainingFiles.sentences(gold);
                NerTagger tagger = model != null ? TrainingFiles.model(model) : NerTagger.load();
                int perText = asText != null ? asText : PIPELINE_SENTENCES;
                NerEvaluation evaluation;
                if (pipeline) {
                    ArticleAnalyzer analyzer = ArticleAnalyzer.withKnowledge(KnowledgeBase.shipped(), tagger);
                    evaluation = TextPathScoring.evaluate(TextPathScoring.pipeline(analyzer), sentences, perText);
                } else if (asText != null) {
                    evaluation = TextPathScoring.evaluate(TextPathScoring.tagger(tagger), sentences, asText);
                } else {
                    evaluation = NerTrainer.evaluate(tagger, sentences);
                }
                out.printf(Locale.ROOT, "marsad eval ner: %d sentences, %d tokens from %s%s%n",
                        evaluation.sentences(), evaluation.tokens(), gold,
                        pipeline ? ", entities of the whole analysis, texts of " + perText + " sentences"
                                : asText == null ? "" : ", tagged as texts of " + asText + " sentences");
                if (errors != null) {
                    writeMismatches(errors, evaluation.mismatches());
                    out.printf(Locale.ROOT, "wrong entities written to %s: %s%n", errors,
                            kinds(evaluation.mismatches()));
                }
                printScores(out, evaluation);
                return 0;
            } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                spec.commandLine().getErr().println("marsad eval ner: " + e.getMessage());
                return 1;
            }
        }
    }

    private static void writeMismatches(Path file, List<NerEvaluation.Mismatch> mismatches) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("sentence\tkind\tgold_type\tgold\tpredicted_type\tpredicted");
        for (NerEvaluation.Mismatch m : mismatches) {
            lines.add(String.join("\t", String.valueOf(m.sentence() + 1), m.kind().name().toLowerCase(Locale.ROOT),
                    m.goldType(), m.goldText(), m.predictedType(), m.predictedText()));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** How many wrong entities of each kind, as "missed 3, spurious 1, ...". */
    private static String kinds(List<NerEvaluation.Mismatch> mismatches) {
        Map<NerEvaluation.Mismatch.Kind, Long> counts = mismatches.stream().collect(Collectors.groupingBy(
                NerEvaluation.Mismatch::kind, () -> new EnumMap<>(NerEvaluation.Mismatch.Kind.class), Collectors.counting()));
        return Arrays.stream(NerEvaluation.Mismatch.Kind.values())
                .map(k -> k.name().toLowerCase(Locale.ROOT) + " " + counts.getOrDefault(k, 0L))
                .collect(Collectors.joining(", "));
    }

    private static void report(PrintWriter out, String what, NerTrainer.Result result, long started) {
        out.printf(Locale.ROOT, "marsad train ner: %s, %d training and %d dev sentences, %d weight rows, %.1f s%n",
                what, result.trainSentences(), result.devSentences(), result.weightRows(), (System.nanoTime() - started) / 1e9);
        out.flush();
    }

    /** The per-type table, then {@code micro-F1: 0.xxxx} as the last line. */
    private static void printScores(PrintWriter out, NerEvaluation evaluation) {
        evaluation.report().forEach(out::println);
        out.printf(Locale.ROOT, "micro-F1: %.4f%n", evaluation.micro().f1());
        out.flush();
    }

    private static Path home() {
        return Path.of(System.getProperty("marsad.home", "."));
    }

    /** The directory {@code value}, the default under the checkout when absent, or null for {@code none}. */
    private static Path directory(String value, String defaultUnderHome) {
        if (value == null) {
            return home().resolve(defaultUnderHome).normalize();
        }
        return value.equals("none") ? null : Path.of(value);
    }
}
