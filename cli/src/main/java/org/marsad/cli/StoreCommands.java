package org.marsad.cli;

import java.io.PrintWriter;
import org.marsad.store.MarsadStore;
import org.marsad.store.StoreException;

/** Opening the store for the read commands, with their error messages. */
final class StoreCommands {
    private StoreCommands() {
    }

    /** The store of {@code data}, opened read-only, or null after reporting why it cannot be opened. */
    static MarsadStore openForReading(DataOption data, PrintWriter err, String command) {
        try {
            return MarsadStore.openReadOnly(data.directory());
        } catch (StoreException e) {
            err.println(command + ": " + e.getMessage());
            return null;
        }
    }

    /** The text of an HTML snippet for a terminal: marks as «…», entities decoded. */
    static String plainSnippet(String html) {
        return html.replace("<mark>", "«").replace("</mark>", "»").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#x2F;", "/").replace("&#39;", "'")
                .replace("&amp;", "&").replace('\n', ' ');
    }
}
