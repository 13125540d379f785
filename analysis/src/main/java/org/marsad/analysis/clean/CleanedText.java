package org.marsad.analysis.clean;

import java.util.List;
import org.marsad.article.Removed;

/**
 * An article body with its boilerplate taken out.
 *
 * @param text      the body that every later offset points into
 * @param removed   what was taken out, in reading order, each with its reason
 * @param brandLine the publisher's name when the body opened with a brand line, else null
 */
public record CleanedText(String text, List<Removed> removed, String brandLine) {
    public CleanedText {
        removed = List.copyOf(removed);
    }
}
