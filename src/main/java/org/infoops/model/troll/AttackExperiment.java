package org.infoops.model.troll;

import java.util.ArrayList;
import java.util.List;
import org.infoops.learn.BoostingSettings;
import org.infoops.learn.Method;
import org.infoops.learn.ProbabilisticClassifier;
import org.infoops.learn.Trainers;
import org.infoops.learn.federated.FederatedBoostedTrees;
import org.infoops.learn.federated.FederatedClient;

/**
 * The paper's Figure 5 for one seed: attacks influencers suffer over the evaluation months with no rescheduling,
 * with the classifier trained on the last k months before the evaluation (k = 1..6), and with perfect
 * predictions. Every condition replays the same world (same seed, same society, identical first 6 months, since
 * no one reschedules before the evaluation starts) and differs only in the influencers' policy afterwards.
 */
public final class AttackExperiment {
    /** How the classifier is trained: on the pooled observations, or federated across the influencers. */
    public enum Training { CENTRALISED, FEDERATED }

    public record Outcome(String condition, int months, int attacks, int postponed) {}

    private final TrollParameters p;
    private final Method method;
    private final Training training;

    public AttackExperiment(TrollParameters p, Method method, Training training) {
        this.p = p;
        this.method = method;
        this.training = training;
    }

    public List<Outcome> run(long seed, List<Integer> months) {
        return run(seed, months, false);
    }

    /**
     * With {@code federatedRow}, also the multi-agent federated setting: the classifier trained by federated
     * boosted trees across the influencers' own observations of the last max(months) months.
     */
    public List<Outcome> run(long seed, List<Integer> months, boolean federatedRow) {
        TrollSociety society = TrollSociety.build(p, seed);
        long start = p.world().trainingMinutes(), end = p.world().endMinutes();
        List<Outcome> out = new ArrayList<>();
        TrollWorld none = new TrollWorld(p, society, seed, false);
        none.run(PostingPolicy.NONE);
        out.add(new Outcome("none", 0, none.influencerAttacks(start, end), 0));
        for (int k : months) {
            long from = Math.max(0, start - (long) k * 30 * TrollParameters.MINUTES_PER_DAY);
            ProbabilisticClassifier c = train(none, from, start, seed);
            out.add(evaluate("trained", k, society, seed, w -> new ClassifierRescheduling(c, p.countermeasure().threshold(),
                    postponement(seed))));
        }
        if (federatedRow) {
            int k = months.stream().mapToInt(Integer::intValue).max().orElse(6);
            long from = Math.max(0, start - (long) k * 30 * TrollParameters.MINUTES_PER_DAY);
            ProbabilisticClassifier c = new AttackExperiment(p, Method.BOOSTED_TREES, Training.FEDERATED).train(none, from, start, seed);
            out.add(evaluate("federated", k, society, seed, w -> new ClassifierRescheduling(c, p.countermeasure().threshold(),
                    postponement(seed))));
        }
        out.add(evaluate("perfect", 0, society, seed, w -> new PerfectPrediction(w, postponement(seed))));
        return out;
    }

    /** A classifier trained on the examples observed in [from, to) of a finished run. */
    public ProbabilisticClassifier train(TrollWorld w, long from, long to, long seed) {
        if (training == Training.CENTRALISED) {
            return Trainers.centralised(w.features().schema(), TrainingData.pooled(w, from, to), method, seed);
        }
        if (method != Method.BOOSTED_TREES) {
            throw new IllegalArgumentException("federated training here uses boosted trees; method " + method);
        }
        List<FederatedClient> clients = TrainingData.clients(w, from, to);
        FederatedBoostedTrees fbt = new FederatedBoostedTrees(BoostingSettings.defaults(), BoostingSettings.defaults().trees());
        return fbt.train(clients, fbt.roundsForAllTrees(), seed);
    }

    private Postponement postponement(long seed) {
        return new Postponement(p.world().influencers(), p.countermeasure().maxDelayMinutes(), seed);
    }

    /**
     * Replays the world of {@code seed} with influencers postponing posts {@code c} scores above the threshold
     * (from the evaluation start on), as the trained rows of Figure 5 do; also used by the mixture experiment.
     */
    public Outcome withClassifier(String name, TrollSociety society, long seed, ProbabilisticClassifier c) {
        return evaluate(name, 0, society, seed, w -> new ClassifierRescheduling(c, p.countermeasure().threshold(), postponement(seed)));
    }

    /** Replays the world of {@code seed} with perfect predictions (the bots' own rule). */
    public Outcome perfect(TrollSociety society, long seed) {
        return evaluate("perfect", 0, society, seed, w -> new PerfectPrediction(w, postponement(seed)));
    }

    private Outcome evaluate(String name, int months, TrollSociety society, long seed,
                             java.util.function.Function<TrollWorld, PostingPolicy> policy) {
        TrollWorld w = new TrollWorld(p, society, seed, false);
        long start = p.world().trainingMinutes();
        PostingPolicy inner = policy.apply(w);
        w.run(due -> due.now() < start ? 0 : inner.delay(due));
        return new Outcome(name, months, w.influencerAttacks(start, w.end()), w.reschedules().size() / 3);
    }
}
