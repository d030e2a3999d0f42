package org.infoops.cli;

import org.infoops.learn.Method;

import java.util.List;
import java.util.Locale;

/** Usage errors of the commands that print their own (one line on stderr, exit 2), and the learner names they take. */
final class Usage {
    private Usage() {
    }

    /** The methods of {@code --methods boosted_trees,logistic}; an IllegalArgumentException for a name that is none. */
    static List<Method> methods(List<String> names) {
        return names.stream().map(m -> Method.valueOf(m.trim().toUpperCase(Locale.ROOT))).toList();
    }

    static int methodsNotAllowed(List<String> names) {
        return error("--methods " + names + " is not allowed; allowed values: boosted_trees, logistic");
    }

    /** One line on stderr, exit 2. */
    static int error(String message) {
        System.err.println("error: " + message);
        return 2;
    }
}
