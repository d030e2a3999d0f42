package org.infoops.model.cascade.base;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-topic vocabularies and shared sentence templates for base-world posts, so that a sentence embedding model
 * sees real language whose meaning follows the topic. The framing (calm or alarming closing phrase) is part of
 * the hidden retweet rule: it gives post text an effect beyond its topic, as the paper's Fig 6B probes.
 * Topics follow the paper's Fig 8C list (vaccines, COVID, elections, climate, 5G, GMO; cooking as the neutral
 * reference). The vocabulary is hand-written because no corpus ships with the project.
 */
public final class TopicLanguage {
    private TopicLanguage() {}

    private record Vocabulary(List<String> subjects, List<String> claims, List<String> objects) {}

    private static final Map<String, Vocabulary> VOCABULARY = Map.of(
            "vaccines", new Vocabulary(
                    List.of("the vaccine makers", "the health agency", "big pharma", "the new booster", "the vaccine trial", "my doctor"),
                    List.of("are hiding", "quietly admitted", "never reported", "downplayed", "covered up", "finally revealed"),
                    List.of("the side effects of the shots", "the real injury numbers", "what is in the vaccine",
                            "the myocarditis cases", "the data on children", "the trial results")),
            "covid", new Vocabulary(
                    List.of("the lab in Wuhan", "the lockdown officials", "the mask mandate", "the pandemic experts", "the hospital data", "the WHO"),
                    List.of("exaggerated", "lied about", "ignored", "suppressed", "manipulated", "buried"),
                    List.of("the origin of the virus", "the death counts", "the early treatment studies",
                            "the lockdown damage", "the case numbers", "the ivermectin evidence")),
            "elections", new Vocabulary(
                    List.of("the election board", "the voting machines", "the mail-in ballots", "the poll workers", "the county clerks", "the courts"),
                    List.of("rigged", "changed", "miscounted", "hid", "refused to audit", "threw out"),
                    List.of("the vote totals", "thousands of ballots", "the signature checks", "the swing state results",
                            "the audit findings", "the voter rolls")),
            "climate", new Vocabulary(
                    List.of("the climate scientists", "the UN panel", "the weather service", "the green lobby", "the carbon tax plan", "the climate models"),
                    List.of("faked", "adjusted", "overstated", "misrepresented", "cherry-picked", "rewrote"),
                    List.of("the temperature records", "the sea level data", "the hurricane statistics",
                            "the polar ice numbers", "the cost of fossil fuels", "the wildfire trends")),
            "5g", new Vocabulary(
                    List.of("the 5G towers", "the telecom companies", "the new antennas", "the radiation regulators", "the smart meters", "the wireless network"),
                    List.of("are damaging", "secretly tested", "are weakening", "hid the effects on", "are poisoning", "never studied"),
                    List.of("our immune systems", "the birds in the park", "children sleeping nearby",
                            "the health of whole towns", "our brain waves", "the bees and crops")),
            "gmo", new Vocabulary(
                    List.of("the seed companies", "the food labs", "the modified corn", "the crop scientists", "the supermarket chains", "the farm regulators"),
                    List.of("are hiding", "never tested", "played down", "are profiting from", "lobbied to bury", "mislabeled"),
                    List.of("the risks of modified food", "the pesticide residues", "the long-term health data",
                            "the allergy reports", "what is in our bread", "the damage to soil")),
            "cooking", new Vocabulary(
                    List.of("my grandmother", "this easy recipe", "the local bakery", "our family dinner", "the slow cooker", "a simple marinade"),
                    List.of("makes", "turns out", "perfected", "brings back", "improves", "always wins with"),
                    List.of("the best lemon chicken", "a crispy sourdough loaf", "a rich tomato soup",
                            "the fluffiest pancakes", "a spicy bean chili", "a warm apple pie")));

    private static final List<String> TEMPLATES = List.of(
            "%s %s %s.",
            "Breaking: %s %s %s.",
            "Why is nobody asking how %s %s %s?",
            "Just read that %s %s %s.",
            "It is now confirmed that %s %s %s.",
            "So %s %s %s, and the media stays silent.");

    private static final List<String> CALM = List.of("Worth a read.", "Thoughts?", "Sources in the thread.",
            "Interesting discussion.", "Make up your own mind.");
    private static final List<String> ALARMING = List.of("Wake up, people!", "Share before they delete this!",
            "This is outrageous!", "They think we are stupid!", "Spread the word NOW!");

    /** Topic names this vocabulary knows. */
    public static Set<String> knownTopics() {
        return VOCABULARY.keySet();
    }

    /** A generated post text and its hidden framing (1 alarming, 0 calm). */
    public record Sentence(String text, int framing) {}

    /** One post on {@code topic}: subject, claim, object from the topic vocabulary, a template, a framing tail. */
    public static Sentence sentence(String topic, boolean alarming, UniformRandomProvider rng) {
        Vocabulary v = VOCABULARY.get(topic);
        if (v == null) {
            throw new IllegalArgumentException("topic '" + topic + "' is unknown; allowed: " + knownTopics());
        }
        String subject = pick(v.subjects(), rng);
        String body = String.format(pick(TEMPLATES, rng), subject, pick(v.claims(), rng), pick(v.objects(), rng));
        body = Character.toUpperCase(body.charAt(0)) + body.substring(1);
        String tail = pick(alarming ? ALARMING : CALM, rng);
        return new Sentence(body + " " + tail, alarming ? 1 : 0);
    }

    private static String pick(List<String> list, UniformRandomProvider rng) {
        return list.get(rng.nextInt(list.size()));
    }
}
