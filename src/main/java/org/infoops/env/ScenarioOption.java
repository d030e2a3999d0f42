package org.infoops.env;

import org.infoops.scenario.ScenarioLoader;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code scenario} option of the model environments, read under the options' {@link FileAccess}: an
 * embedded scenario name (e.g. {@code diluvsion/sim03}) or a file the access allows. For a server's client a
 * refused name gets one answer whatever the reason, and a file that fails to load is reported without
 * quoting its content.
 *
 * @param reference what to hand to the model's scenario loader: the embedded name, or the file's path
 * @param embedded  true for an embedded scenario
 * @param given     the value the caller gave (for messages)
 */
public record ScenarioOption(String reference, boolean embedded, String given) {
    /** Embedded scenarios are {@code scenarios/<model>/<name>.yaml} resources; names never climb out. */
    private static final Pattern EMBEDDED = Pattern.compile("[a-z]+/[A-Za-z0-9][A-Za-z0-9_-]*(\\.yaml)?");

    /**
     * Reads option {@code name} of {@code options}.
     *
     * @param model the model whose embedded scenarios may be named, e.g. "troll" (the message lists them from the classpath)
     */
    public static ScenarioOption read(Options options, String name, String model) {
        String given = options.stringValue(name, List.of());
        String path = options.path() + "." + name;
        if (isEmbedded(given, model)) return new ScenarioOption(given, true, given);
        return options.fileAccess().file(given)
                .map(file -> new ScenarioOption(file.toString(), false, given))
                .orElseThrow(() -> InvalidValueException.notAllowed(path, Quote.text(given),
                        "an embedded " + model + " scenario (" + new ScenarioLoader().describeEmbedded(model) + ")"
                                + (options.fileAccess().unrestricted() ? " or a scenario file"
                                : " or a scenario file under a directory the server's operator allowed (serve --scenario-dir)")));
    }

    private static boolean isEmbedded(String name, String model) {
        if (!EMBEDDED.matcher(name).matches() || !name.startsWith(model + "/")) return false;
        String resource = "scenarios/" + (name.endsWith(".yaml") ? name : name + ".yaml");
        return !resource.endsWith("/parameters.yaml") && ScenarioOption.class.getClassLoader().getResource(resource) != null;
    }

    /**
     * The error for a scenario that was found but does not load. For an embedded scenario or an unrestricted
     * caller, the loader's whole message; for a server's client, only that the file is invalid, never its content.
     */
    public InvalidValueException loadFailure(Options options, String name, String model, RuntimeException problem) {
        String path = options.path() + "." + name;
        if (embedded || options.fileAccess().unrestricted()) {
            return new InvalidValueException(path, Quote.text(given) + " does not load: " + Quote.clip(problem.getMessage(), 600));
        }
        return new InvalidValueException(path, Quote.text(given) + " is not a valid " + model + " scenario file; the server does "
                + "not quote scenario files, so load it with the command line (e.g. run) on the server to see the problem");
    }
}
