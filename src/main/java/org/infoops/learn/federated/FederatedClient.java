package org.infoops.learn.federated;

import org.infoops.learn.Example;
import org.infoops.learn.FeatureMoments;
import org.infoops.learn.FeatureSchema;
import org.infoops.learn.WarmStartLogisticTrainer;

import java.util.ArrayList;
import java.util.List;

/**
 * One participant of federated learning (an influencer). Its labelled rows are private: they go in through
 * {@link #add} and nothing returns them. The only outward path is {@link #localUpdate}, which computes one of
 * the sealed {@link LocalRequest}s on the rows here and answers with aggregates ({@link ClientUpdate}).
 */
public final class FederatedClient {
    private final String id;
    private final FeatureSchema schema;
    private final List<Example> rows = new ArrayList<>();
    private final MarginCache margins = new MarginCache();
    private final RowRouting routing = new RowRouting();
    private Transcript transcript;

    public FederatedClient(String id, FeatureSchema s) {
        this.id = id;
        this.schema = s;
    }

    public String id() {
        return id;
    }

    public FeatureSchema schema() {
        return schema;
    }

    public void add(Example e) {
        schema.check(e.features());
        rows.add(e); // the boosting caches bin and score the new rows at the next request
    }

    /** Records every update this client sends from now on (null: stop recording). */
    public void recordTo(Transcript t) {
        this.transcript = t;
    }

    public int size() {
        return rows.size();
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
            reply = new MomentsUpdate(FeatureMoments.of(rows, schema.size()));
        } else if (request instanceof LocalSgdRequest sgd) {
            reply = localSgd(requireModel(current, FederatedLogisticModel.class), sgd, seed);
        } else if (request instanceof SketchRequest sketch) {
            reply = SketchUpdate.of(table(), schema.size(), sketch.points());
        } else if (request instanceof HistogramRequest histogram) {
            TreeEnsemble ensemble = requireModel(current, TreeEnsemble.class);
            double[][] gradients = margins.gradients(ensemble, rows, routing);
            BinnedRows binned = margins.binned(rows, ensemble.edges());
            BinnedRows.CutTree tree = new BinnedRows.CutTree(histogram.partialTree(), binned.edges);
            reply = LocalHistograms.compute(binned, gradients[0], gradients[1], routing.nodes(binned, tree), tree, histogram);
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
        List<Example> standardised = new ArrayList<>(rows.size());
        for (Example e : rows) {
            standardised.add(new Example(global.standardiser().apply(e.features()), e.positive()));
        }
        LogisticWeights start = global.weights();
        double[][] trained = WarmStartLogisticTrainer.train(schema, standardised, start.none(), start.attack(), sgd.settings(), seed);
        return new WeightsUpdate(rows.size(), new LogisticWeights(trained[0], trained[1]));
    }

    /** The rows as a table for the sketch, read in place (no copy of the client's data). */
    private SketchUpdate.Table table() {
        return new SketchUpdate.Table() {
            public int rows() {
                return rows.size();
            }

            public double value(int row, int column) {
                return rows.get(row).feature(column);
            }
        };
    }

    private static <M> M requireModel(FederatedModel current, Class<M> type) {
        if (!type.isInstance(current)) {
            throw new IllegalArgumentException("this request needs a " + type.getSimpleName() + ", got " + current);
        }
        return type.cast(current);
    }

    @Override
    public String toString() {
        return "FederatedClient{" + id + ", " + rows.size() + " rows}";
    }
}
