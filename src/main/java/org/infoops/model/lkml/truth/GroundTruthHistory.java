package org.infoops.model.lkml.truth;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.infoops.kernel.RandomStreams;
import org.infoops.model.lkml.Contributors;
import org.infoops.model.lkml.DiscussionTracker;
import org.infoops.model.lkml.LkmlParameters;
import org.infoops.model.lkml.MailingListWorld;
import org.infoops.model.lkml.MaintainerGroups;
import org.infoops.model.lkml.MessageLog;
import org.infoops.model.lkml.PatchNature;
import org.infoops.model.lkml.ReversalModel;

/**
 * Generates the "real" LKML history the experiments learn from: a society of contributors with hidden skills,
 * run through the same review process as every world ({@link MailingListWorld}), with the hidden reversal rule
 * of {@link GroundTruthSettings}. Patches are proposed over the training and test years; threads and reversals
 * then run on for the horizon, so every test patch's label is final in the log. Only the log leaves this package.
 */
public final class GroundTruthHistory {
    private static final int FILES = DiscussionTracker.SCHEMA.indexOf("files"),
            REVISIONS = DiscussionTracker.SCHEMA.indexOf("revisions"),
            DAYS = DiscussionTracker.SCHEMA.indexOf("days_to_accept"),
            HOUR = DiscussionTracker.SCHEMA.indexOf("proposal_hour"),
            EXPERIENCE = DiscussionTracker.SCHEMA.indexOf("author_accepted_before");

    private GroundTruthHistory() {
    }

    public static MessageLog generate(GroundTruthSettings s, LkmlParameters p, long seed) {
        RandomStreams streams = new RandomStreams(seed).child("lkml-ground-truth");
        double[] skill = new double[s.contributors()];
        Contributors people = people(s, streams.stream("contributors"), skill);
        MaintainerGroups groups = groups(s, people, streams.stream("groups"));
        HiddenQuality quality = new HiddenQuality(s, skill);
        ReversalModel rule = (patch, f, r) -> {
            double q = quality.of(patch);
            double logit = s.baseLogit() + s.qualityWeight() * (1 - q) + s.revisionsWeight() * f[REVISIONS]
                    + s.filesWeight() * Math.log(f[FILES]) + s.rushWeight() * (f[DAYS] < 2 ? 1 : 0)
                    + s.nightWeight() * (f[HOUR] < 6 ? 1 : 0) + s.experienceWeight() * Math.log1p(f[EXPERIENCE])
                    + s.noiseSd() * ZigguratSampler.NormalizedGaussian.of(r).sample();
            if (r.nextDouble() >= 1 / (1 + Math.exp(-logit))) return -1;
            // Reversed within the horizon: exponential delay truncated to the horizon (inverse CDF).
            double horizonDays = p.periods().horizonDays(), mean = s.reversalDelayMeanDays();
            double u = r.nextDouble() * (1 - Math.exp(-horizonDays / mean));
            return (long) (-Math.log(1 - u) * mean * LkmlParameters.MINUTES_PER_DAY);
        };
        long proposalsEnd = p.periods().testEnd();
        long end = proposalsEnd + p.periods().horizon() + 60L * LkmlParameters.MINUTES_PER_DAY;
        return new MailingListWorld(p.process(), people, groups, quality, rule, streams.derive("world"), proposalsEnd, end,
                p.periods().horizon()).run();
    }

    /** A patch's hidden chance of passing one review: from its author's hidden skill and the patch's own luck. */
    private static final class HiddenQuality implements PatchNature {
        private final GroundTruthSettings s;
        private final double[] skill;
        private double[] q = new double[1024];

        HiddenQuality(GroundTruthSettings s, double[] skill) {
            this.s = s;
            this.skill = skill;
        }

        @Override
        public double reviewAcceptance(int patch, int author, UniformRandomProvider r) {
            double z = s.qualityBase() + s.qualitySkillWeight() * skill[author] + s.qualityNoiseSd() * ZigguratSampler.NormalizedGaussian.of(r).sample();
            if (patch >= q.length) q = Arrays.copyOf(q, Math.max(patch + 1, q.length * 2));
            q[patch] = 1 / (1 + Math.exp(-z));
            return q[patch];
        }

        double of(int patch) {
            return q[patch];
        }
    }

    private static Contributors people(GroundTruthSettings s, UniformRandomProvider r, double[] skill) {
        int n = s.contributors();
        Contributors c = Contributors.empty(n);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(r);
        ContinuousSampler comments = LogNormalSampler.of(gauss, Math.log(s.commentsPerDayMean()) - s.commentsPerDaySigma() * s.commentsPerDaySigma() / 2, s.commentsPerDaySigma());
        double[] groupWeight = new double[s.groups()];
        for (int g = 0; g < groupWeight.length; g++) groupWeight[g] = 1 / Math.pow(g + 1, s.groupZipf());
        double total = Arrays.stream(groupWeight).sum();
        double sigma = s.proposalsPerYearSigma(), mu = Math.log(s.proposalsPerYearMean()) - sigma * sigma / 2;
        double rho = s.skillRateCorrelation();
        for (int a = 0; a < n; a++) {
            double z = gauss.sample();
            c.proposalsPerDay()[a] = Math.exp(mu + sigma * z) / 365;
            skill[a] = rho * z + Math.sqrt(1 - rho * rho) * gauss.sample(); // prolific authors tend to be skilled
            c.commentsPerDay()[a] = comments.sample();
            c.activeSpan()[a] = s.activeHoursMin() + r.nextInt(s.activeHoursMax() - s.activeHoursMin() + 1);
            c.activeStart()[a] = r.nextInt(24);
            double u = r.nextDouble() * total;
            int g = 0;
            while (g < groupWeight.length - 1 && (u -= groupWeight[g]) > 0) g++;
            c.homeGroup()[a] = g;
            c.homeLoyalty()[a] = s.homeLoyaltyMin() + (s.homeLoyaltyMax() - s.homeLoyaltyMin()) * r.nextDouble();
        }
        return c;
    }

    /**
     * Each group's maintainers are its members with the highest proposal rates (the others if it has too few),
     * its reviewers all its members weighted by how much they comment, its files equally likely.
     */
    private static MaintainerGroups groups(GroundTruthSettings s, Contributors c, UniformRandomProvider r) {
        int g = s.groups(), n = c.size();
        int[][] maintainers = new int[g][], reviewers = new int[g][], files = new int[g][];
        double[][] mw = new double[g][], rw = new double[g][], fw = new double[g][];
        boolean[] taken = new boolean[n];
        for (int k = 0; k < g; k++) {
            final int group = k;
            int[] members = java.util.stream.IntStream.range(0, n).filter(a -> c.homeGroup()[a] == group).toArray();
            Integer[] byRate = java.util.stream.IntStream.range(0, n).boxed()
                    .sorted((x, y) -> {
                        boolean mx = c.homeGroup()[x] == group, my = c.homeGroup()[y] == group;
                        if (mx != my) return mx ? -1 : 1;
                        return Double.compare(c.proposalsPerDay()[y], c.proposalsPerDay()[x]);
                    }).toArray(Integer[]::new);
            int[] m = new int[s.maintainersPerGroup()];
            for (int i = 0, j = 0; i < m.length; j++) if (!taken[byRate[j]]) {
                taken[byRate[j]] = true;
                m[i++] = byRate[j];
            }
            maintainers[k] = m;
            mw[k] = new double[m.length];
            Arrays.fill(mw[k], 1);
            reviewers[k] = members.length > 0 ? members : m;
            rw[k] = Arrays.stream(reviewers[k]).mapToDouble(a -> c.commentsPerDay()[a]).toArray();
            files[k] = java.util.stream.IntStream.range(0, s.filesPerGroup()).map(f -> group * s.filesPerGroup() + f).toArray();
            fw[k] = new double[files[k].length];
            for (int f = 0; f < fw[k].length; f++) fw[k][f] = 0.5 + r.nextDouble(); // some files change more often
        }
        return new MaintainerGroups(maintainers, mw, reviewers, rw, files, fw);
    }
}
