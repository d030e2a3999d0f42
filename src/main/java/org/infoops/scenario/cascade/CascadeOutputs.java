package org.infoops.scenario.cascade;

import org.infoops.scenario.Csv;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infoops.model.cascade.CascadeResult;
import org.infoops.model.cascade.CountermeasureSweeps;
import org.infoops.model.cascade.SpreadNetwork;

/**
 * Writes a cascade study into a directory (the caller stages it, so it appears whole or not at all). Files:
 * summary.json, layers.csv + layers.png (Fig 5B), trials.csv, communities.csv + communities.png (Fig 7A),
 * pathways.csv + pathways.png (Fig 7B), spreaders.csv, blocking.csv/png (Fig 8A), inoculation.csv/png (Fig 8B),
 * topics.csv/png (Fig 8C).
 */
final class CascadeOutputs {
    private CascadeOutputs() {}

    static void write(CascadeStudy.Outcome o, Path dir) throws IOException {
        SpreadNetwork net = o.world().network();
        CascadeResult r = o.base();
        if (r != null) {
            try (Writer w = Files.newBufferedWriter(dir.resolve("layers.csv"))) {
                w.write("layer,median,p16,p84,mean\n");
                for (CascadeResult.LayerBand b : r.layerBands()) {
                    w.write(b.layer() + "," + Csv.number(b.median()) + "," + Csv.number(b.low()) + "," + Csv.number(b.high()) + "," + Csv.number(b.mean()) + "\n");
                }
            }
            CascadeCharts.layers(r, dir.resolve("layers.png"));
            try (Writer w = Files.newBufferedWriter(dir.resolve("trials.csv"))) {
                w.write("trial,infections\n");
                int[] inf = r.infections();
                for (int t = 0; t < inf.length; t++) w.write(t + "," + inf[t] + "\n");
            }
            int[] sizes = net.communitySizes();
            double[] rates = r.communityRates(), mean = r.communityInfections();
            long[] caused = r.infectionsCausedByCommunity();
            try (Writer w = Files.newBufferedWriter(dir.resolve("communities.csv"))) {
                w.write("community,size,infection_rate,mean_infections,mean_infections_caused\n");
                for (int c = 0; c < sizes.length; c++) {
                    w.write(c + "," + sizes[c] + "," + Csv.number(rates[c]) + "," + Csv.number(mean[c]) + ","
                            + Csv.number(caused[c] / (double) r.trials()) + "\n");
                }
            }
            CascadeCharts.communityRates(r, dir.resolve("communities.png"));
            double[][] f = r.pathwayFractions();
            try (Writer w = Files.newBufferedWriter(dir.resolve("pathways.csv"))) {
                w.write("from_community,to_community,fraction\n");
                for (int a = 0; a < f.length; a++) for (int b = 0; b < f.length; b++) w.write(a + "," + b + "," + Csv.number(f[a][b]) + "\n");
            }
            CascadeCharts.pathways(r, dir.resolve("pathways.png"));
            try (Writer w = Files.newBufferedWriter(dir.resolve("spreaders.csv"))) {
                w.write("rank,node,user_id,community,followers,mean_infections_caused,infection_rate\n");
                int[] top = r.topSpreaders(Math.min(1000, net.nodeCount()));
                for (int i = 0; i < top.length; i++) {
                    int u = top[i];
                    w.write((i + 1) + "," + u + "," + net.userId(u) + "," + net.community(u) + "," + net.followerCount(u) + ","
                            + Csv.number(r.infectionsCaused(u)) + "," + Csv.number(r.userInfectionRate(u)) + "\n");
                }
            }
        }
        if (!o.blocking().isEmpty()) {
            sweepCsv(o.blocking(), "blocked_top_spreaders", dir.resolve("blocking.csv"));
            CascadeCharts.sweep(o.blocking(), "Blocking the top spreaders", "accounts blocked", dir.resolve("blocking.png"));
        }
        if (!o.inoculation().isEmpty()) {
            sweepCsv(o.inoculation(), "inoculated_fraction", dir.resolve("inoculation.csv"));
            CascadeCharts.sweep(o.inoculation(), "Inoculating community C" + o.inoculatedCommunity(),
                    "fraction of the community inoculated", dir.resolve("inoculation.png"));
        }
        List<String> topicNames = o.scenario().topics().stream().map(CascadeScenario.Topic::name).toList();
        if (!o.topics().isEmpty()) {
            try (Writer w = Files.newBufferedWriter(dir.resolve("topics.csv"))) {
                w.write("topic,mean_infections,sd_infections,normalised,trials\n");
                double max = o.topics().stream().mapToDouble(CountermeasureSweeps.Point::meanInfections).max().orElse(1);
                for (int i = 0; i < o.topics().size(); i++) {
                    CountermeasureSweeps.Point p = o.topics().get(i);
                    w.write(Csv.text(topicNames.get(i)) + "," + Csv.number(p.meanInfections()) + "," + Csv.number(p.sdInfections()) + ","
                            + Csv.number(max == 0 ? 0 : p.meanInfections() / max) + "," + p.trials() + "\n");
                }
            }
            CascadeCharts.topics(o.topics(), topicNames, dir.resolve("topics.png"));
        }
        Files.writeString(dir.resolve("summary.json"), summary(o));
    }

    private static void sweepCsv(List<CountermeasureSweeps.Point> points, String x, Path file) throws IOException {
        double max = points.stream().mapToDouble(CountermeasureSweeps.Point::meanInfections).max().orElse(1);
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write(x + ",mean_infections,sd_infections,normalised,trials\n");
            for (CountermeasureSweeps.Point p : points) {
                w.write(Csv.number(p.x()) + "," + Csv.number(p.meanInfections()) + "," + Csv.number(p.sdInfections()) + ","
                        + Csv.number(max == 0 ? 0 : p.meanInfections() / max) + "," + p.trials() + "\n");
            }
        }
    }

    static String summary(CascadeStudy.Outcome o) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        SpreadNetwork net = o.world().network();
        root.put("scenario", o.scenario().name());
        root.put("seed", o.scenario().seed());
        root.put("infection_model", o.scenario().infection().model());
        ObjectNode n = root.putObject("network");
        n.put("users", net.nodeCount());
        n.put("edges", net.edgeCount());
        n.put("communities", net.communityCount());
        n.put("source_node", o.world().sourceNode());
        n.put("source_user_id", net.userId(o.world().sourceNode()));
        n.put("source_followers", net.followerCount(o.world().sourceNode()));
        var sizes = n.putArray("community_sizes");
        for (int s : net.communitySizes()) sizes.add(s);
        if (o.base() != null) {
            ObjectNode b = root.putObject("cascade");
            b.put("trials", o.base().trials());
            b.put("mean_infections", o.base().meanInfections());
            int[] inf = o.base().infections();
            java.util.Arrays.sort(inf);
            b.put("median_infections", inf[inf.length / 2]);
            b.put("max_layer", o.base().maxLayer());
            b.put("inoculated_community", o.inoculatedCommunity());
        }
        ObjectNode t = root.putObject("seconds");
        t.put("network_and_model", o.networkSeconds());
        t.put("seed_probabilities", o.probabilitySeconds());
        t.put("base_trials", o.trialSeconds());
        return json.writeValueAsString(root);
    }
}
