package org.infoops.env;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What is known about an environment id before one is made: its description, whether it is
 * multi-agent, and the options it accepts at creation (with defaults).
 *
 * @param id          {@code namespace/name-vN}, as Gymnasium ids, e.g. {@code diagnostic/bandit-v0}
 * @param description one paragraph: what the agents control, observe and are rewarded for
 * @param multiAgent  false: exactly one agent (a Gymnasium Env); true: agents acting in parallel (PettingZoo)
 * @param options     the creation options, each with its default
 */
public record EnvironmentInfo(String id, String description, boolean multiAgent, List<OptionSpec> options) {
    private static final Pattern ID = Pattern.compile("([A-Za-z0-9_.-]+/)?[A-Za-z0-9_.-]+-v\\d+");

    public EnvironmentInfo {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("environment id \"" + id + "\" is not of the form namespace/name-vN");
        }
        Objects.requireNonNull(description, "description");
        options = List.copyOf(options);
    }

    /** The defaults of every creation option. */
    public Options defaultOptions() {
        return Options.defaults(options, "options");
    }

    public List<String> optionNames() {
        return options.stream().map(OptionSpec::name).toList();
    }
}
