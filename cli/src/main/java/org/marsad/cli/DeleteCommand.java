package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.store.MarsadStore;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad delete ID...}: deletes stored articles with their facts, from the database and the text index.
 * Each id is reported; an id that is not stored is named and the exit code is 1, the other ids are deleted all the
 * same. The inputs that gave a deleted article stay recorded, so ingesting them again does not bring it back.
 */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete stored articles and their facts.")
final class DeleteCommand implements Callable<Integer> {
    static final String NAME = "marsad delete";

    @Parameters(paramLabel = "ID", arity = "1..*", description = "The ids of the articles, as search lists them.")
    List<String> ids;

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = data.directory();
        if (!Files.isRegularFile(dir.resolve(MarsadStore.DATABASE_FILE))) {
            err.println(NAME + ": no store in " + dir + " (run marsad ingest to make one, or give --data)");
            return 2;
        }
        try (MarsadStore store = MarsadStore.open(dir)) {
            int missing = 0;
            for (String id : ids) {
                if (store.delete(id)) {
                    out.println("deleted " + id);
                } else {
                    err.println(NAME + ": no article '" + id + "' in " + dir);
                    missing++;
                }
            }
            out.flush();
            return missing == 0 ? 0 : 1;
        } catch (StoreException e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        }
    }
}
