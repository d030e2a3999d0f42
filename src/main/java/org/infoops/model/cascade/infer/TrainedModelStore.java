package org.infoops.model.cascade.infer;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.infoops.model.cascade.base.BaseWorldSettings;

/**
 * The stored form of a trained calibrated infection model, so that it need not be retrained: a key that hashes the
 * base-world settings and the infection-model settings (alpha excluded: it is applied after calibration, so changing
 * it reuses the model), and the trained parts written to and read from a stream: the Tribuo XGBoost model (Java
 * serialization, which Tribuo's models support and which carries the booster's own bytes), the calibration
 * coefficients, the PCA matrices and the per-user history features. The clone network is not stored: it is rebuilt
 * from the base world, which is deterministic, and checked against the saved user ids. Streams are trusted local
 * state: do not read them from elsewhere (Java deserialization). Where they are kept is the scenario layer's choice.
 */
public final class TrainedModelStore {
    public static final String FORMAT = "calibrated-infection-v1";

    private TrainedModelStore() {}

    /** The serialized artefacts (the network is not stored: only its user ids, to check the rebuilt clone). */
    private record Artefacts(String format, String key, long[] userIds, InfectionFeatures features,
                             InfectionClassifier classifier, PolynomialCalibration calibration,
                             LinearAutoencoder post96) implements Serializable {}

    /** Hex SHA-256 prefix of everything that determines the trained model. */
    public static String key(BaseWorldSettings world, InfectionModelSettings model) {
        InfectionModelSettings m = model.withAlpha(1.0);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((FORMAT + "\n" + world + "\n" + m).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the trained parts of {@code model} (bound to {@code clone}) to {@code out}. */
    public static void write(OutputStream out, String key, DigitalClone clone, CalibratedInfectionModel model) throws IOException {
        Artefacts a = new Artefacts(FORMAT, key, userIds(clone), model.features(), model.classifier(),
                model.calibration(), model.postEncoder());
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(a);
        }
    }

    /**
     * The model written to {@code in}, re-attached to {@code clone}, or null when it is from another format or key
     * or its users differ from the clone's (then the caller retrains and overwrites it).
     */
    public static CalibratedInfectionModel read(InputStream in, String key, DigitalClone clone, EmbeddingCache embeddings,
                                                double alpha) throws IOException {
        Artefacts a;
        try (ObjectInputStream o = new ObjectInputStream(in)) {
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
}
