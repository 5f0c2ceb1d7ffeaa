package wirecoder.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wirecoder.Extractor;
import wirecoder.eval.Metric;
import wirecoder.eval.Scorecard;
import wirecoder.eval.SmokeFloors;
import wirecoder.eval.Suite;
import wirecoder.eval.SuiteResult;
import wirecoder.eval.Suites;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code wirecoder eval SUITE|all|smoke}: scores extraction against the public gold sets in ../shared/eval. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores Wirecoder against public gold data. SUITE is one of the suites listed below, 'all' (runs every",
                "suite and rewrites docs/scorecard.md) or 'smoke' (a fast subset with accuracy floors; exit 1 below a floor)."})
public final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "plover-gsr, acled, case2021, giveme5w1h, petrarch2, cameo-coders, geo, rams, india-police, non-events, judged-news, all or smoke")
    String suite;

    @picocli.CommandLine.Mixin
    SharedEvalOption data;

    @Option(names = "--limit", defaultValue = "0", description = "Score at most N items per suite (0 = all).")
    int limit;

    @Option(names = "--json", description = "Print the results as JSON instead of tables.")
    boolean json;

    @Option(names = "--scorecard", defaultValue = "docs/scorecard.md", description = "Where 'all' writes the scorecard.")
    Path scorecard;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path shared = data.resolve("eval");
        if (shared == null) return 2;
        Map<String, Suite> suites = new java.util.LinkedHashMap<>(Suites.all());
        if (Suites.tuning().containsKey(suite)) suites.putAll(Suites.tuning());
        List<SmokeFloors.Floor> floors = List.of();
        Map<String, Integer> limits = Map.of();
        List<String> names = new ArrayList<>();
        switch (suite) {
            case "all" -> names.addAll(suites.keySet());
            case "smoke" -> {
                floors = SmokeFloors.load();
                limits = SmokeFloors.limits(floors);
                names.addAll(limits.keySet());
            }
            default -> {
                if (!suites.containsKey(suite)) {
                    System.err.println("wirecoder eval: unknown suite '" + suite + "'; valid: " + suites.keySet() + ", all, smoke, "
                            + Suites.tuning().keySet() + " (dev portions, for tuning)");
                    return 2;
                }
                names.add(suite);
            }
        }
        Extractor extractor = new Extractor(Extractor.Config.defaults());
        List<SuiteResult> results = new ArrayList<>();
        for (String n : names) {
            Suite s = suites.get(n);
            int l = limits.getOrDefault(n, limit);
            SuiteResult r = s.run(extractor, s.defaultData(shared), l);
            results.add(r);
            if (!json) print(out, r);
        }
        if (json) out.println(toJson(results));
        if (suite.equals("all")) {
            String commit = gitCommit();
            Files.createDirectories(scorecard.toAbsolutePath().getParent());
            Files.writeString(scorecard, Scorecard.markdown(results, suites, commit, LocalDate.now()));
            if (!json) out.println("wrote " + scorecard);
        }
        int failed = 0;
        for (SmokeFloors.Floor f : floors) {
            SuiteResult r = results.stream().filter(x -> x.suite().equals(f.suite())).findFirst().orElseThrow();
            double v = r.metric(f.metric()).value();
            boolean ok = v >= f.floor();
            if (!ok) failed++;
            out.printf("smoke %-12s %-28s %.3f %s floor %.3f%n", f.suite(), f.metric(), v, ok ? ">=" : "BELOW", f.floor());
        }
        if (!floors.isEmpty()) out.println((floors.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    private static void print(PrintStream out, SuiteResult r) {
        List<List<String>> t = r.table();
        int[] w = new int[t.get(0).size()];
        for (List<String> row : t) for (int i = 0; i < row.size(); i++) w[i] = Math.max(w[i], row.get(i).length());
        for (List<String> row : t) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < row.size(); i++) b.append(String.format(i == 0 ? "%-" + w[i] + "s" : "  %" + w[i] + "s", row.get(i)));
            out.println(b);
        }
        for (Metric m : r.metrics()) out.printf("  %-28s %.3f  (n=%d)%n", m.key(), m.value(), m.n());
        out.println(r.summary());
        out.println();
    }

    private static String toJson(List<SuiteResult> results) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode a = mapper.createArrayNode();
        for (SuiteResult r : results) {
            ObjectNode o = a.addObject();
            o.put("suite", r.suite());
            o.put("summary", r.summary());
            o.put("items", r.items());
            o.put("items_per_second", r.sentencesPerSecond());
            ObjectNode m = o.putObject("metrics");
            for (Metric x : r.metrics()) m.put(x.key(), x.value());
            o.set("table", mapper.valueToTree(r.table()));
        }
        return mapper.writeValueAsString(a);
    }

    private static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 ? s : "unknown";
        } catch (Exception e) {
            return "unknown";
        }
    }
}
