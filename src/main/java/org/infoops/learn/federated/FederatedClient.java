package org.infoops.learn.federated;

import org.infoops.learn.Example;
import org.infoops.learn.FeatureSchema;
import org.infoops.learn.WarmStartLogisticTrainer;

import java.util.ArrayList;
import java.util.List;

/**
 * One participant of federated learning (an influencer). Its labelled rows are private: they go in through
 * {@link #add} and nothing returns them. The only outward path is {@link #localUpdate}, which computes one of
 * the sealed {@link LocalRequest}s on the rows here and answers with aggregates ({@link ClientUpdate}).
 * The rows are kept as coded columns ({@link ClientRows}); clients built from one data set may share a
 * {@link Codebook}, so that each row is checked and encoded once and handed to every client that observes it.
 */
public final class FederatedClient {
    private final String id;
    private final FeatureSchema schema;
    private final Codebook codebook;
    private final ClientRows rows;
    private final MarginCache margins = new MarginCache();
    private final RowRouting routing = new RowRouting();
    private Transcript transcript;

    /** A client with a codebook of its own. */
    public FederatedClient(String id, FeatureSchema s) {
        this(id, new Codebook(s));
    }

    /** A client whose rows are encoded by {@code codebook} (shared with the other clients of one data builder). */
    public FederatedClient(String id, Codebook codebook) {
        this.id = id;
        this.schema = codebook.schema();
        this.codebook = codebook;
        this.rows = new ClientRows(codebook);
    }

    public String id() {
        return id;
    }

    public FeatureSchema schema() {
        return schema;
    }

    public void add(Example e) {
        rows.add(codebook.encode(e.features()), e.positive()); // the boosting caches bin and score the new rows at the next request
    }

    /**
     * Adds rows {@code which} (ascending or not: they are added in the order given) of a batch encoded by this
     * client's codebook (checked against the schema when it was encoded).
     */
    public void add(CodedColumns batch, int[] which) {
        if (batch.codebook != codebook) throw new IllegalArgumentException("rows encoded by another codebook than client " + id + "'s");
        rows.add(batch, which);
    }

    /** The codebook this client's rows are encoded by (to encode rows once for several clients). */
    public Codebook codebook() {
        return codebook;
    }

    /** Records every update this client sends from now on (null: stop recording). */
    public void recordTo(Transcript t) {
        this.transcript = t;
    }

    public int size() {
        return rows.rows();
    }

    /** Computes {@code request} on this client's rows, given the current global model (null before the first). */
    public <U extends ClientUpdate> U localUpdate(FederatedModel current, LocalRequest<U> request, long seed) {
        U reply = answer(current, request, seed);
        record(reply);
        return reply;
    }

    /** Computes {@code request} without recording it (the server's parallel path records in client order). */
    <U extends ClientUpdate> U answer(FederatedModel current, LocalRequest<U> request, long seed) {
        ClientUpdate reply;
        if (request instanceof MomentsRequest) {
            reply = new MomentsUpdate(rows.moments());
        } else if (request instanceof LocalSgdRequest sgd) {
            reply = localSgd(requireModel(current, FederatedLogisticModel.class), sgd, seed);
        } else if (request instanceof SketchRequest sketch) {
            reply = SketchUpdate.of(rows, sketch.points());
        } else if (request instanceof HistogramRequest histogram) {
            TreeEnsemble ensemble = requireModel(current, TreeEnsemble.class);
            double[][] gradients = margins.gradients(ensemble, rows, routing);
            BinnedRows binned = margins.binned(rows, ensemble.edges());
            BinnedRows.CutTree tree = new BinnedRows.CutTree(histogram.partialTree(), binned.edges);
            reply = LocalHistograms.compute(binned, gradients[0], gradients[1], routing.routeFrom(binned, tree), tree, histogram);
        } else {
            throw new IllegalArgumentException("unknown request " + request);
        }
        return request.replyType().cast(reply);
    }

    /** Adds a sent update to the transcript, if one is attached. */
    void record(ClientUpdate reply) {
        if (transcript != null) transcript.record(id, reply);
    }

    private WeightsUpdate localSgd(FederatedLogisticModel global, LocalSgdRequest sgd, long seed) {
        List<Example> standardised = new ArrayList<>(rows.rows());
        for (int r = 0; r < rows.rows(); r++) {
            standardised.add(new Example(global.standardiser().apply(rows.features(r)), rows.positive(r)));
        }
        LogisticWeights start = global.weights();
        double[][] trained = WarmStartLogisticTrainer.train(schema, standardised, start.none(), start.attack(), sgd.settings(), seed);
        return new WeightsUpdate(rows.rows(), new LogisticWeights(trained[0], trained[1]));
    }

    private static <M> M requireModel(FederatedModel current, Class<M> type) {
        if (!type.isInstance(current)) {
            throw new IllegalArgumentException("this request needs a " + type.getSimpleName() + ", got " + current);
        }
        return type.cast(current);
    }

    @Override
    public String toString() {
        return "FederatedClient{" + id + ", " + rows.rows() + " rows}";
    }
}
