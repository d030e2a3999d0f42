package org.infoops.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A literal, slow transcription of spec §3.2 phases B and C (re-sort every node, list every candidate each
 * iteration, keep looping after a stall), used only to check that the fast {@link SchweimerGenerator} draws
 * from the same distribution.
 */
final class NaiveSchweimerReference {
    private NaiveSchweimerReference() {}

    static FollowerGraph connect(DegreeSequence planned, UniformRandomProvider rng) {
        int n = planned.size();
        FollowerGraph g = new FollowerGraph(n);
        int[] r = planned.reciprocal().clone();
        for (int iteration = 0; iteration < n; iteration++) {
            Integer[] order = sortDescending(r);
            int h = order[0];
            List<Integer> candidates = new ArrayList<>();
            for (int i = 1; i < n; i++) {
                int v = order[i];
                if (r[v] != 0 && !g.follows(h, v) && !g.follows(v, h)) candidates.add(v);
            }
            int[] chosen = sample(candidates, Math.min(candidates.size(), r[h]), rng);
            for (int v : chosen) {
                g.follow(h, v);
                g.follow(v, h);
                r[h]--;
                r[v]--;
            }
            for (int i = 0; i < chosen.length; i++) {
                for (int j = i + 1; j < chosen.length; j++) {
                    int a = chosen[i];
                    int b = chosen[j];
                    if (r[a] != 0 && r[b] != 0 && !g.follows(a, b)) {
                        g.follow(a, b);
                        g.follow(b, a);
                        r[a]--;
                        r[b]--;
                    }
                }
            }
        }
        int[] o = planned.out().clone();
        int[] in = planned.in().clone();
        for (int iteration = 0; iteration < n; iteration++) {
            Integer[] order = sortDescending(o);
            int h = order[0];
            List<Integer> candidates = new ArrayList<>();
            for (int i = 1; i < n; i++) {
                int v = order[i];
                if (in[v] != 0 && !g.follows(h, v) && !g.follows(v, h)) candidates.add(v);
            }
            int[] chosen = sample(candidates, Math.min(candidates.size(), o[h]), rng);
            for (int v : chosen) {
                g.follow(h, v);
                o[h]--;
                in[v]--;
            }
            for (int i = 0; i < chosen.length; i++) {
                for (int j = i + 1; j < chosen.length; j++) {
                    int a = chosen[i];
                    int b = chosen[j];
                    if (o[a] != 0 && in[b] != 0 && !g.follows(a, b)) {
                        g.follow(a, b);
                        o[a]--;
                        in[b]--;
                    } else if (o[b] != 0 && in[a] != 0 && !g.follows(b, a)) {
                        g.follow(b, a);
                        o[b]--;
                        in[a]--;
                    }
                }
            }
        }
        return g;
    }

    private static Integer[] sortDescending(int[] degree) {
        Integer[] order = new Integer[degree.length];
        for (int v = 0; v < order.length; v++) order[v] = v;
        Arrays.sort(order, (a, b) -> degree[a] != degree[b] ? Integer.compare(degree[b], degree[a]) : Integer.compare(a, b));
        return order;
    }

    private static int[] sample(List<Integer> candidates, int k, UniformRandomProvider rng) {
        List<Integer> list = new ArrayList<>(candidates);
        int[] chosen = new int[k];
        for (int i = 0; i < k; i++) {
            Collections.swap(list, i, i + rng.nextInt(list.size() - i));
            chosen[i] = list.get(i);
        }
        return chosen;
    }
}
