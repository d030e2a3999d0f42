package org.infoops.learn.federated;

/**
 * Asks a client for gradient and hessian sums of the logistic loss under the current ensemble, per open node
 * of the tree being grown, per feature bin: the only thing the server needs to choose splits.
 */
public record HistogramRequest(RegressionTree partialTree, int[] openNodes) implements LocalRequest<HistogramUpdate> {
    public HistogramRequest {
        openNodes = openNodes.clone();
    }

    @Override
    public int[] openNodes() {
        return openNodes.clone();
    }

    @Override
    public Class<HistogramUpdate> replyType() {
        return HistogramUpdate.class;
    }
}
