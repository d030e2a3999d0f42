package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioBinder;
import org.infoops.scenario.ScenarioDocument;
import org.infoops.scenario.ScenarioLoader;
import org.infoops.scenario.Checks;
import org.infoops.kernel.TreeBinder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.infoops.graph.GraphFactory;
import org.infoops.graph.GraphSettings;
import org.infoops.model.diluvsion.DiurnalTable;
import org.infoops.model.diluvsion.BotSettings;
import org.infoops.model.diluvsion.DiluvsionParameters;
import org.infoops.model.diluvsion.DiluvsionSetup;
import org.infoops.model.diluvsion.RoleTable;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Loads the Diluvsion sections of a scenario ({@code graph}, {@code bots}, merged {@code parameters}) into a
 * {@link DiluvsionSetup}: fills the documented optional keys, binds strictly, normalises the free-text choices to
 * lower case, resolves table and graph files against the scenario's directory (and checks they exist), then runs
 * the {@link DiluvsionValidator}.
 */
public final class DiluvsionBinder extends ScenarioBinder<DiluvsionScenario> {
    static final String DEFAULT_TABLE = "default";
    static final String DEFAULTS = "scenarios/diluvsion/parameters.yaml";

    /** The model-independent keys of a Diluvsion scenario: the common header with a baseline and a step count. */
    record Header(String name, String model, String description, String baseline, int runs, int steps, long seed) {}

    public DiluvsionBinder() {
        super("diluvsion", DiluvsionScenario.class, List.of("name", "model", "description", "baseline", "runs", "steps", "seed", "parameters", "graph", "bots"));
    }

    @Override
    public DiluvsionScenario bind(ScenarioDocument document) {
        ObjectNode root = document.root();
        ObjectNode header = root.objectNode();
        for (String key : List.of("name", "model", "description", "baseline", "runs", "steps", "seed")) {
            if (root.has(key)) header.set(key, root.get(key));
        }
        if (!header.has("description")) header.put("description", "");
        if (!header.has("baseline") && root.has("name")) header.set("baseline", root.get("name"));
        Header h = document.binder().bind(header, Header.class, "");
        ScenarioLoader.name(document.checks(), "baseline", header.get("baseline"));
        document.checks().atLeast("runs", h.runs(), 1);
        document.checks().atLeast("steps", h.steps(), 1);
        JsonNode parameters = document.merged("parameters", DEFAULTS);
        DiluvsionSetup setup = setup(root, parameters, h.steps(), document);
        return new DiluvsionScenario(h.name(), h.model(), h.description(), h.baseline(), h.runs(), h.steps(), h.seed(), setup,
                document.source());
    }

    private DiluvsionSetup setup(ObjectNode root, JsonNode parameters, int steps, ScenarioDocument context) {
        TreeBinder binder = context.binder();
        DiluvsionParameters p = binder.bind(parameters, DiluvsionParameters.class, DiluvsionValidator.PARAMS);
        GraphSettings g = binder.bind(withNullDefault(withNullDefault(root.get("graph"), "file"), "hyperParameters"),
                GraphSettings.class, "graph");
        BotSettings b = binder.bind(withEmptyListDefault(root.get("bots"), "conservedThemes"), BotSettings.class, "bots");

        p = withResolvedTables(p, context);
        g = new GraphSettings(lower(g.generator()), g.hyperParameters(), g.seed(), g.file());
        if (GraphFactory.FILE.equals(g.generator()) && g.file() != null) {
            g = new GraphSettings(g.generator(), g.hyperParameters(), g.seed(),
                    existingFile(context, "graph.file", g.file(), "graph file", "an existing edge-list CSV or GraphML file"));
        }
        b = new BotSettings(b.count(), b.stanceRatio(), b.stanceMix(), b.placement(), b.roles(), lower(b.role()),
                lower(b.level()), b.replyTactic(), b.primaryTacticProbability(), b.themes(), b.conservedThemes());

        RoleTable roles = rolesTable(p.activity().rolesTable(), context);
        new DiluvsionValidator(context.checks()).validate(p, b, g, roles.levels());
        DiluvsionSetup setup = new DiluvsionSetup(steps, p, b, g);
        if (GraphFactory.FILE.equals(g.generator())) checkGraphFile(setup, context);
        return setup;
    }

    /** A graph file is read once now, so a malformed file or a wrong node count is a load-time error. */
    private static void checkGraphFile(DiluvsionSetup setup, ScenarioDocument context) {
        int nodes = setup.graphNodes();
        try {
            GraphFactory.build(setup.graph(), nodes, 0);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            String message = e.getMessage().startsWith("graph.file: ") ? e.getMessage().substring("graph.file: ".length()) : e.getMessage();
            throw context.checks().error("graph.file", "'" + setup.graph().file() + "' is not usable: " + message
                    + "; allowed: a .csv edge list or .graphml file with " + nodes + " nodes (the agents"
                    + (setup.bots().placement() == BotSettings.Placement.FRINGE ? " minus the fringe bots)" : ")"));
        }
    }

    /** The roles table the model will load, loaded now so a malformed file is a load-time error. */
    private static RoleTable rolesTable(String table, ScenarioDocument context) {
        try {
            return RoleTable.load(table);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw context.checks().error(DiluvsionValidator.PARAMS + ".activity.rolesTable", "'" + table + "' is not a valid table: "
                    + e.getMessage() + "; allowed: default or a CSV laid out as shared/specs/roles.csv");
        }
    }

    /** Optional graph keys (file: only generator file uses it; hyperParameters: absent means Covid): absent means null. */
    private static JsonNode withNullDefault(JsonNode section, String key) {
        if (section == null || !section.isObject() || section.has(key)) return section;
        ObjectNode copy = ((ObjectNode) section).deepCopy();
        copy.putNull(key);
        return copy;
    }

    /** bots.conservedThemes is optional (only themes: conserve uses it): absent means []. */
    private static JsonNode withEmptyListDefault(JsonNode section, String key) {
        if (section == null || !section.isObject() || section.has(key)) return section;
        ObjectNode copy = ((ObjectNode) section).deepCopy();
        copy.putArray(key);
        return copy;
    }

    /** Table paths made absolute against the scenario's directory; "default" stays the shipped table. */
    private static DiluvsionParameters withResolvedTables(DiluvsionParameters p, ScenarioDocument context) {
        DiluvsionParameters.Activity a = p.activity();
        String path = DiluvsionValidator.PARAMS + ".activity.";
        context.checks().present(path + "diurnalTable", a.diurnalTable(), "default or a CSV file path");
        context.checks().present(path + "rolesTable", a.rolesTable(), "default or a CSV file path");
        String diurnal = a.diurnalTable();
        if (!isDefault(diurnal)) {
            diurnal = existingFile(context, path + "diurnalTable", diurnal, "diurnal table file",
                    "default or an existing 7 x 48 CSV file");
            try {
                DiurnalTable.load(Path.of(diurnal));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw context.checks().error(path + "diurnalTable", "'" + a.diurnalTable() + "' is not a valid table: "
                        + e.getMessage() + "; allowed: default or a CSV with a header and 7 rows of a day and 48 values in [0, 1]");
            }
        } else {
            diurnal = DEFAULT_TABLE;
        }
        String roles = a.rolesTable();
        roles = isDefault(roles) ? DEFAULT_TABLE : existingFile(context, path + "rolesTable", roles, "roles table file",
                "default or an existing roles CSV file (as shared/specs/roles.csv)");
        DiluvsionParameters.Activity resolved = new DiluvsionParameters.Activity(diurnal, a.damping(),
                a.overflowProbability(), a.startSlot(), roles);
        return new DiluvsionParameters(p.population(), p.memory(), p.themes(), p.resistance(), p.compatibility(),
                p.targetChoice(), p.conversion(), resolved, p.delivery(), p.follow());
    }

    private static boolean isDefault(String table) {
        return table.equalsIgnoreCase(DEFAULT_TABLE);
    }

    /** The absolute path of {@code value} resolved against the scenario's directory, which must be a file. */
    private static String existingFile(ScenarioDocument context, String path, String value, String what, String allowed) {
        Path file = context.baseDirectory().resolve(value).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw context.checks().error(path, "'" + value + "': " + what + " " + file + " does not exist; allowed: " + allowed);
        }
        return file.toString();
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }
}
