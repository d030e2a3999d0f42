package org.infoops.agent;

import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.env.EnvSpec;
import org.infoops.env.Tensor;
import org.infoops.env.Value;

/**
 * An open-loop policy for a single-agent environment with a MultiDiscrete action: the action of decision t is
 * row t of a fixed schedule (the last row repeats if an episode runs longer). A constant schedule is a fixed
 * tactic such as the Diluvsion paper's bots; {@link CrossEntropyLearner} learns schedules.
 */
public final class SchedulePolicy implements Policy {
    private final long[][] schedule;
    private String agent;
    private int decision;

    public SchedulePolicy(long[][] schedule) {
        this.schedule = schedule;
    }

    /** The same action at every decision. */
    public static SchedulePolicy constant(long... action) {
        return new SchedulePolicy(new long[][] {action});
    }

    @Override
    public void reset(EnvSpec spec, UniformRandomProvider rng) {
        agent = spec.soleAgent();
        decision = 0;
    }

    @Override
    public Map<String, Value> act(Map<String, Value> observations) {
        long[] row = schedule[Math.min(decision++, schedule.length - 1)];
        return Map.of(agent, Tensor.int64(new int[] {row.length}, row.clone()));
    }

    public long[][] schedule() {
        return schedule;
    }
}
