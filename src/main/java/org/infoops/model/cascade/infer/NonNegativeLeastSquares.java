package org.infoops.model.cascade.infer;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * min ||A c - b||^2 subject to c >= 0, by the Lawson-Hanson active-set algorithm (Lawson and Hanson 1974, ch. 23).
 * Commons Math 3 has no NNLS; the unconstrained sub-problems are solved with its QR decomposition, so only the
 * active-set bookkeeping is hand-written. Exact (no step size), deterministic, and fast for the 12 coefficients of
 * the paper's degree-11 calibration polynomial.
 */
public final class NonNegativeLeastSquares {
    private NonNegativeLeastSquares() {}

    public static double[] solve(double[][] a, double[] b) {
        int m = a.length, n = a[0].length;
        double[] x = new double[n];
        boolean[] passive = new boolean[n];
        double tol = 1e-12 * Math.max(1, norm(b));
        for (int outer = 0; outer < 30 * n; outer++) {
            double[] w = gradient(a, b, x);   // w = A^T (b - A x)
            int best = -1;
            for (int j = 0; j < n; j++) {
                if (!passive[j] && w[j] > tol && (best < 0 || w[j] > w[best])) best = j;
            }
            if (best < 0) {
                break;   // KKT conditions hold
            }
            passive[best] = true;
            while (true) {
                double[] z = solvePassive(a, b, passive);
                boolean feasible = true;
                for (int j = 0; j < n; j++) if (passive[j] && z[j] <= 0) feasible = false;
                if (feasible) {
                    x = z;
                    break;
                }
                double alpha = Double.POSITIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    if (passive[j] && z[j] <= 0) alpha = Math.min(alpha, x[j] / (x[j] - z[j]));
                }
                for (int j = 0; j < n; j++) {
                    x[j] += alpha * (z[j] - x[j]);
                    if (passive[j] && x[j] <= 1e-15) {
                        passive[j] = false;
                        x[j] = 0;
                    }
                }
            }
        }
        return x;
    }

    private static double[] solvePassive(double[][] a, double[] b, boolean[] passive) {
        int n = passive.length;
        int[] cols = java.util.stream.IntStream.range(0, n).filter(j -> passive[j]).toArray();
        double[] z = new double[n];
        if (cols.length == 0) return z;
        double[][] sub = new double[a.length][cols.length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < cols.length; k++) sub[i][k] = a[i][cols[k]];
        }
        RealVector sol = new QRDecomposition(new Array2DRowRealMatrix(sub, false), 0).getSolver()
                .solve(new ArrayRealVector(b, false));
        for (int k = 0; k < cols.length; k++) z[cols[k]] = sol.getEntry(k);
        return z;
    }

    private static double[] gradient(double[][] a, double[] b, double[] x) {
        int m = a.length, n = x.length;
        double[] w = new double[n];
        for (int i = 0; i < m; i++) {
            double r = b[i];
            for (int j = 0; j < n; j++) r -= a[i][j] * x[j];
            for (int j = 0; j < n; j++) w[j] += a[i][j] * r;
        }
        return w;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return Math.sqrt(s);
    }
}
