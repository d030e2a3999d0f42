package org.infoops.kernel;

/**
 * A settings file that cannot be used as written: an unknown or missing key, a value of the wrong type or out of
 * range. The message names the source, the field path, the offending value and what is allowed.
 */
public class ConfigException extends IllegalArgumentException {
    public ConfigException(String source, String path, String problem) {
        super(format(source, path, problem));
    }

    static String format(String source, String path, String problem) {
        StringBuilder s = new StringBuilder();
        if (source != null && !source.isEmpty()) s.append(source).append(": ");
        if (path != null && !path.isEmpty()) s.append(path).append(": ");
        return s.append(problem).toString();
    }
}
