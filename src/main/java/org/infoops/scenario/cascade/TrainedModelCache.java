package org.infoops.scenario.cascade;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.infoops.model.cascade.base.BaseHistory;
import org.infoops.model.cascade.base.BaseWorldGenerator;
import org.infoops.model.cascade.base.BaseWorldSettings;
import org.infoops.model.cascade.infer.CalibratedInfectionModel;
import org.infoops.model.cascade.infer.DigitalClone;
import org.infoops.model.cascade.infer.EmbeddingCache;
import org.infoops.model.cascade.infer.InfectionModelSettings;
import org.infoops.model.cascade.infer.TextEmbedder;
import org.infoops.model.cascade.infer.TrainedInfection;
import org.infoops.model.cascade.infer.TrainedModelStore;
import org.infoops.model.cascade.infer.TrainingPipeline;

/**
 * A trained calibrated infection model, kept so that scenarios, sweeps and environments do not retrain it: in memory
 * for the owner of this instance (a command's run, or a server shared by its sessions: it is passed down through
 * {@link CascadeInfectionModels.Provider.Context}, never held statically), and on disk in a cache directory as {@code calibrated-<key>.model} (in {@link TrainedModelStore}'s
 * form, with a readable {@code .txt} beside it) next to the embedding cache. Files are written to a temporary name
 * and moved into place, so a reader never sees half a model. The cache is trusted local state: do not load files
 * from elsewhere (Java deserialization).
 */
public final class TrainedModelCache {
    /** Models kept in memory: a trained model with its clone and history is 10^2 MB at the paper's size. */
    private static final int IN_MEMORY = 2;

    private final Map<String, Ready> memory = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Ready> eldest) {
            return size() > IN_MEMORY;
        }
    };

    /** A model ready for cascades: its base history, the clone it is bound to, and where it came from. */
    public record Ready(BaseHistory history, DigitalClone digitalClone, CalibratedInfectionModel model, Origin origin, String key) {}

    public enum Origin { TRAINED, DISK, MEMORY }

    /**
     * The model for these settings: from memory, else from {@code cacheDir} (null = no disk cache), else trained
     * (and then saved there with the embedding cache). The model carries {@code model.alpha()}.
     */
    public synchronized Ready obtain(BaseWorldSettings world, InfectionModelSettings model, Path cacheDir) {
        String key = TrainedModelStore.key(world, model);
        String memoryKey = key + "|" + cacheDir;
        Ready known = memory.get(memoryKey);
        if (known != null) {
            CalibratedInfectionModel m = known.model().alpha() == model.alpha() ? known.model() : known.model().withAlpha(model.alpha());
            return new Ready(known.history(), known.digitalClone(), m, Origin.MEMORY, key);
        }
        EmbeddingCache embeddings = new EmbeddingCache(TextEmbedder.named(model.embedder()));
        Path embeddingFile = cacheDir == null ? null : EmbeddingCacheFiles.file(cacheDir, model.embedder());
        Ready ready;
        try {
            if (embeddingFile != null) EmbeddingCacheFiles.load(embeddings, embeddingFile);
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
                            (TrainedModelStore.FORMAT + "\nkey " + key + "\nbase world " + world + "\ninfection model " + model
                                    + " (alpha applied at load)\n").getBytes(StandardCharsets.UTF_8)));
                    EmbeddingCacheFiles.saveAtomically(embeddings, embeddingFile);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("calibrated-model cache " + cacheDir + ": " + e.getMessage(), e);
        }
        memory.put(memoryKey, ready);
        return ready;
    }

    /** Writes the trained parts of {@code model} (bound to {@code clone}) to {@code file}, atomically. */
    static void save(Path file, String key, DigitalClone clone, CalibratedInfectionModel model) throws IOException {
        writeAtomically(file, out -> TrainedModelStore.write(out, key, clone, model));
    }

    /** The model saved in {@code file}, re-attached to {@code clone}, or null when it is another format's, key's or clone's. */
    static CalibratedInfectionModel load(Path file, String key, DigitalClone clone, EmbeddingCache embeddings, double alpha)
            throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return TrainedModelStore.read(in, key, clone, embeddings, alpha);
        }
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path file, Writer writer) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                writer.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
