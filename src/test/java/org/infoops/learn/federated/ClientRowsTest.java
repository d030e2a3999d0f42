package org.infoops.learn.federated;

import org.infoops.learn.BoostingSettings;
import org.infoops.learn.Example;
import org.infoops.learn.FeatureMoments;
import org.infoops.learn.FeatureSchema;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The coded column store gives bit for bit what the same computations on the original rows give. */
class ClientRowsTest {
    static final FeatureSchema SCHEMA = FeatureSchema.of("flag", "hour", "fraction", "signed");

    /** A binary, a small-integer, a many-valued (more than 256 distinct: a wide column) and a signed-zero column. */
    static List<Example> rows(int n, long seed) {
        Random r = new Random(seed);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double flag = r.nextDouble() < 0.1 ? 1 : 0;
            double hour = r.nextInt(24);
            double fraction = (float) (r.nextDouble() * 720);
            double signed = r.nextBoolean() ? 0.0 : -0.0;
            out.add(new Example(new double[] {flag, hour, fraction, signed}, hour >= 18 || r.nextDouble() < 0.05));
        }
        return out;
    }

    static SketchUpdate.Table table(List<Example> rows) {
        return new SketchUpdate.Table() {
            public int rows() {
                return rows.size();
            }

            public double value(int row, int column) {
                return rows.get(row).feature(column);
            }
        };
    }

    @Test
    void momentsAndSketchEqualThoseOfTheRows() {
        List<Example> data = rows(3000, 1);
        ClientRows coded = new ClientRows(new Codebook(SCHEMA));
        Codebook book = coded.codebook;
        for (Example e : data) coded.add(book.encode(e.features()), e.positive());
        assertEquals(FeatureMoments.of(data, SCHEMA.size()), coded.moments());
        SketchUpdate expected = SketchUpdate.of(table(data), SCHEMA.size(), 128);
        SketchUpdate actual = SketchUpdate.of(coded, 128);
        assertEquals(expected.sampleCount(), actual.sampleCount());
        for (int j = 0; j < SCHEMA.size(); j++) {
            assertArrayEquals(expected.quantiles()[j], actual.quantiles()[j], "column " + j);
        }
        for (int r = 0; r < data.size(); r += 97) assertEquals(data.get(r), coded.example(r));
    }

    @Test
    void rowsFromASharedBatchGrowTheSameTreesAsRowsAddedOneByOne() {
        List<List<Example>> data = List.of(rows(800, 2), rows(500, 3), rows(1200, 4));
        List<Example> all = new ArrayList<>();
        data.forEach(all::addAll);
        Codebook book = new Codebook(SCHEMA);
        CodedColumns batch = book.encode(all);
        List<FederatedClient> byRow = new ArrayList<>();
        List<FederatedClient> byBatch = new ArrayList<>();
        int at = 0;
        for (int k = 0; k < data.size(); k++) {
            FederatedClient c = new FederatedClient("c" + k, SCHEMA);
            data.get(k).forEach(c::add);
            byRow.add(c);
            int[] which = java.util.stream.IntStream.range(at, at + data.get(k).size()).toArray();
            at += which.length;
            FederatedClient b = new FederatedClient("c" + k, book);
            b.add(batch, which);
            byBatch.add(b);
        }
        FederatedBoostedTrees fbt = new FederatedBoostedTrees(new BoostingSettings(4, 3, 0.3, 1, 1, 32), 4);
        TreeEnsemble a = (TreeEnsemble) fbt.round(null, byRow, 1);
        TreeEnsemble b = (TreeEnsemble) fbt.round(null, byBatch, 1);
        assertEquals(a.edges(), b.edges());
        assertEquals(Double.doubleToRawLongBits(a.baseMargin()), Double.doubleToRawLongBits(b.baseMargin()));
        for (int t = 0; t < a.trees().size(); t++) {
            RegressionTree x = a.trees().get(t);
            RegressionTree y = b.trees().get(t);
            assertArrayEquals(x.feature(), y.feature());
            assertArrayEquals(x.threshold(), y.threshold());
            assertArrayEquals(x.value(), y.value());
        }
        FederatedClient other = new FederatedClient("x", SCHEMA);
        assertThrows(IllegalArgumentException.class, () -> other.add(batch, new int[] {0}));
    }
}
