package org.infoops.learn.federated;

import org.infoops.learn.BoostingSettings;
import org.infoops.learn.Example;
import org.infoops.learn.FeatureSchema;
import org.infoops.learn.LogisticSettings;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Proves that no raw example leaves its influencer during a federated round: (1) the client's API has no way
 * out for rows and the only messages are the sealed ClientUpdate records made of numbers; (2) every message
 * of real rounds of both methods is checked against every client row; (3) message sizes do not grow with a
 * client's data, and duplicating a client's rows changes only the counts (sums scale, quantiles stay);
 * (4) the updates equal sums computed here independently.
 */
class FederatedPrivacyTest {
    static final FeatureSchema SCHEMA = FeatureSchema.of("popularity", "hour", "comments", "narrative");

    static List<Example> rows(int n, long seed) {
        Random r = new Random(seed);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] x = {r.nextDouble() * 1000, r.nextInt(24), r.nextInt(50), r.nextInt(4)};
            out.add(new Example(x, x[0] > 700 && x[1] > 17 || r.nextDouble() < 0.05));
        }
        return out;
    }

    static FederatedClient client(String id, List<Example> rows, Transcript t) {
        FederatedClient c = new FederatedClient(id, SCHEMA);
        rows.forEach(c::add);
        c.recordTo(t);
        return c;
    }

    @Test
    void theClientHasNoWayOutForRows() {
        for (var f : FederatedClient.class.getDeclaredFields()) {
            assertTrue(Modifier.isPrivate(f.getModifiers()), "field " + f.getName() + " must be private");
        }
        for (var m : FederatedClient.class.getMethods()) {
            if (m.getDeclaringClass() == Object.class) continue;
            Class<?> r = m.getReturnType();
            assertFalse(r.isArray() || Iterable.class.isAssignableFrom(r) || r == Example.class || r == Object.class
                    || java.util.stream.BaseStream.class.isAssignableFrom(r) || Map.class.isAssignableFrom(r),
                    "public method " + m + " could hand out rows");
        }
        assertTrue(ClientUpdate.class.isSealed());
        for (Class<?> u : ClientUpdate.class.getPermittedSubclasses()) {
            assertTrue(u.isRecord(), u + " must be a record");
            assertOnlyNumbers(u, u.getSimpleName());
        }
    }

    /** Components may be numbers, arrays of numbers, or records of those; never rows, lists or objects. */
    private static void assertOnlyNumbers(Class<?> type, String path) {
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> t = c.getType();
            while (t.isArray()) t = t.getComponentType();
            if (t.isPrimitive()) continue;
            if (t.isRecord() && t != Example.class) {
                assertOnlyNumbers(t, path + "." + c.getName());
                continue;
            }
            fail(path + "." + c.getName() + " has type " + c.getType().getSimpleName() + "; an update may hold only numbers");
        }
    }

    @Test
    void noMessageOfARoundCarriesARow() throws Exception {
        Transcript t = new Transcript();
        List<List<Example>> data = List.of(rows(20, 1), rows(60, 2), rows(250, 3));
        List<FederatedClient> clients = new ArrayList<>();
        for (int k = 0; k < data.size(); k++) clients.add(client("c" + k, data.get(k), t));
        new FederatedAveraging(LogisticSettings.defaults()).train(clients, 2, 1);
        new FederatedBoostedTrees(new BoostingSettings(4, 3, 0.3, 1, 1, 16), 2).train(clients, 2, 1);

        Map<String, Integer> lengthByKind = new TreeMap<>();
        for (Transcript.Entry e : t.entries()) {
            for (double[] numbers : numericArrays(e.update())) {
                for (List<Example> own : data) {
                    for (Example row : own) {
                        assertFalse(containsRun(numbers, row.features()), e.client() + " sent a row inside " + e.update().getClass().getSimpleName());
                    }
                }
            }
        }
        // Every kind of message has one size per request, whatever the client's row count (20, 60 or 250).
        for (Transcript.Entry e : t.entries()) {
            if (e.update() instanceof HistogramUpdate) continue; // size depends on the open nodes, checked below
            Integer before = lengthByKind.putIfAbsent(e.update().getClass().getSimpleName(), e.update().payloadLength());
            if (before != null) assertEquals(before, e.update().payloadLength(), e.update().getClass().getSimpleName());
        }
        assertEquals(List.of("MomentsUpdate", "SketchUpdate", "WeightsUpdate"), List.copyOf(lengthByKind.keySet()));
        List<Transcript.Entry> all = t.entries();
        for (int i = 0; i + 2 < all.size(); i += 3) {
            if (all.get(i).update() instanceof HistogramUpdate a) {
                assertEquals(a.payloadLength(), all.get(i + 1).update().payloadLength());
                assertEquals(a.payloadLength(), all.get(i + 2).update().payloadLength());
            }
        }
    }

    @Test
    void theRowDetectorCatchesARowSentAsIs() {
        // The check above can fail: a message that embeds a row is caught.
        Example row = rows(1, 9).get(0);
        double[] g = new double[40];
        System.arraycopy(row.features(), 0, g, 17, 4);
        HistogramUpdate leaky = new HistogramUpdate(1, g, new double[40]);
        assertTrue(numericArrays(leaky).stream().anyMatch(a -> containsRun(a, row.features())));
    }

    @Test
    void duplicatedRowsChangeOnlyTheCounts() {
        List<Example> once = rows(70, 4);
        List<Example> thrice = new ArrayList<>();
        for (int i = 0; i < 3; i++) thrice.addAll(once);
        FederatedClient a = client("a", once, null);
        FederatedClient b = client("b", thrice, null);

        MomentsUpdate ma = a.localUpdate(null, new MomentsRequest(), 0);
        MomentsUpdate mb = b.localUpdate(null, new MomentsRequest(), 0);
        assertEquals(3 * ma.moments().count(), mb.moments().count());
        assertEquals(3 * ma.moments().positives(), mb.moments().positives());
        assertArrayEquals(times(3, ma.moments().sum()), mb.moments().sum(), 1e-9);
        assertEquals(ma.payloadLength(), mb.payloadLength());

        SketchUpdate sa = a.localUpdate(null, new SketchRequest(33), 0);
        SketchUpdate sb = b.localUpdate(null, new SketchRequest(33), 0);
        assertEquals(210, sb.sampleCount());
        assertArrayEquals(sa.quantiles(), sb.quantiles());

        TreeEnsemble start = new FederatedBoostedTrees(new BoostingSettings(1, 2, 0.3, 1, 1, 16), 1).start(List.of(a));
        TreeGrowth root = new TreeGrowth();
        HistogramRequest request = new HistogramRequest(root.snapshot(), root.open());
        HistogramUpdate ha = a.localUpdate(start, request, 0);
        HistogramUpdate hb = b.localUpdate(start, request, 0);
        assertEquals(ha.payloadLength(), hb.payloadLength());
        assertArrayEquals(times(3, ha.gradients()), hb.gradients(), 1e-9);
        assertArrayEquals(times(3, ha.hessians()), hb.hessians(), 1e-9);

        // Independent check of the histogram: per-bin sums of (p - y) and p(1 - p) at the base margin.
        double p = 1 / (1 + Math.exp(-start.baseMargin()));
        int[] off = start.edges().offsets();
        double[] g = new double[off[SCHEMA.size()]];
        double[] h = new double[g.length];
        for (Example e : once) {
            for (int j = 0; j < SCHEMA.size(); j++) {
                int bin = 0;
                for (double edge : start.edges().edges()[j]) if (e.feature(j) >= edge) bin++;
                g[off[j] + bin] += p - (e.positive() ? 1 : 0);
                h[off[j] + bin] += p * (1 - p);
            }
        }
        assertArrayEquals(g, ha.gradients(), 1e-9);
        assertArrayEquals(h, ha.hessians(), 1e-9);
        // And of the moments: plain sums.
        double[] s = new double[SCHEMA.size()];
        for (Example e : once) for (int j = 0; j < s.length; j++) s[j] += e.feature(j);
        assertArrayEquals(s, ma.moments().sum(), 1e-9);
    }

    private static double[] times(double k, double[] v) {
        double[] o = v.clone();
        for (int i = 0; i < o.length; i++) o[i] *= k;
        return o;
    }

    /** Every double[] reachable from a record's components (nested records and 2-D arrays included). */
    static List<double[]> numericArrays(Object record) {
        List<double[]> out = new ArrayList<>();
        try {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                Object v = c.getAccessor().invoke(record);
                if (v instanceof double[] d) out.add(d);
                else if (v instanceof double[][] dd) for (double[] d : dd) out.add(d);
                else if (v != null && v.getClass().isRecord()) out.addAll(numericArrays(v));
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    static boolean containsRun(double[] haystack, double[] row) {
        Function<Integer, Boolean> at = i -> {
            for (int j = 0; j < row.length; j++) if (haystack[i + j] != row[j]) return false;
            return true;
        };
        for (int i = 0; i + row.length <= haystack.length; i++) if (at.apply(i)) return true;
        return false;
    }
}
