package org.infoops.model.cascade.infer;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Reduces embeddings to a few dimensions. The paper trains autoencoders (384 -> 96 for posts, 384 -> 24 for user
 * histories; section "Infection model"); this is the linear autoencoder, whose optimum is the principal
 * subspace, so it is fitted in closed form: the top eigenvectors of the covariance (Commons Math
 * EigenDecomposition). Signs are fixed (largest component positive) so a fit is reproducible.
 */
public final class LinearAutoencoder implements java.io.Serializable {
    private final float[] mean;
    private final float[][] components;   // [dims][inputDim]

    private LinearAutoencoder(float[] mean, float[][] components) {
        this.mean = mean;
        this.components = components;
    }

    /** Fits the top {@code dims} principal directions of {@code rows}. */
    public static LinearAutoencoder fit(float[][] rows, int dims) {
        if (rows.length < 2) {
            throw new IllegalArgumentException("need at least 2 embeddings to fit, got " + rows.length);
        }
        int d = rows[0].length;
        if (dims < 1 || dims > d) {
            throw new IllegalArgumentException("dims: " + dims + " is out of range; allowed: 1 to " + d);
        }
        double[] mu = new double[d];
        for (float[] r : rows) {
            for (int j = 0; j < d; j++) {
                mu[j] += r[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mu[j] /= rows.length;
        }
        double[][] cov = new double[d][d];
        double[] c = new double[d];
        for (float[] r : rows) {
            for (int j = 0; j < d; j++) {
                c[j] = r[j] - mu[j];
            }
            for (int a = 0; a < d; a++) {
                double ca = c[a];
                double[] row = cov[a];
                for (int b = a; b < d; b++) {
                    row[b] += ca * c[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a][b] /= rows.length - 1;
                cov[b][a] = cov[a][b];
            }
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(cov, false));
        double[] values = eig.getRealEigenvalues();
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(values[y], values[x]));
        RealMatrix vectors = eig.getV();
        float[][] comps = new float[dims][d];
        for (int k = 0; k < dims; k++) {
            double[] v = vectors.getColumn(order[k]);
            int argmax = 0;
            for (int j = 1; j < d; j++) {
                if (Math.abs(v[j]) > Math.abs(v[argmax])) {
                    argmax = j;
                }
            }
            double sign = v[argmax] < 0 ? -1 : 1;
            for (int j = 0; j < d; j++) {
                comps[k][j] = (float) (sign * v[j]);
            }
        }
        float[] m = new float[d];
        for (int j = 0; j < d; j++) {
            m[j] = (float) mu[j];
        }
        return new LinearAutoencoder(m, comps);
    }

    public int inputDimension() {
        return mean.length;
    }

    public int outputDimension() {
        return components.length;
    }

    /** The code (projection on the principal directions) of one embedding. */
    public float[] encode(float[] x) {
        float[] out = new float[components.length];
        for (int k = 0; k < components.length; k++) {
            float[] w = components[k];
            double s = 0;
            for (int j = 0; j < w.length; j++) {
                s += (x[j] - mean[j]) * w[j];
            }
            out[k] = (float) s;
        }
        return out;
    }

    /** The reconstruction of a code (decoder half of the autoencoder). */
    public float[] decode(float[] code) {
        float[] out = mean.clone();
        for (int k = 0; k < components.length; k++) {
            for (int j = 0; j < out.length; j++) {
                out[j] += code[k] * components[k][j];
            }
        }
        return out;
    }
}
