package org.infoops.scenario;

import java.util.List;

/**
 * The model-specific part of loading a scenario: the model's name (the value of {@code model:}), its scenario
 * type, which top-level keys its files may hold, and how a document becomes the model's scenario (defaults merged,
 * strict binding, validation). {@link ScenarioLoader} finds the binders on the classpath
 * ({@code META-INF/services/org.infoops.scenario.ScenarioBinder}) and picks one by the scenario's {@code model:} key,
 * so adding a model means adding a binder, never editing the loader.
 *
 * @param <S> the model's scenario type
 */
public abstract class ScenarioBinder<S> {
    private final String model;
    private final Class<S> type;
    private final List<String> keys;

    /**
     * @param model the value of {@code model:} this binder handles, also the folder of its embedded scenarios
     * @param type  the scenario type {@link #bind} returns
     * @param keys  every top-level key the model's scenario files may have, the common header first (the order
     *              messages list them in)
     */
    protected ScenarioBinder(String model, Class<S> type, List<String> keys) {
        this.model = model;
        this.type = type;
        this.keys = List.copyOf(keys);
    }

    public final String model() {
        return model;
    }

    public final Class<S> type() {
        return type;
    }

    public final List<String> keys() {
        return keys;
    }

    /** Binds and validates a scenario document whose keys and name the loader has already checked. */
    public abstract S bind(ScenarioDocument document);
}
