package org.infoops.scenario.cascade;

import org.infoops.scenario.ScenarioException;

import java.nio.file.Path;
import org.infoops.model.cascade.CascadeWorld;
import org.infoops.model.cascade.InfectionModel;
import org.infoops.model.cascade.base.BaseWorldSettings;
import org.infoops.model.cascade.infer.InfectionModelSettings;

/**
 * The {@code calibrated} infection model for cascade scenarios: the digital-clone model (boosted trees, polynomial
 * recalibration, alpha) trained on a base world by cascade-infer's {@link
 * org.infoops.model.cascade.infer.TrainingPipeline}, fetched through {@link TrainedModelCache} so it is trained
 * once per settings and then loaded from the cache. The model is bound to the clone N_A of its base world (its
 * per-user history features are indexed by the clone's nodes), so such a scenario takes {@code network.from: clone}
 * and this provider supplies that network.
 */
public final class CalibratedInfection {
    private CalibratedInfection() {}

    /**
     * @param world    base-world settings YAML (relative to the scenario file's directory), or {@code embedded} for
     *                 scenarios/cascade/base-world.yaml
     * @param training infection-model settings YAML (same resolution), or {@code embedded} for
     *                 scenarios/cascade/infection-model.yaml
     * @param embedder minilm (the paper's all-MiniLM-L6-v2) or hashed (fast n-gram encoder); overrides the model file's
     * @param alpha    the constant multiplier (paper: 3.0); overrides the model file's, reuses the trained model
     * @param cache    directory of trained models, relative to the working directory (like --out), or {@code none}
     */
    public record Settings(String world, String training, String embedder, double alpha, String cache) {
        public Settings {
            if (world == null || world.isBlank()) throw new IllegalArgumentException("world " + world + " is missing; allowed: embedded or a base-world YAML file");
            if (training == null || training.isBlank()) throw new IllegalArgumentException("training " + training + " is missing; allowed: embedded or an infection-model YAML file");
            if (!"minilm".equals(embedder) && !"hashed".equals(embedder)) {
                throw new IllegalArgumentException("embedder '" + embedder + "' is not allowed; allowed values: minilm, hashed");
            }
            if (!(alpha > 0)) throw new IllegalArgumentException("alpha " + alpha + " is out of range; allowed: more than 0 (paper: 3.0)");
            if (cache == null || cache.isBlank()) throw new IllegalArgumentException("cache " + cache + " is missing; allowed: a directory or none");
        }
    }

    public static final CascadeInfectionModels.Provider<Settings> PROVIDER = new CascadeInfectionModels.Provider<>() {
        public String name() { return "calibrated"; }

        public Class<Settings> settings() { return Settings.class; }

        @Override
        public boolean suppliesNetwork() { return true; }

        @Override
        public CascadeWorld world(Settings s, long sourceUser, Path baseDirectory, TrainedModelCache trainedModels) {
            TrainedModelCache.Ready r = ready(s, baseDirectory, trainedModels);
            int node;
            if (sourceUser < 0) {
                // the paper's u_S: the author of T_S, the post whose sharers U_T seeded the snowball sampling
                node = r.digitalClone().node(r.history().posts().get(r.digitalClone().sourcePost()).author());
            } else {
                node = r.digitalClone().node(sourceUser);
                if (node < 0) throw new IllegalArgumentException("source user " + sourceUser + " is not in the clone N_A of the base world");
            }
            return new CascadeWorld(r.digitalClone().network(), node);
        }

        public InfectionModel create(Settings s, Context c) {
            TrainedModelCache.Ready r = ready(s, c.baseDirectory(), c.trainedModels());
            if (c.network() != r.digitalClone().network()) {
                throw new ScenarioException("infection", "network.from", "the calibrated model is bound to the clone of its base world;"
                        + " allowed: network.from: clone");
            }
            return r.model();
        }
    };

    /** The trained model for these settings (the owner's memory, the cache directory, or a fresh training run). */
    public static TrainedModelCache.Ready ready(Settings s, Path baseDirectory, TrainedModelCache trainedModels) {
        BaseWorldSettings world;
        InfectionModelSettings model;
        try {
            world = "embedded".equals(s.world()) ? BaseWorldSettings.defaults() : BaseWorldSettings.load(baseDirectory.resolve(s.world()));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(s.world(), "infection.world", e.getMessage(), e);
        }
        try {
            model = "embedded".equals(s.training()) ? InfectionModelSettings.defaults() : InfectionModelSettings.load(baseDirectory.resolve(s.training()));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(s.training(), "infection.training", e.getMessage(), e);
        }
        model = model.withEmbedder(s.embedder()).withAlpha(s.alpha());
        Path cache = "none".equals(s.cache()) ? null : Path.of(s.cache()).toAbsolutePath().normalize();
        return trainedModels.obtain(world, model, cache);
    }
}
