package org.infoops.env;

import java.util.Objects;

/** Free text; only ever an info entry, never an observation or an action. */
public record Text(String text) implements Value {
    public Text {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String brief() {
        String quoted = '"' + text + '"';
        return quoted.length() <= 80 ? quoted : quoted.substring(0, 77) + "...\"";
    }
}
