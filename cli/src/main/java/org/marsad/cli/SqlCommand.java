package org.marsad.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.store.MarsadStore;
import org.marsad.store.StoreException;
import org.marsad.store.TableResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad sql}: a read-only SQL query over the facts tables (docs/store.md): one SELECT, the store's tables
 * only, no table functions. Prints an aligned table, CSV or JSON Lines; at most {@code --max-rows} rows, with a note
 * on standard error when there were more. A refused or failing query is reported and the exit code is 1.
 */
@Command(name = "sql", mixinStandardHelpOptions = true, description = "Run a read-only SELECT over the facts tables.")
final class SqlCommand implements Callable<Integer> {
    static final String NAME = "marsad sql";
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final int MAX_CELL = 60;

    enum Format { TABLE, CSV, JSONL }

    @Parameters(paramLabel = "SELECT", description = "The query, e.g. \"SELECT plover, count(*) FROM events GROUP BY 1\".")
    String select;

    @Mixin
    DataOption data;

    @Option(names = "--max-rows", defaultValue = "1000", paramLabel = "N", description = "Rows to print at most (default ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (maxRows < 1) {
            err.println(NAME + ": --max-rows must be at least 1, got " + maxRows);
            return 2;
        }
        MarsadStore store = StoreCommands.openForReading(data, err, NAME);
        if (store == null) {
            return 2;
        }
        try (store) {
            TableResult t = store.sql(select, maxRows + 1);
            boolean more = t.rows().size() > maxRows;
            List<List<Object>> rows = more ? t.rows().subList(0, maxRows) : t.rows();
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case TABLE -> table(t.columns(), rows, out);
                case CSV -> csv(t.columns(), rows, out);
                case JSONL -> jsonl(t.columns(), rows, out);
            }
            out.flush();
            if (more) {
                err.println(NAME + ": stopped at " + maxRows + " rows (--max-rows)");
            }
            return 0;
        } catch (IllegalArgumentException | StoreException e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        }
    }

    private static String cell(Object v) {
        return v == null ? "NULL" : v.toString();
    }

    private static void table(List<String> columns, List<List<Object>> rows, PrintWriter out) {
        int[] width = new int[columns.size()];
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < width.length; i++) {
            width[i] = columns.get(i).length();
        }
        for (List<Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < width.length; i++) {
                String c = cell(row.get(i)).replace('\n', ' ');
                c = c.length() > MAX_CELL ? c.substring(0, MAX_CELL - 1) + "…" : c;
                width[i] = Math.max(width[i], c.length());
                line.add(c);
            }
            cells.add(line);
        }
        out.println(line(columns, width));
        StringBuilder rule = new StringBuilder();
        for (int w : width) {
            rule.append(rule.isEmpty() ? "" : "-+-").append("-".repeat(w));
        }
        out.println(rule);
        cells.forEach(c -> out.println(line(c, width)));
        out.printf("(%d row%s)%n", rows.size(), rows.size() == 1 ? "" : "s");
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(" | ");
            }
            b.append(cells.get(i)).append(" ".repeat(width[i] - cells.get(i).length()));
        }
        return b.toString().stripTrailing();
    }

    private static void csv(List<String> columns, List<List<Object>> rows, PrintWriter out) {
        out.print(String.join(",", columns.stream().map(SqlCommand::csvCell).toList()) + "\r\n");
        for (List<Object> row : rows) {
            out.print(String.join(",", row.stream().map(v -> v == null ? "" : csvCell(v.toString())).toList()) + "\r\n");
        }
    }

    private static String csvCell(String v) {
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static void jsonl(List<String> columns, List<List<Object>> rows, PrintWriter out) {
        for (List<Object> row : rows) {
            try (JsonGenerator g = JSON.createGenerator((Writer) out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    g.writeFieldName(columns.get(i));
                    value(g, row.get(i));
                }
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
        }
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case Boolean b -> g.writeBoolean(b);
            case Integer n -> g.writeNumber(n);
            case Long n -> g.writeNumber(n);
            case Short n -> g.writeNumber(n);
            case Byte n -> g.writeNumber(n);
            case Double n -> g.writeNumber(n);
            case Float n -> g.writeNumber(n);
            case java.math.BigDecimal n -> g.writeNumber(n);
            case java.math.BigInteger n -> g.writeNumber(n);
            case List<?> list -> {
                g.writeStartArray();
                for (Object o : list) {
                    value(g, o);
                }
                g.writeEndArray();
            }
            case java.util.Map<?, ?> map -> {
                g.writeStartObject();
                for (var e : map.entrySet()) {
                    g.writeFieldName(String.valueOf(e.getKey()));
                    value(g, e.getValue());
                }
                g.writeEndObject();
            }
            default -> g.writeString(v.toString());
        }
    }
}
