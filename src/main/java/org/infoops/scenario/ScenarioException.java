package org.infoops.scenario;

/**
 * A scenario that cannot be used as written: a missing file, YAML that does not parse, an unknown key, a value of
 * the wrong type or out of its allowed range, or settings that contradict each other. The message names the
 * source, the field path (e.g. {@code bots.stanceRatio.neutral}), the offending value and what is allowed, so the
 * command line can print it as one line and the user can fix the file without reading code.
 */
public final class ScenarioException extends RuntimeException {
    private final String source;
    private final String path;

    /**
     * @param source  the scenario file or embedded name the problem was found in (may be null)
     * @param path    dotted field path, or an empty string when the problem concerns the whole file
     * @param problem what is wrong and what is allowed
     */
    public ScenarioException(String source, String path, String problem) {
        this(source, path, problem, null);
    }

    public ScenarioException(String source, String path, String problem, Throwable cause) {
        super(format(source, path, problem), cause);
        this.source = source;
        this.path = path == null ? "" : path;
    }

    /** The scenario file or embedded name, or null when the error is not tied to one. */
    public String source() {
        return source;
    }

    /** The dotted path of the offending field ("" for the whole file). */
    public String path() {
        return path;
    }

    private static String format(String source, String path, String problem) {
        StringBuilder s = new StringBuilder();
        if (source != null && !source.isEmpty()) s.append(source).append(": ");
        if (path != null && !path.isEmpty()) s.append(path).append(": ");
        return s.append(problem).toString();
    }
}
