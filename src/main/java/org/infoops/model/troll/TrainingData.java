package org.infoops.model.troll;

import java.util.ArrayList;
import java.util.List;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.infoops.learn.Example;
import org.infoops.learn.federated.Codebook;
import org.infoops.learn.federated.CodedColumns;
import org.infoops.learn.federated.FederatedClient;

/**
 * Labelled examples from a run's posts: the features captured at publication, labelled by whether the post drew
 * an attack. A post counts once its label is final, i.e. it was published at least the bots' longest reaction
 * delay before the cut-off. Influencers observe attacks on background users and on each other (paper §5.1): an
 * influencer's own data are the posts in its home subreddits plus all influencers' posts; each keeps them in a
 * {@link FederatedClient} (the rows never leave it). The clients share one {@link Codebook}: each post is checked
 * and encoded once, and every influencer that observes it copies its codes.
 */
public final class TrainingData {
    private TrainingData() {
    }

    /** Post ids published in [from, to - longest bot delay). */
    static int[] window(TrollWorld w, long from, long to) {
        long last = to - (long) w.parameters().bots().delayMinutes().maximum();
        PostStore posts = w.posts();
        int lo = 0, n = posts.size();
        while (lo < n && posts.time(lo) < from) lo++; // posts are stored in time order
        int hi = lo;
        while (hi < n && posts.time(hi) < last) hi++;
        int[] ids = new int[hi - lo];
        for (int k = 0; k < ids.length; k++) ids[k] = lo + k;
        return ids;
    }

    /** All observed examples of the window, pooled (what centralised training sees). */
    public static List<Example> pooled(TrollWorld w, long from, long to) {
        return examples(w, window(w, from, to));
    }

    /** One federated client per influencer with the examples it observed in the window. */
    public static List<FederatedClient> clients(TrollWorld w, long from, long to) {
        InfluencerSet inf = w.society().influencers();
        List<FederatedClient> clients = new ArrayList<>(inf.size());
        Codebook codebook = new Codebook(w.features().schema());
        for (int i = 0; i < inf.size(); i++) clients.add(new FederatedClient("influencer-" + i, codebook));
        observe(w, clients, from, to);
        return clients;
    }

    /**
     * Adds to each influencer's client the examples it observed in the window (for rounds as time goes on). When
     * the clients share a codebook (as those from {@link #clients} do), the window's posts are encoded once and
     * each client gets the indices of the ones it observed.
     */
    public static void observe(TrollWorld w, List<FederatedClient> clients, long from, long to) {
        if (clients.isEmpty()) return;
        int[] ids = window(w, from, to);
        List<Example> rows = examples(w, ids);
        int[][] seen = observed(w, ids);
        Codebook codebook = clients.get(0).codebook();
        if (clients.stream().allMatch(c -> c.codebook() == codebook)) {
            CodedColumns batch = codebook.encode(rows);
            for (int i = 0; i < clients.size(); i++) clients.get(i).add(batch, seen[i]);
        } else { // clients built elsewhere: each encodes for itself
            for (int i = 0; i < clients.size(); i++) {
                for (int k : seen[i]) clients.get(i).add(rows.get(k));
            }
        }
    }

    /**
     * Each influencer's observed examples as a list, by the same observation rule as {@link #clients} (for the
     * local-only baseline, which trains on one influencer's rows; a FederatedClient never gives its rows back).
     */
    public static List<List<Example>> perInfluencer(TrollWorld w, long from, long to) {
        int[] ids = window(w, from, to);
        List<Example> rows = examples(w, ids);
        List<List<Example>> out = new ArrayList<>();
        for (int[] seen : observed(w, ids)) {
            List<Example> mine = new ArrayList<>(seen.length);
            for (int k : seen) mine.add(rows.get(k));
            out.add(mine);
        }
        return out;
    }

    private static List<Example> examples(TrollWorld w, int[] ids) {
        List<Example> out = new ArrayList<>(ids.length);
        for (int q : ids) out.add(w.features().example(w.posts(), q));
        return out;
    }

    /**
     * The observation rule: influencer i sees every influencer's post and the posts of its home subreddits.
     * Returns, per influencer, the positions in {@code ids} of the posts it observed, in order.
     */
    private static int[][] observed(TrollWorld w, int[] ids) {
        InfluencerSet inf = w.society().influencers();
        int b = w.backgroundUsers();
        IntArrayList[] seen = new IntArrayList[inf.size()];
        for (int i = 0; i < seen.length; i++) seen[i] = new IntArrayList();
        for (int k = 0; k < ids.length; k++) {
            int q = ids[k];
            boolean byInfluencer = w.posts().author(q) >= b;
            int sub = w.posts().subreddit(q);
            for (int i = 0; i < seen.length; i++) {
                if (byInfluencer || inf.observes(i, sub)) seen[i].add(k);
            }
        }
        int[][] out = new int[seen.length][];
        for (int i = 0; i < seen.length; i++) out[i] = seen[i].toIntArray();
        return out;
    }
}
