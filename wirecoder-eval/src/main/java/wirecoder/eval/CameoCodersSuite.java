package wirecoder.eval;

import wirecoder.Extractor;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real news sentences coded by 3-5 coders with CAMEO roots (training rounds of the ConfliBERT CAMEO
 * annotation): each sentence is scored against the roots at least two coders chose, in the last round it
 * appears in, beside the coders' own agreement with the others (the ceiling a coder reaches).
 */
public final class CameoCodersSuite implements Suite {

    private static final Pattern ROOT = Pattern.compile("^\\s*\\d+-(\\d{1,2})\\b");

    @Override
    public String name() { return "cameo-coders"; }

    @Override
    public Path defaultData(Path sharedEval) { return sharedEval.resolve("cameo-conflibert-annotations"); }

    @Override
    public String published() { return "none; the coders' leave-one-out agreement is reported beside ours as the ceiling"; }

    /** A sentence and each completing coder's set of CAMEO roots (two digits). */
    record Gold(String text, List<Set<String>> coders) {
        /** Roots chosen by at least two coders. */
        Set<String> majority() { return votes(coders, -1); }

        /** Roots at least two of the other coders chose (for coder {@code k}'s own agreement). */
        Set<String> majorityWithout(int k) { return votes(coders, k); }

        private static Set<String> votes(List<Set<String>> coders, int skip) {
            Map<String, Integer> n = new HashMap<>();
            for (int i = 0; i < coders.size(); i++) if (i != skip) for (String r : coders.get(i)) n.merge(r, 1, Integer::sum);
            Set<String> out = new TreeSet<>();
            n.forEach((r, c) -> {
                if (c >= 2) out.add(r);
            });
            return out;
        }
    }

    static List<Gold> read(Path dir) throws IOException {
        List<Path> rounds;
        try (Stream<Path> s = Files.list(dir)) {
            rounds = s.filter(p -> p.getFileName().toString().matches("round_\\d+") && Files.exists(p.resolve("summary.csv")))
                    .sorted((a, b) -> Integer.compare(number(a), number(b))).toList();
        }
        // The last round a sentence appears in wins: coders had trained longest by then.
        Map<String, Gold> bySentence = new LinkedHashMap<>();
        for (Path round : rounds) {
            for (Map<String, String> row : Csv.read(round.resolve("summary.csv"), ',')) {
                String text = row.getOrDefault("sentences", "").trim();
                if (text.isEmpty()) continue;
                List<Set<String>> coders = new ArrayList<>();
                for (int k = 1; k <= 9; k++) {
                    if (!"True".equals(row.get("anncomplete_" + k))) continue;
                    Set<String> roots = new TreeSet<>();
                    for (Map.Entry<String, String> e : row.entrySet()) {
                        if (!e.getKey().matches("Action\\d+_CAMEO_" + k)) continue;
                        Matcher m = ROOT.matcher(e.getValue());
                        if (m.find()) roots.add(String.format("%02d", Integer.parseInt(m.group(1))));
                    }
                    coders.add(roots);
                }
                if (coders.size() >= 2) {
                    bySentence.remove(text);
                    bySentence.put(text, new Gold(text, coders));
                }
            }
        }
        return new ArrayList<>(bySentence.values());
    }

    private static int number(Path round) {
        return Integer.parseInt(round.getFileName().toString().substring("round_".length()));
    }

    @Override
    public SuiteResult run(Extractor extractor, Path data, int limit) throws IOException {
        List<Gold> gold = Extraction.sample(read(data), limit);
        Extraction x = Extraction.of(extractor, gold, (i, g) -> Article.of("coders-" + i, null, g.text()));
        return score(gold, x.events(), x.seconds());
    }

    static SuiteResult score(List<Gold> gold, List<List<EventRecord>> predicted, double seconds) {
        SetScores ours = new SetScores();
        SetScores coders = new SetScores();
        Ratio presence = new Ratio();
        Ratio falseEvents = new Ratio();
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            Set<String> truth = g.majority();
            Set<String> mine = new TreeSet<>();
            for (EventRecord e : predicted.get(i)) mine.add(e.cameo().substring(0, 2));
            ours.add(truth, mine);
            presence.add(truth.isEmpty() == mine.isEmpty());
            // Where the coders' majority saw no event, an asserted event of ours is a false one.
            if (truth.isEmpty()) falseEvents.add(predicted.get(i).stream().anyMatch(e -> e.factuality() == wirecoder.model.Factuality.ASSERTED));
            for (int k = 0; k < g.coders().size(); k++) coders.add(g.majorityWithout(k), g.coders().get(k));
        }
        List<Metric> m = new ArrayList<>();
        m.add(new Metric("root_f1", ours.f1(), gold.size(), "CAMEO roots of our events against the roots two or more coders chose (set F1 over sentences)"));
        m.add(new Metric("root_precision", ours.precision(), ours.predicted(), "share of our roots that two or more coders chose"));
        m.add(new Metric("root_recall", ours.recall(), ours.gold(), "share of the coders' majority roots we found"));
        m.add(new Metric("coder_root_f1", coders.f1(), gold.size(), "each coder against the roots two or more of the other coders chose: the human ceiling"));
        m.add(new Metric("event_presence_accuracy", presence.value(), presence.total(), "we find an event exactly where the coders' majority does"));
        m.add(new Metric("false_event_rate", falseEvents.value(), falseEvents.total(), "sentences the coders' majority coded no event in where we assert one (lower is better)"));
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("who", "precision", "recall", "F1"));
        table.add(List.of("wirecoder", LabelScores.f(ours.precision()), LabelScores.f(ours.recall()), LabelScores.f(ours.f1())));
        table.add(List.of("a coder vs the others", LabelScores.f(coders.precision()), LabelScores.f(coders.recall()), LabelScores.f(coders.f1())));
        String summary = String.format("cameo-coders: %d sentences, CAMEO root F1 %.3f (coders among themselves %.3f), event presence %.3f, %.1f sentences/s",
                gold.size(), ours.f1(), coders.f1(), presence.value(), seconds == 0 ? 0 : gold.size() / seconds);
        return new SuiteResult("cameo-coders", m, table, summary, gold.size(), seconds,
                "Coders were in training rounds, not adjudicated; they code statements (01) and appeals (02), which PLOVER "
                        + "and Wirecoder do not; our CAMEO code comes from the PLOVER coding, so its root follows the PLOVER type.");
    }
}
