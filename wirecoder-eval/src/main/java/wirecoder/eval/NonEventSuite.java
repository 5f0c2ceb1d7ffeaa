package wirecoder.eval;

import wirecoder.Extractor;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;
import wirecoder.model.Factuality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that must give no event, from three gold sets that say so: PETRARCH2's {@code noevents} records (validation
 * and unit-test sentences), the real news sentences of the CAMEO coders that no coder coded, and IndiaPoliceEvents
 * sentences in which the police do nothing (for police events). The false-event rate is the share of such texts in
 * which extract asserts an event (a police event for IndiaPoliceEvents); lower is better.
 */
public final class NonEventSuite implements Suite {

    /** IndiaPoliceEvents articles read (the first ones in file order); the whole set takes minutes. */
    static final int POLICE_ARTICLES = 150;

    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)(?=<Sentence\\b|</Sentences>)", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern NOEVENTS = Pattern.compile("noevents\\s*=\\s*\"True\"");
    private static final Pattern DATE = Pattern.compile("date=\"(\\d{8})\"");

    @Override
    public String name() { return "non-events"; }

    @Override
    public Path defaultData(Path sharedEval) { return sharedEval; }

    @Override
    public String published() { return "none; PETRARCH2's own unit tests expect no output on its noevents records"; }

    record Text(String text, LocalDate date) {
    }

    /** PETRARCH2's sentences marked {@code noevents="True"}. */
    static List<Text> petrarchNoEvents(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        List<Text> out = new ArrayList<>();
        Matcher s = SENTENCE.matcher(xml);
        while (s.find()) {
            if (!NOEVENTS.matcher(s.group(2)).find()) continue;
            Matcher t = TEXT.matcher(s.group(2));
            if (!t.find()) continue;
            Matcher d = DATE.matcher(s.group(1));
            out.add(new Text(t.group(1).replaceAll("\\s+", " ").trim(),
                    d.find() ? LocalDate.parse(d.group(1), DateTimeFormatter.BASIC_ISO_DATE) : null));
        }
        return out;
    }

    @Override
    public SuiteResult run(Extractor extractor, Path data, int limit) throws IOException {
        long t0 = System.nanoTime();
        List<Text> petrarch = new ArrayList<>();
        for (String f : List.of("PETR2_GSR_validation.xml", "PETR.UnitTest.records.xml")) {
            petrarch.addAll(petrarchNoEvents(data.resolve("petrarch2-validation").resolve(f)));
        }
        petrarch = Extraction.sample(petrarch, limit);
        List<Text> coders = new ArrayList<>();
        for (CameoCodersSuite.Gold g : CameoCodersSuite.read(data.resolve("cameo-conflibert-annotations"))) {
            if (g.coders().stream().allMatch(java.util.Set::isEmpty)) coders.add(new Text(g.text(), null));
        }
        coders = Extraction.sample(coders, limit);
        List<IndiaPoliceSuite.Doc> docs = IndiaPoliceSuite.read(data.resolve("india-police-events"));
        docs = docs.subList(0, Math.min(docs.size(), limit > 0 ? Math.min(limit, POLICE_ARTICLES) : POLICE_ARTICLES));

        Ratio petr = asserted(Extraction.of(extractor, petrarch, (i, t) -> Article.of("noevent-petr-" + i, t.date(), t.text())).events());
        Ratio coded = asserted(Extraction.of(extractor, coders, (i, t) -> Article.of("noevent-coders-" + i, null, t.text())).events());
        Ratio police = policeEvents(docs, Extraction.of(extractor, docs, (i, d) -> Article.of(d.id(), d.date(), d.text())).events());
        double seconds = (System.nanoTime() - t0) / 1e9;
        return score(petr, coded, police, seconds);
    }

    /** Texts in which an asserted event is coded. */
    static Ratio asserted(List<List<EventRecord>> events) {
        Ratio r = new Ratio();
        for (List<EventRecord> e : events) r.add(e.stream().anyMatch(x -> x.factuality() == Factuality.ASSERTED));
        return r;
    }

    /** IndiaPoliceEvents sentences with no police action in which an asserted police event is coded. */
    static Ratio policeEvents(List<IndiaPoliceSuite.Doc> docs, List<List<EventRecord>> events) {
        Ratio r = new Ratio();
        for (int i = 0; i < docs.size(); i++) {
            for (IndiaPoliceSuite.Sentence s : docs.get(i).sentences()) {
                if (s.start() < 0 || s.labels().contains("ANY_ACTION")) continue;
                r.add(events.get(i).stream().anyMatch(e -> IndiaPoliceSuite.labels(e).contains("ANY_ACTION") && IndiaPoliceSuite.toldIn(e, s)));
            }
        }
        return r;
    }

    static SuiteResult score(Ratio petrarch, Ratio coders, Ratio police, double seconds) {
        Ratio all = new Ratio();
        for (Ratio r : List.of(petrarch, coders, police)) all.add(r);
        // Each set weighs the same: the police set has thousands of sentences and judges police events only.
        double mean = (petrarch.value() + coders.value() + police.value()) / 3;
        List<Metric> m = new ArrayList<>();
        m.add(new Metric("false_event_rate", mean, all.total(), "the mean of the three sets' rates of texts that must give no event in which one is asserted (lower is better)"));
        m.add(new Metric("false_event_rate_petrarch2", petrarch.value(), petrarch.total(), "PETRARCH2 noevents records (validation and unit-test sentences) with an asserted event"));
        m.add(new Metric("false_event_rate_coders", coders.value(), coders.total(), "CAMEO-coder news sentences no coder coded, with an asserted event"));
        m.add(new Metric("false_police_event_rate", police.value(), police.total(),
                "IndiaPoliceEvents sentences with no police action (first " + POLICE_ARTICLES + " articles) with an asserted police event"));
        String summary = String.format(Locale.ROOT, "non-events: false-event rate %.3f (mean of three sets) on %d texts that must give none (PETRARCH2 %.3f of %d, coders %.3f of %d, police %.3f of %d)",
                mean, all.total(), petrarch.value(), petrarch.total(), coders.value(), coders.total(), police.value(), police.total());
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("set", "texts", "with an asserted event", "rate"));
        String[] names = {"PETRARCH2 noevents", "CAMEO coders: no coder coded", "IndiaPoliceEvents: no police action", "all"};
        Ratio[] sets = {petrarch, coders, police, all};
        for (int i = 0; i < sets.length; i++) {
            table.add(List.of(names[i], String.valueOf(sets[i].total()), String.valueOf(sets[i].hits()), LabelScores.f(sets[i].value())));
        }
        return new SuiteResult("non-events", m, table, summary, all.total(), seconds,
                "PETRARCH2's noevents records are few (31) and were written to test its own parser; the coders' set is training rounds; "
                        + "IndiaPoliceEvents judges police events only, so a non-police event there is not counted.");
    }
}
