package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command line: one subcommand per job. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
        description = "Arabic-first news intelligence: turns Arabic articles into structured, evidence-linked records.",
        subcommands = {AnalyzeCommand.class, ExportCommand.class, KbCommand.class, NerCommands.Train.class,
                NerCommands.Eval.class, BenchCommand.class, ServeCommand.class, DemoCommand.class, IngestCommand.class,
                WatchCommand.class, SearchCommand.class, ShowCommand.class, DeleteCommand.class, SqlCommand.class, SearchBenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        System.exit(code);
    }

    /** Runs the command line with the given output and error streams and returns its exit code: tests call this. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
