package org.infoops.env;

/**
 * Makes instances of one environment id. Registered in {@link BuiltinEnvironments}.
 */
public interface EnvironmentFactory {
    /** The id, description, multi-agent flag and creation options (with defaults). */
    EnvironmentInfo info();

    /**
     * A new instance. {@code options} holds every option of {@link #info()} (the defaults with the
     * caller's overrides laid over them; unknown names were already rejected); read them with the typed
     * getters of {@link Options}, which reject ill-typed values with a clear message.
     */
    EnvironmentLogic create(Options options);

    /** A factory from an environment's info and its constructor. */
    static EnvironmentFactory of(EnvironmentInfo info, java.util.function.Function<Options, EnvironmentLogic> constructor) {
        return new EnvironmentFactory() {
            @Override
            public EnvironmentInfo info() {
                return info;
            }

            @Override
            public EnvironmentLogic create(Options options) {
                return constructor.apply(options);
            }
        };
    }
}
