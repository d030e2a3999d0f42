package org.infoops.model.cascade.infer;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.infoops.model.cascade.base.BaseHistory;
import org.infoops.model.cascade.base.BaseWorldGenerator;
import org.infoops.model.cascade.base.BaseWorldSettings;

/**
 * A trained calibrated infection model, kept so that scenarios, sweeps and environments do not retrain it: in memory
 * for the process, and on disk in a cache directory as {@code calibrated-<key>.model} (with a readable
 * {@code .txt} beside it), where the key hashes the base-world settings and the infection-model settings (alpha
 * excluded: it is applied after calibration, so changing it reuses the model). The file holds the trained parts:
 * the Tribuo XGBoost model (Java serialization, which Tribuo's models support and which carries the booster's own
 * bytes), the calibration coefficients, the PCA matrices and the per-user history features; the clone network is
 * rebuilt from the base world, which is deterministic, and checked against the saved user ids. Files are written to
 * a temporary name and moved into place, so a reader never sees half a model. The cache is trusted local state:
 * do not load files from elsewhere (Java deserialization).
 */
public final class TrainedModelStore {
    private static final String FORMAT = "calibrated-infection-v1";
    private static final int IN_MEMORY = 2;
    private static final Map<String, Ready> MEMORY = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Ready> eldest) {
            return size() > IN_MEMORY;
        }
    };

    private TrainedModelStore() {}

    /** A model ready for cascades: its base history, the clone it is bound to, and where it came from. */
    public record Ready(BaseHistory history, DigitalClone digitalClone, CalibratedInfectionModel model, Origin origin, String key) {}

    public enum Origin { TRAINED, DISK, MEMORY }

    /** The serialized artefacts (the network is not stored: only its user ids, to check the rebuilt clone). */
    private record Artefacts(String format, String key, long[] userIds, InfectionFeatures features,
                             InfectionClassifier classifier, PolynomialCalibration calibration,
                             LinearAutoencoder post96) implements Serializable {}

    /** Hex SHA-256 prefix of everything that determines the trained model. */
    public static String key(BaseWorldSettings world, InfectionModelSettings model) {
        InfectionModelSettings m = new InfectionModelSettings(model.embedder(), model.postDimensions(),
                model.historyDimensions(), model.trainFraction(), model.seed(), model.network(), model.trees(),
                model.calibration(), 1.0);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((FORMAT + "\n" + world + "\n" + m).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The model for these settings: from memory, else from {@code cacheDir} (null = no disk cache), else trained
     * (and then saved there with the embedding cache). The model carries {@code model.alpha()}.
     */
    public static synchronized Ready obtain(BaseWorldSettings world, InfectionModelSettings model, Path cacheDir) {
        String key = key(world, model);
        String memoryKey = key + "|" + cacheDir;
        Ready known = MEMORY.get(memoryKey);
        if (known != null) {
            CalibratedInfectionModel m = known.model().alpha() == model.alpha() ? known.model() : known.model().withAlpha(model.alpha());
            return new Ready(known.history(), known.digitalClone(), m, Origin.MEMORY, key);
        }
        EmbeddingCache embeddings = new EmbeddingCache(TextEmbedder.named(model.embedder()));
        Path embeddingFile = cacheDir == null ? null : cacheDir.resolve("embeddings-" + model.embedder() + ".bin");
        Ready ready;
        try {
            if (embeddingFile != null) embeddings.load(embeddingFile);
            Path file = cacheDir == null ? null : cacheDir.resolve("calibrated-" + key + ".model");
            CalibratedInfectionModel loaded = null;
            BaseHistory history = null;
            DigitalClone clone = null;
            if (file != null && Files.exists(file)) {
                history = new BaseHistory(new BaseWorldGenerator(world).generate());
                clone = TrainingPipeline.clone(history, model);
                loaded = load(file, key, clone, embeddings, model.alpha());
            }
            if (loaded != null) {
                ready = new Ready(history, clone, loaded, Origin.DISK, key);
            } else {
                TrainedInfection t = TrainingPipeline.run(new BaseWorldGenerator(world).generate(), model, embeddings);
                ready = new Ready(t.history(), t.network(), t.model(), Origin.TRAINED, key);
                if (file != null) {
                    Files.createDirectories(cacheDir);
                    save(file, key, ready.digitalClone(), ready.model());
                    writeAtomically(cacheDir.resolve("calibrated-" + key + ".txt"), out -> out.write(
                            (FORMAT + "\nkey " + key + "\nbase world " + world + "\ninfection model " + model
                                    + " (alpha applied at load)\n").getBytes(StandardCharsets.UTF_8)));
                    saveEmbeddings(embeddingFile, embeddings);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("calibrated-model cache " + cacheDir + ": " + e.getMessage(), e);
        }
        MEMORY.put(memoryKey, ready);
        return ready;
    }

    /** Forgets the in-memory models (tests: the next {@link #obtain} reads the disk cache as a new process would). */
    static synchronized void clearMemory() {
        MEMORY.clear();
    }

    /** Writes the trained parts of {@code model} (bound to {@code clone}) to {@code file}, atomically. */
    public static void save(Path file, String key, DigitalClone clone, CalibratedInfectionModel model) throws IOException {
        Artefacts a = new Artefacts(FORMAT, key, userIds(clone), model.features(), model.classifier(),
                model.calibration(), model.postEncoder());
        writeAtomically(file, out -> {
            try (ObjectOutputStream o = new ObjectOutputStream(out)) {
                o.writeObject(a);
            }
        });
    }

    /**
     * The model saved in {@code file}, re-attached to {@code clone}, or null when the file is from another format
     * or key or its users differ from the clone's (then the caller retrains and overwrites it).
     */
    public static CalibratedInfectionModel load(Path file, String key, DigitalClone clone, EmbeddingCache embeddings,
                                                double alpha) throws IOException {
        Artefacts a;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file));
             ObjectInputStream o = new ObjectInputStream(in)) {
            a = (Artefacts) o.readObject();
        } catch (ClassNotFoundException | ClassCastException | java.io.InvalidClassException e) {
            return null;
        }
        if (!FORMAT.equals(a.format()) || !key.equals(a.key()) || !Arrays.equals(a.userIds(), userIds(clone))) {
            return null;
        }
        return new CalibratedInfectionModel(clone.network(), a.features(), a.classifier(), a.calibration(), a.post96(),
                embeddings, alpha);
    }

    private static long[] userIds(DigitalClone clone) {
        long[] ids = new long[clone.network().nodeCount()];
        for (int v = 0; v < ids.length; v++) ids[v] = clone.network().userId(v);
        return ids;
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path file, Writer writer) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                writer.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The embedding cache writes its own file (cascade-train's format); written beside and moved into place. */
    private static void saveEmbeddings(Path file, EmbeddingCache embeddings) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            embeddings.save(tmp);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
