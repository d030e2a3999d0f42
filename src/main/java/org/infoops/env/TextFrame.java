package org.infoops.env;

import java.util.Objects;

/** Mode "ansi": text, lines separated by '\n'. */
public record TextFrame(String text) implements Frame {
    public TextFrame {
        Objects.requireNonNull(text, "text");
    }
}
