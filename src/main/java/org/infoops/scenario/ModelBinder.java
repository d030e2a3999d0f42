package org.infoops.scenario;

import org.infoops.kernel.TreeBinder;

import org.infoops.scenario.diluvsion.DiluvsionScenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.infoops.model.diluvsion.DiluvsionSetup;

import java.nio.file.Path;
import java.util.List;

/**
 * The model-specific part of loading a scenario: which top-level sections the model adds, where its default
 * parameters live, and how the merged tree becomes the model's setup. {@link ScenarioLoader} picks the binder by
 * the scenario's {@code model:} key, so adding a model means adding a binder (and widening {@link DiluvsionScenario#setup()}
 * to a sealed interface).
 */
public interface ModelBinder {
    /** The value of {@code model:} this binder handles. */
    String model();

    /** Top-level keys this model adds to the common ones (e.g. graph, bots). */
    List<String> sectionKeys();

    /** Classpath resource of the model's parameter defaults, e.g. {@code scenarios/diluvsion/parameters.yaml}. */
    String parametersResource();

    /**
     * Binds and validates the model setup.
     *
     * @param root       the whole scenario tree (sections read from it)
     * @param parameters the scenario's {@code parameters:} deep-merged over the model's defaults
     * @param steps      the scenario's step count
     * @param context    source name, base directory for relative file paths, and the binder for errors
     */
    DiluvsionSetup bind(ObjectNode root, JsonNode parameters, int steps, Context context);

    /** What a binder needs to know about where the scenario came from. */
    record Context(String source, Path baseDirectory, TreeBinder binder, Checks checks) {}
}
