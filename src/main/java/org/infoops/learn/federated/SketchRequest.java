package org.infoops.learn.federated;

/** Asks a client for {@code points} quantiles of each feature over its rows (columns sorted independently). */
public record SketchRequest(int points) implements LocalRequest<SketchUpdate> {
    public SketchRequest {
        if (points < 2) throw new IllegalArgumentException("sketch points = " + points + "; must be >= 2");
    }

    @Override
    public Class<SketchUpdate> replyType() {
        return SketchUpdate.class;
    }
}
