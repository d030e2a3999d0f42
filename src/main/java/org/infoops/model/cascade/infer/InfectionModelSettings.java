package org.infoops.model.cascade.infer;


import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infoops.kernel.TreeBinder;

/** Settings of the infection-model pipeline (scenarios/cascade/infection-model.yaml; values and sources there). */
public record InfectionModelSettings(String embedder, int postDimensions, int historyDimensions, double trainFraction,
                                     double trainNegativeRate, long seed, Network network, InfectionClassifier.TreeSettings trees,
                                     Calibration calibration, double alpha) {

    public record Network(int size, double leidenResolution, int leidenIterations) {}

    public record Calibration(int bins, int degree) {}


    public InfectionModelSettings {
        if (!embedder.equals("minilm") && !embedder.equals("hashed")) {
            throw new IllegalArgumentException("embedder: '" + embedder + "' is unknown; allowed: minilm, hashed");
        }
        check("postDimensions", postDimensions, 1, 384);
        check("historyDimensions", historyDimensions, 1, 384);
        check("trainFraction", trainFraction, 0.01, 0.99);
        check("trainNegativeRate", trainNegativeRate, 0.001, 1);
        check("network.size", network.size(), 10, 10_000_000);
        check("network.leidenIterations", network.leidenIterations(), 1, 1000);
        check("trees.trees", trees.trees(), 1, 10_000);
        check("trees.eta", trees.eta(), 1e-4, 1);
        check("trees.maxDepth", trees.maxDepth(), 1, 20);
        check("trees.subsample", trees.subsample(), 0.05, 1);
        check("trees.featureSubsample", trees.featureSubsample(), 0.05, 1);
        check("trees.threads", trees.threads(), 1, 256);
        check("calibration.bins", calibration.bins(), 2, 10_000);
        check("calibration.degree", calibration.degree(), 0, 30);
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("alpha: " + alpha + " is out of range; allowed: > 0 (paper: 3.0)");
        }
    }

    public static InfectionModelSettings defaults() {
        try (InputStream in = InfectionModelSettings.class.getClassLoader()
                .getResourceAsStream("scenarios/cascade/infection-model.yaml")) {
            if (in == null) {
                throw new IllegalStateException("scenarios/cascade/infection-model.yaml is missing from the classpath");
            }
            return parse(in, "scenarios/cascade/infection-model.yaml");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static InfectionModelSettings load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read infection-model settings " + file + ": " + e.getMessage(), e);
        }
    }

    static InfectionModelSettings parse(InputStream in, String source) throws IOException {
        return TreeBinder.read(in, InfectionModelSettings.class, source);
    }

    public InfectionModelSettings withEmbedder(String name) {
        return new InfectionModelSettings(name, postDimensions, historyDimensions, trainFraction, trainNegativeRate, seed,
                network, trees, calibration, alpha);
    }

    public InfectionModelSettings withAlpha(double newAlpha) {
        return new InfectionModelSettings(embedder, postDimensions, historyDimensions, trainFraction, trainNegativeRate, seed,
                network, trees, calibration, newAlpha);
    }

    public InfectionModelSettings withTrainNegativeRate(double rate) {
        return new InfectionModelSettings(embedder, postDimensions, historyDimensions, trainFraction, rate, seed,
                network, trees, calibration, alpha);
    }

    public InfectionModelSettings withTrees(int count) {
        var t = trees;
        return new InfectionModelSettings(embedder, postDimensions, historyDimensions, trainFraction, trainNegativeRate,
                seed, network, new InfectionClassifier.TreeSettings(count, t.eta(), t.maxDepth(), t.minChildWeight(), t.subsample(),
                        t.featureSubsample(), t.lambda(), t.threads()), calibration, alpha);
    }

    private static void check(String field, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(field + ": " + v + " is out of range; allowed: " + min + " to " + max);
        }
    }
}
