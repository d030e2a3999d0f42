package org.infoops.model.lkml;

import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of mailing-list message the paper's simulation generates (§4.1: "patch proposal, review, comment,
 * patch rejection, patch acceptance, etc."), plus a revised version of a patch and the later reversal of an
 * accepted patch (the event the classifier predicts). The CSV name is the lower-case constant.
 */
public enum MessageType {
    PROPOSAL, REVIEW, COMMENT, REVISION, ACCEPTANCE, REJECTION, REVERSAL;

    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of a CSV name; the message lists the allowed names. */
    public static MessageType parse(String s, String where) {
        for (MessageType t : values()) if (t.csvName().equals(s)) return t;
        throw new IllegalArgumentException(where + ": type '" + s + "'; allowed: "
                + String.join(", ", Arrays.stream(values()).map(MessageType::csvName).toList()));
    }
}
