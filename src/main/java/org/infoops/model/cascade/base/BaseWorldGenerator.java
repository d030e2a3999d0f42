package org.infoops.model.cascade.base;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.infoops.kernel.RandomStreams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Generates a synthetic base world (see {@link BaseWorldSettings} for the hidden retweet rule): latent communities
 * with a dominant topic each, users whose topic preferences lean to their community's topic, a follow graph that
 * prefers the own community and popular users, posts over the paper's Periods I-III, and reshare cascades on the
 * follow graph. Every draw comes from a named stream of {@link RandomStreams}, so a seed gives one world.
 */
public final class BaseWorldGenerator {
    /** Mean reshare delay in days; only orders reshares in time, no result depends on it. */
    private static final double RESHARE_DELAY_DAYS = 1.0 / 24;

    private final BaseWorldSettings s;
    private final RandomStreams streams;
    private final int n;
    private final int k;

    public BaseWorldGenerator(BaseWorldSettings settings) {
        this.s = settings;
        this.streams = new RandomStreams(settings.seed()).child("base-world");
        this.n = settings.users();
        this.k = settings.topics().size();
    }

    public BaseWorld generate() {
        int[] community = communities();
        double[] pref = preferences(community);
        int[][] followers = followGraph(community);
        UniformRandomProvider traits = streams.stream("traits");
        ContinuousSampler gauss = ZigguratSampler.NormalizedGaussian.of(traits);
        double[] activity = new double[n];
        double[] quoteShare = new double[n];
        for (int u = 0; u < n; u++) {
            activity[u] = gauss.sample();
            quoteShare[u] = Math.min(0.9, s.quoteShareMean() * Math.exp(0.5 * gauss.sample() - 0.125));
        }
        List<BasePost> posts = posts(pref, sourceUser(followers));
        double meanFollowers = Arrays.stream(followers).mapToInt(f -> f.length).average().orElse(1);
        double[] postLogit = new double[posts.size()];
        int[] postTopic = new int[posts.size()];
        for (int i = 0; i < posts.size(); i++) {
            BasePost p = posts.get(i);
            double shock = s.postShockSd() * ZigguratSampler.NormalizedGaussian.of(streams.stream("shock", p.postId())).sample();
            postLogit[i] = s.baseLogit() + shock + s.framingWeight() * framing[i]
                    + s.popularityWeight() * (Math.log1p(followers[(int) p.author()].length) / Math.log1p(meanFollowers) - 1);
            postTopic[i] = p.topic();
        }
        HiddenRule rule = new HiddenRule(postLogit, postTopic, pref, activity, k, s.affinityWeight(), s.activityWeight());
        List<BaseRetweet> retweets = new ArrayList<>();
        int[] infectedStamp = new int[n];
        Arrays.fill(infectedStamp, -1);
        for (int i = 0; i < posts.size(); i++) {
            spread(posts.get(i), i, followers, rule, quoteShare, infectedStamp, retweets);
        }
        return new BaseWorld(n, s.topics(), posts, retweets, community, followers, rule);
    }

    /** Community sizes vary (log-normal weights), so the communities are not all alike. */
    private int[] communities() {
        UniformRandomProvider rng = streams.stream("communities");
        ContinuousSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] cumulative = new double[s.communities()];
        double sum = 0;
        for (int c = 0; c < cumulative.length; c++) {
            sum += Math.exp(0.4 * gauss.sample());
            cumulative[c] = sum;
        }
        int[] community = new int[n];
        for (int u = 0; u < n; u++) {
            community[u] = pick(cumulative, rng.nextDouble() * sum);
        }
        return community;
    }

    /** pref[u*k+t]: community c leans to topic c mod k; the rest of the mass is the user's own random mix. */
    private double[] preferences(int[] community) {
        UniformRandomProvider rng = streams.stream("preferences");
        double[] pref = new double[n * k];
        double[] own = new double[k];
        for (int u = 0; u < n; u++) {
            double sum = 0;
            for (int t = 0; t < k; t++) {
                own[t] = -Math.log(1 - rng.nextDouble());   // Dirichlet(1,...,1) via normalised exponentials
                sum += own[t];
            }
            for (int t = 0; t < k; t++) {
                pref[u * k + t] = (1 - s.communityFocus()) * own[t] / sum
                        + (t == community[u] % k ? s.communityFocus() : 0);
            }
        }
        return pref;
    }

    /** Followees per user are log-normal; each is drawn from the own community (or everyone) by Pareto popularity. */
    private int[][] followGraph(int[] community) {
        UniformRandomProvider rng = streams.stream("follow");
        ContinuousSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] attractiveness = new double[n];
        for (int u = 0; u < n; u++) {
            attractiveness[u] = Math.pow(1 - rng.nextDouble(), -1 / s.popularityShape());
        }
        int[][] members = new int[s.communities()][];
        double[][] memberCumulative = new double[s.communities()][];
        for (int c = 0; c < members.length; c++) {
            final int cc = c;
            members[c] = java.util.stream.IntStream.range(0, n).filter(u -> community[u] == cc).toArray();
            memberCumulative[c] = cumulative(members[c], attractiveness);
        }
        int[] everyone = java.util.stream.IntStream.range(0, n).toArray();
        double[] everyoneCumulative = cumulative(everyone, attractiveness);
        IntArrayList[] followers = new IntArrayList[n];
        for (int u = 0; u < n; u++) {
            followers[u] = new IntArrayList();
        }
        double mu = Math.log(s.followeesMean()) - s.followeesSigma() * s.followeesSigma() / 2;
        it.unimi.dsi.fastutil.ints.IntOpenHashSet chosen = new it.unimi.dsi.fastutil.ints.IntOpenHashSet();
        for (int u = 0; u < n; u++) {
            int want = (int) Math.min(n - 1, Math.max(1, Math.round(Math.exp(mu + s.followeesSigma() * gauss.sample()))));
            chosen.clear();
            for (int tries = 0; chosen.size() < want && tries < 20 * want; tries++) {
                boolean own = rng.nextDouble() < s.withinCommunityFollow() && members[community[u]].length > 1;
                int[] pool = own ? members[community[u]] : everyone;
                double[] cum = own ? memberCumulative[community[u]] : everyoneCumulative;
                int v = pool[pick(cum, rng.nextDouble() * cum[cum.length - 1])];
                if (v != u && chosen.add(v)) {
                    followers[v].add(u);   // u follows v: u sees what v shares
                }
            }
        }
        int[][] result = new int[n][];
        for (int u = 0; u < n; u++) {
            result[u] = followers[u].toIntArray();
            Arrays.sort(result[u]);
        }
        return result;
    }

    /** The most followed user (ties: smaller id): the stand-in for the paper's source user u_S. */
    static int sourceUser(int[][] followers) {
        int best = 0;
        for (int u = 1; u < followers.length; u++) if (followers[u].length > followers[best].length) best = u;
        return best;
    }

    /**
     * Log-normal post counts per user (the source user posts {@code sourceUserPosts}), uniform times over the
     * 181 days, topic from the user's preferences.
     */
    private List<BasePost> posts(double[] pref, int source) {
        UniformRandomProvider rng = streams.stream("posts");
        ContinuousSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double mu = Math.log(s.postsPerUserMean()) - s.postsPerUserSigma() * s.postsPerUserSigma() / 2;
        List<BasePost> draft = new ArrayList<>();
        double[] cum = new double[k];
        for (int u = 0; u < n; u++) {
            int count = (int) Math.round(Math.exp(mu + s.postsPerUserSigma() * gauss.sample()));
            if (u == source) count = s.sourceUserPosts();
            double sum = 0;
            for (int t = 0; t < k; t++) {
                sum += pref[u * k + t];
                cum[t] = sum;
            }
            for (int i = 0; i < count; i++) {
                double time = rng.nextDouble() * Period.TOTAL_DAYS;
                int topic = pick(cum, rng.nextDouble() * sum);
                TopicLanguage.Sentence sentence = TopicLanguage.sentence(s.topics().get(topic),
                        rng.nextDouble() < s.alarmingShare(), rng);
                // the framing travels in the draft's id slot until ids are assigned in time order
                draft.add(new BasePost(sentence.framing(), u, time, Period.of(time), topic, sentence.text()));
            }
        }
        draft.sort(Comparator.comparingDouble(BasePost::time).thenComparingLong(BasePost::author));
        List<BasePost> posts = new ArrayList<>(draft.size());
        framing = new int[draft.size()];
        for (int i = 0; i < draft.size(); i++) {
            BasePost d = draft.get(i);
            framing[i] = (int) d.postId();
            posts.add(new BasePost(i + 1, d.author(), d.time(), d.period(), d.topic(), d.text()));
        }
        return posts;
    }

    private int[] framing;

    /** One post's reshare cascade by the hidden rule, layer by layer over the latent follow graph. */
    private void spread(BasePost post, int index, int[][] followers, HiddenRule rule, double[] quoteShare,
                        int[] infectedStamp, List<BaseRetweet> out) {
        UniformRandomProvider rng = streams.stream("spread", post.postId());
        int author = (int) post.author();
        infectedStamp[author] = index;
        IntArrayList frontier = new IntArrayList(new int[] {author});
        List<Double> frontierTimes = new ArrayList<>(List.of(post.time()));
        int first = out.size();
        for (int layer = 0; layer < s.maxLayers() && !frontier.isEmpty(); layer++) {
            IntArrayList next = new IntArrayList();
            List<Double> nextTimes = new ArrayList<>();
            for (int i = 0; i < frontier.size(); i++) {
                int sharer = frontier.getInt(i);
                for (int f : followers[sharer]) {
                    if (infectedStamp[f] == index) {
                        continue;
                    }
                    double p = rule.probability(index, f);
                    if (rng.nextDouble() < p) {
                        double time = frontierTimes.get(i) - RESHARE_DELAY_DAYS * Math.log(1 - rng.nextDouble());
                        boolean quote = rng.nextDouble() < quoteShare[f];
                        if (time >= Period.TOTAL_DAYS) {
                            continue;   // after the observation window: not recorded, stays susceptible
                        }
                        infectedStamp[f] = index;
                        out.add(new BaseRetweet(post.postId(), f, time, sharer, quote));
                        next.add(f);
                        nextTimes.add(time);
                    }
                }
            }
            frontier = next;
            frontierTimes = nextTimes;
        }
        out.subList(first, out.size()).sort(Comparator.comparingDouble(BaseRetweet::time));
    }

    private static double[] cumulative(int[] members, double[] weight) {
        double[] cum = new double[members.length];
        double sum = 0;
        for (int i = 0; i < members.length; i++) {
            sum += weight[members[i]];
            cum[i] = sum;
        }
        return cum;
    }

    /** Index of the first cumulative weight above {@code x}. */
    private static int pick(double[] cumulative, double x) {
        int i = Arrays.binarySearch(cumulative, x);
        i = i >= 0 ? i + 1 : -i - 1;
        return Math.min(i, cumulative.length - 1);
    }
}
