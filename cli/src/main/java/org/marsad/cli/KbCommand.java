package org.marsad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.analysis.kb.KnowledgeBase;
import org.marsad.analysis.kb.PetrarchActors;
import org.marsad.analysis.kb.UserFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad kb}: works on the knowledge base of actors (docs/knowledge-base.md). {@code kb check} loads
 * user files on top of the shipped base and reports each bad line with file, line and reason;
 * {@code kb import-petrarch} turns UniversalPetrarch's Arabic actor dictionary into a knowledge-base file.
 */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Check knowledge-base files and import actor dictionaries.",
        subcommands = {KbCommand.Check.class, KbCommand.ImportPetrarch.class})
final class KbCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** {@code marsad kb check FILE...}: loads the files over the shipped base and lists their problems. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Load knowledge-base files over the shipped base; print each bad line (exit 1 if any).")
    static final class Check implements Callable<Integer> {

        @Parameters(arity = "0..*", paramLabel = "FILE", description = "Knowledge-base files (TSV, UTF-8); none: the shipped base alone.")
        List<Path> files = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<UserFile> userFiles = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (Path f : files) {
                try {
                    userFiles.add(new UserFile(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
                } catch (IOException | RuntimeException e) {
                    problems.add(f + ": cannot read: " + e.getMessage());
                }
            }
            KnowledgeBase.Loaded loaded = KnowledgeBase.shippedPlus(userFiles);
            problems.addAll(loaded.problems());
            problems.forEach(p -> spec.commandLine().getErr().println("marsad kb check: " + p));
            spec.commandLine().getOut().println(loaded.kb().size() + " actors (shipped " + KnowledgeBase.shipped().size()
                    + "), " + problems.size() + " problem(s)");
            return problems.isEmpty() ? 0 : 1;
        }
    }

    /** {@code marsad kb import-petrarch --dir DIR --out FILE}. */
    @Command(name = "import-petrarch", mixinStandardHelpOptions = true,
            description = "Convert UniversalPetrarch's Arabic actor dictionary (actor_dict_ar_v4.txt, agents.all.ar.txt) into a knowledge-base file of person names.")
    static final class ImportPetrarch implements Callable<Integer> {
        static final String ACTORS = "actor_dict_ar_v4.txt";
        static final String AGENTS = "agents.all.ar.txt";

        @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Directory holding " + ACTORS + " and " + AGENTS + ".")
        Path dir;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Knowledge-base file to write (TSV, UTF-8).")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try {
                String actors = Files.readString(dir.resolve(ACTORS), StandardCharsets.UTF_8);
                String agents = Files.readString(dir.resolve(AGENTS), StandardCharsets.UTF_8);
                PetrarchActors.Result result = PetrarchActors.convert(actors, agents);
                Files.writeString(out, result.tsv(), StandardCharsets.UTF_8);
                spec.commandLine().getOut().println("marsad kb import-petrarch: read " + result.read() + " entries, wrote "
                        + result.kept() + " to " + out);
                return 0;
            } catch (IOException | RuntimeException e) {
                spec.commandLine().getErr().println("marsad kb import-petrarch: " + e.getMessage());
                return 1;
            }
        }
    }
}
