package org.marsad.analysis.kb;

/**
 * A knowledge-base file a user adds beside the shipped ones, as its name (for messages) and its content: the
 * analysis core reads no file itself, its caller does.
 */
public record UserFile(String name, String content) {
    public UserFile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("user file name must not be blank, got '" + name + "'");
        }
        if (content == null) {
            throw new IllegalArgumentException("user file '" + name + "' has null content");
        }
    }
}
