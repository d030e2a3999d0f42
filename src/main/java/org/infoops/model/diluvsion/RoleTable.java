package org.infoops.model.diluvsion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Roles x activity levels (Diluvsion §3.4, §3.8.1; numbers per spec §4.1, file roles.csv): each level has a share
 * of the active population and a weekly action quota; each role within a level has a share and a distribution
 * over the seven actions. A "category" is one (level, role) row.
 */
public final class RoleTable {
    public static final String DEFAULT_RESOURCE = "/diluvsion/roles.csv";
    public static final List<String> ROLES = List.of("tweeter", "retweeter", "quoter", "replier", "liker");

    private final List<String> levels = new ArrayList<>();
    private final List<Double> levelShares = new ArrayList<>();
    private final List<Integer> weeklyActions = new ArrayList<>();
    private final List<String> categoryLevel = new ArrayList<>();
    private final List<String> categoryRole = new ArrayList<>();
    private final List<Double> categoryShare = new ArrayList<>(); // role share within its level
    private final List<double[]> cumulative = new ArrayList<>(); // over Action.ALL

    private RoleTable() {}

    public static RoleTable load(String spec) {
        if (spec == null || spec.equals("default")) {
            try (InputStream in = RoleTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                return parse(in, DEFAULT_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = Files.newInputStream(Path.of(spec))) {
            return parse(in, spec);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read roles table " + spec + ": " + e.getMessage(), e);
        }
    }

    static RoleTable parse(InputStream in, String source) throws IOException {
        RoleTable t = new RoleTable();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = r.readLine();
        String expected = "level,level_share,weekly_actions,role,role_share,tweet,retweet,quote,reply,like,follow,unfollow";
        if (header == null || !header.trim().equals(expected)) {
            throw new IllegalArgumentException(source + ": header must be '" + expected + "', found '" + header + "'");
        }
        String line;
        int row = 1;
        while ((line = r.readLine()) != null) {
            row++;
            if (line.isBlank()) continue;
            String[] c = line.split(",");
            if (c.length != 12) throw new IllegalArgumentException(source + ": row " + row + " needs 12 cells, has " + c.length);
            String level = c[0].trim().toLowerCase();
            String role = c[3].trim().toLowerCase();
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException(source + ": row " + row + " role '" + c[3] + "'; allowed: " + ROLES);
            }
            if (!t.levels.contains(level)) {
                t.levels.add(level);
                t.levelShares.add(Double.parseDouble(c[1]));
                t.weeklyActions.add(Integer.parseInt(c[2].trim()));
            }
            double[] cum = new double[Action.ALL.length];
            double sum = 0;
            for (int a = 0; a < cum.length; a++) {
                sum += Double.parseDouble(c[5 + a]);
                cum[a] = sum;
            }
            if (Math.abs(sum - 1) > 1e-3) {
                throw new IllegalArgumentException(source + ": row " + row + " action probabilities sum to " + sum + "; must be 1");
            }
            cum[cum.length - 1] = 1.0;
            t.categoryLevel.add(level);
            t.categoryRole.add(role);
            t.categoryShare.add(Double.parseDouble(c[4]));
            t.cumulative.add(cum);
        }
        return t;
    }

    public int categories() {
        return cumulative.size();
    }

    public List<String> levels() {
        return List.copyOf(levels);
    }

    public String level(int category) {
        return categoryLevel.get(category);
    }

    public String role(int category) {
        return categoryRole.get(category);
    }

    public int weeklyQuota(int category) {
        return weeklyActions.get(levels.indexOf(categoryLevel.get(category)));
    }

    /** The category of (level, role); IllegalArgumentException naming the allowed values otherwise. */
    public int category(String level, String role) {
        for (int i = 0; i < categories(); i++) {
            if (categoryLevel.get(i).equals(level.toLowerCase()) && categoryRole.get(i).equals(role.toLowerCase())) return i;
        }
        throw new IllegalArgumentException("no role '" + role + "' at level '" + level + "'; levels " + levels + ", roles " + ROLES);
    }

    /** Draws a category as the population does: level by level share, then role by role share within it. */
    public int sampleCategory(UniformRandomProvider rng) {
        double u = rng.nextDouble() * levelShares.stream().mapToDouble(Double::doubleValue).sum();
        int level = 0;
        for (double acc = levelShares.get(0); u >= acc && level < levels.size() - 1; acc += levelShares.get(++level)) { }
        String name = levels.get(level);
        double total = 0;
        for (int i = 0; i < categories(); i++) if (categoryLevel.get(i).equals(name)) total += categoryShare.get(i);
        double v = rng.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < categories(); i++) {
            if (!categoryLevel.get(i).equals(name)) continue;
            last = i;
            v -= categoryShare.get(i);
            if (v < 0) return i;
        }
        return last;
    }

    /** Draws the action an agent of this category attempts this step. */
    public Action sampleAction(int category, UniformRandomProvider rng) {
        double[] cum = cumulative.get(category);
        double u = rng.nextDouble();
        for (int a = 0; a < cum.length; a++) if (u < cum[a]) return Action.ALL[a];
        return Action.ALL[cum.length - 1];
    }

    public double actionProbability(int category, Action action) {
        double[] cum = cumulative.get(category);
        int i = action.ordinal();
        return cum[i] - (i == 0 ? 0 : cum[i - 1]);
    }
}
