package wirecoder.eval;

import wirecoder.Extractor;
import wirecoder.model.ActorRef;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PETRARCH-2 validation records (AFP sentences with CAMEO triples source, target, event code). Each of our
 * events gives one triple per actor and recipient pair; actor codes are country + sector ("USAGOV").
 */
public final class Petrarch2Suite implements Suite {

    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)(?=<Sentence\\b|</Sentences>)", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\s+eventcode=\"([^\"]*)\"\\s+sourcecode=\"([^\"]*)\"\\s+targetcode=\"([^\"]*)\"");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("date=\"(\\d{8})\"");

    @Override
    public String name() { return "petrarch2"; }

    @Override
    public Path defaultData(Path sharedEval) { return sharedEval.resolve("petrarch2-validation/PETR2_GSR_validation.xml"); }

    @Override
    public String published() { return "PETRARCH-2 itself produced these codings (the gold was built from its output, then corrected)"; }

    /** A CAMEO triple: actor codes (country + sector or a bare country) and the event code. */
    record Triple(String source, String target, String code) {
        Triple countryLevel() { return new Triple(country(source), country(target), code); }

        Triple root() { return new Triple(country(source), country(target), code.length() >= 2 ? code.substring(0, 2) : code); }

        private static String country(String actor) { return actor.length() >= 3 ? actor.substring(0, 3) : actor; }
    }

    record Gold(String text, LocalDate date, List<Triple> triples) {
    }

    static List<Gold> read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        List<Gold> out = new ArrayList<>();
        Matcher s = SENTENCE.matcher(xml);
        while (s.find()) {
            Matcher t = TEXT.matcher(s.group(2));
            if (!t.find()) continue;
            List<Triple> triples = new ArrayList<>();
            Matcher c = CODING.matcher(s.group(2));
            while (c.find()) triples.add(new Triple(c.group(2), c.group(3), c.group(1)));
            Matcher d = DATE.matcher(s.group(1));
            LocalDate date = d.find() ? LocalDate.parse(d.group(1), DateTimeFormatter.BASIC_ISO_DATE) : null;
            out.add(new Gold(t.group(1).replaceAll("\\s+", " ").trim(), date, triples));
        }
        return out;
    }

    @Override
    public SuiteResult run(Extractor extractor, Path data, int limit) throws IOException {
        List<Gold> gold = Extraction.sample(read(data), limit);
        Extraction x = Extraction.of(extractor, gold, (i, g) -> Article.of("petr-" + i, g.date(), g.text()));
        return score(gold, x.events(), x.seconds());
    }

    /** Our triples for one sentence: asserted events only, as PETRARCH codes what happened. */
    static List<Triple> triples(List<EventRecord> events) {
        List<Triple> out = new ArrayList<>();
        for (EventRecord e : events) {
            if (e.factuality() != wirecoder.model.Factuality.ASSERTED) continue;
            List<String> sources = codes(e.actor());
            List<String> targets = codes(e.recipient());
            if (targets.isEmpty()) targets = List.of("---");
            for (String a : sources) for (String r : targets) out.add(new Triple(a, r, e.cameo()));
        }
        return out;
    }

    private static List<String> codes(List<ActorRef> actors) {
        List<String> out = new ArrayList<>();
        for (ActorRef a : actors) {
            String country = a.country() == null ? "---" : a.country();
            String sector = a.sector() == null || a.sector().equals("GOV") && a.resolvedBy().equals("table") ? "" : a.sector();
            out.add(country + sector);
        }
        return out;
    }

    static SuiteResult score(List<Gold> gold, List<List<EventRecord>> predicted, double seconds) {
        SetScores exact = new SetScores();
        SetScores country = new SetScores();
        SetScores root = new SetScores();
        for (int i = 0; i < gold.size(); i++) {
            List<Triple> g = gold.get(i).triples();
            List<Triple> p = triples(predicted.get(i));
            exact.add(keys(g, t -> t), keys(p, t -> t));
            country.add(keys(g, Triple::countryLevel), keys(p, Triple::countryLevel));
            root.add(keys(g, Triple::root), keys(p, Triple::root));
        }
        List<Metric> m = new ArrayList<>();
        add(m, "exact", exact, "source and target codes (country + sector) and the CAMEO code all equal");
        add(m, "country", country, "source and target countries and the CAMEO code equal");
        add(m, "root", root, "source and target countries and the CAMEO root (2 digits) equal");
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("match", "gold", "predicted", "matched", "precision", "recall", "F1"));
        for (String name : List.of("exact", "country", "root")) {
            SetScores c = name.equals("exact") ? exact : name.equals("country") ? country : root;
            table.add(List.of(name, Integer.toString(c.gold()), Integer.toString(c.predicted()), Integer.toString(c.matched()),
                    LabelScores.f(c.precision()), LabelScores.f(c.recall()), LabelScores.f(c.f1())));
        }
        String summary = String.format("petrarch2: %d sentences, %d gold triples; F1 exact %.3f, country-level %.3f, root code %.3f, %.1f sentences/s",
                gold.size(), exact.gold(), exact.f1(), country.f1(), root.f1(), seconds == 0 ? 0 : gold.size() / seconds);
        return new SuiteResult("petrarch2", m, table, summary, gold.size(), seconds,
                "The gold was derived from PETRARCH-2's own output with its dictionaries (fine CAMEO codes, agent codes such as "
                        + "PPL, MUS, GZA that Wirecoder does not produce); statements (CAMEO 01) and appeals (02) have no PLOVER type.");
    }

    /** A gold triple matches at most one predicted one: both sides as sets, under the chosen key. */
    private static Set<Triple> keys(List<Triple> triples, java.util.function.UnaryOperator<Triple> key) {
        Set<Triple> out = new HashSet<>();
        for (Triple t : triples) out.add(key.apply(t));
        return out;
    }

    private static void add(List<Metric> m, String name, SetScores c, String meaning) {
        m.add(new Metric(name + "_precision", c.precision(), c.predicted(), meaning + ": share of our triples in the gold"));
        m.add(new Metric(name + "_recall", c.recall(), c.gold(), meaning + ": share of gold triples found"));
        m.add(new Metric(name + "_f1", c.f1(), c.gold(), meaning + ": F1"));
    }
}
