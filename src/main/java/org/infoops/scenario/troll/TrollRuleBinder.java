package org.infoops.scenario.troll;

import org.infoops.scenario.ScenarioException;
import org.infoops.kernel.TreeBinder;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.infoops.model.troll.TriggerRule;

/**
 * Binds the troll bots' trigger rule tree. Each node is a mapping with exactly one key:
 * {@code all: [rules]} (and), {@code any: [rules]} (or), {@code popularity: {atLeast: x}},
 * {@code postsPerWeek: {atLeast: n}}, {@code narratives: [indices]}, {@code keywords: [indices]},
 * {@code hours: {from: h, to: h}} (0..23, wrapping past midnight when from > to).
 */
final class TrollRuleBinder {
    static final List<String> KINDS = List.of("all", "any", "popularity", "postsPerWeek", "narratives", "keywords", "hours");
    private final String source;
    private final int narratives;
    private final int keywords;

    TrollRuleBinder(String source, int narratives, int keywords) {
        this.source = source;
        this.narratives = narratives;
        this.keywords = keywords;
    }

    TriggerRule bind(JsonNode node, String path) {
        if (node == null || !node.isObject() || node.size() != 1) {
            throw error(path, TreeBinder.describe(node) + " is not a rule; allowed: a mapping with one key of " + String.join(", ", KINDS));
        }
        Iterator<String> names = node.fieldNames();
        String kind = names.next();
        JsonNode v = node.get(kind);
        String p = TreeBinder.child(path, kind);
        return switch (kind) {
            case "all" -> new TriggerRule.AllOf(list(v, p));
            case "any" -> new TriggerRule.AnyOf(list(v, p));
            case "popularity" -> new TriggerRule.PopularityAtLeast(atLeast(v, p, false));
            case "postsPerWeek" -> new TriggerRule.PostsPerWeekAtLeast((int) atLeast(v, p, true));
            case "narratives" -> new TriggerRule.NarrativeIn(mask(v, p, narratives, "world.narratives"));
            case "keywords" -> new TriggerRule.KeywordIn(mask(v, p, keywords, "world.keywords"));
            case "hours" -> hours(v, p);
            default -> throw error(p, "unknown rule '" + kind + "'; allowed: " + String.join(", ", KINDS));
        };
    }

    private List<TriggerRule> list(JsonNode v, String path) {
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw error(path, TreeBinder.describe(v) + " is not a non-empty list of rules; allowed: a list such as [{hours: {from: 18, to: 23}}]");
        }
        List<TriggerRule> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) out.add(bind(v.get(i), path + "[" + i + "]"));
        return out;
    }

    private double atLeast(JsonNode v, String path, boolean whole) {
        if (v == null || !v.isObject() || v.size() != 1 || !v.has("atLeast")) {
            throw error(path, TreeBinder.describe(v) + " is not allowed; allowed: a mapping {atLeast: number}");
        }
        JsonNode n = v.get("atLeast");
        String p = path + ".atLeast";
        if (whole ? !(n.isIntegralNumber() && n.canConvertToInt() && n.intValue() >= 0) : !(n.isNumber() && n.doubleValue() >= 0)) {
            throw error(p, TreeBinder.describe(n) + " is not allowed; allowed: " + (whole ? "a whole number 0 or more" : "a number 0 or more"));
        }
        return n.doubleValue();
    }

    private int mask(JsonNode v, String path, int count, String field) {
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw error(path, TreeBinder.describe(v) + " is not a non-empty list of indices; allowed: a list such as [2, 5]");
        }
        int mask = 0;
        for (int i = 0; i < v.size(); i++) {
            JsonNode n = v.get(i);
            if (!n.isIntegralNumber() || n.intValue() < 0 || n.intValue() >= count) {
                throw error(path + "[" + i + "]", TreeBinder.describe(n) + " is out of range; allowed: 0 to " + (count - 1) + " (" + field + " = " + count + ")");
            }
            mask |= 1 << n.intValue();
        }
        return mask;
    }

    private TriggerRule hours(JsonNode v, String path) {
        if (v == null || !v.isObject() || v.size() != 2 || !v.has("from") || !v.has("to")) {
            throw error(path, TreeBinder.describe(v) + " is not allowed; allowed: a mapping {from: hour, to: hour}");
        }
        return new TriggerRule.HourBetween(hour(v.get("from"), path + ".from"), hour(v.get("to"), path + ".to"));
    }

    private int hour(JsonNode n, String path) {
        if (!n.isIntegralNumber() || n.intValue() < 0 || n.intValue() > 23) {
            throw error(path, TreeBinder.describe(n) + " is out of range; allowed: a whole hour 0 to 23");
        }
        return n.intValue();
    }

    private ScenarioException error(String path, String problem) {
        return new ScenarioException(source, path, problem);
    }
}
