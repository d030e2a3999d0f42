package org.infoops.learn.federated;

/**
 * Gradient and hessian sums per (open node, feature, bin), laid out node after node, each node as
 * {@link BinEdges#offsets()}. Its length is (open nodes) x (total bins): fixed by the request, not the data.
 */
public record HistogramUpdate(long sampleCount, double[] gradients, double[] hessians) implements ClientUpdate {
    public HistogramUpdate {
        if (gradients.length != hessians.length) throw new IllegalArgumentException("gradient and hessian sums differ in length");
        gradients = gradients.clone();
        hessians = hessians.clone();
    }

    @Override
    public double[] gradients() {
        return gradients.clone();
    }

    @Override
    public double[] hessians() {
        return hessians.clone();
    }

    @Override
    public int payloadLength() {
        return 1 + 2 * gradients.length;
    }

    /** The server's aggregate: element-wise sums over clients. */
    static HistogramUpdate sum(java.util.List<HistogramUpdate> updates, int length) {
        double[] g = new double[length];
        double[] h = new double[length];
        long n = 0;
        for (HistogramUpdate u : updates) {
            n += u.sampleCount;
            for (int i = 0; i < length; i++) {
                g[i] += u.gradients[i];
                h[i] += u.hessians[i];
            }
        }
        return new HistogramUpdate(n, g, h);
    }
}
