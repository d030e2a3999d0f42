package org.infoops.cli;

import org.infoops.model.cascade.CascadePost;
import org.infoops.model.cascade.base.BasePost;
import org.infoops.model.cascade.base.BaseWorld;
import org.infoops.model.cascade.base.BaseWorldGenerator;
import org.infoops.model.cascade.base.BaseWorldSettings;
import org.infoops.model.cascade.infer.EmbeddingCache;
import org.infoops.model.cascade.infer.InfectionModelSettings;
import org.infoops.model.cascade.infer.TextEmbedder;
import org.infoops.model.cascade.infer.TrainedInfection;
import org.infoops.model.cascade.infer.TrainingPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code bench infection}: embedding speed, training-pipeline stages, batched per-post probability precomputation. */
@Command(name = "infection", mixinStandardHelpOptions = true,
        description = "Times the infection model: MiniLM and hashed embeddings per post, the training pipeline on a "
                + "generated base world, and precomputing one seed post's edge probabilities on the clone.")
public final class InfectionBenchCommand implements Callable<Integer> {
    @Option(names = "--users", defaultValue = "2000", description = "Base-world users (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--sentences", defaultValue = "500", description = "Posts to embed for the embedder timings (default: ${DEFAULT-VALUE}).")
    int sentences;

    @Option(names = "--embedder", defaultValue = "hashed", description = "Embedder for the pipeline timing: minilm or hashed (default: ${DEFAULT-VALUE}).")
    String embedder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BaseWorldSettings ws = BaseWorldSettings.defaults();
        ws = ws.withSize(ws.seed(), users, ws.communities(), ws.followeesMean());
        BaseWorld world = new BaseWorldGenerator(ws).generate();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < Math.min(sentences, world.posts().size()); i++) texts.add(world.posts().get(i).text());
        out.printf(Locale.ROOT, "machine: %d cores, max heap %,d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (String name : List.of("minilm", "hashed")) {
            TextEmbedder e = TextEmbedder.named(name);
            long t0 = System.nanoTime();
            e.embed(texts.subList(0, 1));
            long t1 = System.nanoTime();
            e.embed(texts);
            long t2 = System.nanoTime();
            out.printf(Locale.ROOT, "embedder %-20s first call %.0f ms (model load), then %.3f ms/post over %d posts%n",
                    e.name(), (t1 - t0) / 1e6, (t2 - t1) / 1e6 / texts.size(), texts.size());
        }
        InfectionModelSettings ms = InfectionModelSettings.defaults().withEmbedder(embedder);
        long p0 = System.nanoTime();
        TrainedInfection t = TrainingPipeline.run(world, ms, new EmbeddingCache(TextEmbedder.named(embedder)));
        var tm = t.timings();
        out.printf(Locale.ROOT, "pipeline (%s, %,d users, %,d posts): %.1f s total; network %.1f, embeddings %.1f, features %.1f, "
                        + "trees %.1f, evaluation %.1f%n", embedder, users, world.posts().size(), (System.nanoTime() - p0) / 1e9,
                tm.network(), tm.embeddings(), tm.features(), tm.training(), tm.evaluation());
        var net = t.network().network();
        BasePost ts = t.history().posts().get(t.network().sourcePost());
        int rounds = 5;
        long f0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            CascadePost post = new CascadePost(-1 - r, t.network().node(ts.author()), ts.text() + " #" + r, ts.topic());
            t.model().forPost(post, net);
        }
        double perPost = (System.nanoTime() - f0) / 1e6 / rounds;
        CascadePost cached = new CascadePost(-1, t.network().node(ts.author()), ts.text() + " #0", ts.topic());
        long c0 = System.nanoTime();
        t.model().forPost(cached, net);
        out.printf(Locale.ROOT, "forPost on N_A (%,d users, %,d edges): %.1f ms per new post (embed + %,d follower rows), "
                + "%.2f ms when cached%n", net.nodeCount(), net.edgeCount(), perPost, net.nodeCount(), (System.nanoTime() - c0) / 1e6);
        out.printf(Locale.ROOT, "peak heap (sum of per-pool peaks): %s%n", HeapPeaks.mib(HeapPeaks.peak()));
        return 0;
    }
}
