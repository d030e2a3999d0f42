package org.infoops.model.troll;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.infoops.learn.Example;
import org.infoops.learn.federated.Codebook;
import org.infoops.learn.federated.CodedRow;
import org.infoops.learn.federated.FederatedClient;

/**
 * Labelled examples from a run's posts: the features captured at publication, labelled by whether the post drew
 * an attack. A post counts once its label is final, i.e. it was published at least the bots' longest reaction
 * delay before the cut-off. Influencers observe attacks on background users and on each other (paper §5.1): an
 * influencer's own data are the posts in its home subreddits plus all influencers' posts; each keeps them in a
 * {@link FederatedClient} (the rows never leave it). The clients share one {@link Codebook}: each post is checked
 * and encoded once, and the same coded row goes to every influencer that observes it.
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
        int[] ids = window(w, from, to);
        List<Example> out = new ArrayList<>(ids.length);
        for (int q : ids) out.add(w.features().example(w.posts(), q));
        return out;
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
     * Adds to each influencer's client the examples it observed in the window (for rounds as time goes on),
     * encoded once when the clients share a codebook (as those from {@link #clients} do).
     */
    public static void observe(TrollWorld w, List<FederatedClient> clients, long from, long to) {
        if (clients.isEmpty()) return;
        Codebook codebook = clients.get(0).codebook();
        if (clients.stream().allMatch(c -> c.codebook() == codebook)) {
            List<Consumer<CodedRow>> sinks = new ArrayList<>(clients.size());
            for (FederatedClient c : clients) sinks.add(c::add);
            distribute(w, from, to, codebook::encode, sinks);
        } else { // clients built elsewhere: each encodes for itself
            List<Consumer<Example>> sinks = new ArrayList<>(clients.size());
            for (FederatedClient c : clients) sinks.add(c::add);
            distribute(w, from, to, e -> e, sinks);
        }
    }

    /**
     * Each influencer's observed examples as a list, by the same observation rule as {@link #clients} (for the
     * local-only baseline, which trains on one influencer's rows; a FederatedClient never gives its rows back).
     */
    public static List<List<Example>> perInfluencer(TrollWorld w, long from, long to) {
        int n = w.society().influencers().size();
        List<List<Example>> out = new ArrayList<>(n);
        List<Consumer<Example>> sinks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Example> rows = new ArrayList<>();
            out.add(rows);
            sinks.add(rows::add);
        }
        distribute(w, from, to, e -> e, sinks);
        return out;
    }

    /** The observation rule: influencer i sees every influencer's post and the posts of its home subreddits. */
    private static <T> void distribute(TrollWorld w, long from, long to, Function<Example, T> encode,
                                       List<Consumer<T>> sinkOfInfluencer) {
        InfluencerSet inf = w.society().influencers();
        int b = w.backgroundUsers();
        for (int q : window(w, from, to)) {
            T e = encode.apply(w.features().example(w.posts(), q)); // once per post, whoever observes it
            boolean byInfluencer = w.posts().author(q) >= b;
            int sub = w.posts().subreddit(q);
            for (int i = 0; i < inf.size(); i++) {
                if (byInfluencer || inf.observes(i, sub)) sinkOfInfluencer.get(i).accept(e);
            }
        }
    }
}
