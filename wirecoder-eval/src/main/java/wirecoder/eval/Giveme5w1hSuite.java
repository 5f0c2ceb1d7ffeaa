package wirecoder.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import wirecoder.Extractor;
import wirecoder.model.ActorRef;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;
import wirecoder.model.ExtractionResult;
import wirecoder.model.Factuality;
import wirecoder.model.Lead;
import wirecoder.model.TimeRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Giveme5W1H gold (news articles with who/when/where of their main event): the article's lead event (the
 * first asserted event, else the first event) is compared with the coders' when and where, and the article's lead
 * (who the news is about, event or not: {@link wirecoder.lead.LeadFinder}) with their who.
 */
public final class Giveme5w1hSuite implements Suite {

    @Override
    public String name() { return "giveme5w1h"; }

    @Override
    public Path defaultData(Path sharedEval) { return sharedEval.resolve("giveme5w1h-gold/data"); }

    @Override
    public String published() {
        return "Giveme5W1H: precision 0.73 overall, 0.82 for who/what/when/where, judged by three assessors (Hamborg et al. 2019; not the same measure)";
    }

    /** One article: its text, publication day, and the coders' answers (with at least one coder). */
    record Gold(String text, LocalDate published, List<String> when, List<String> where, List<String> who) {
    }

    static List<Gold> read(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Gold> out = new ArrayList<>();
        for (Path f : files) {
            JsonNode n = json.readTree(f.toFile());
            String text = Stream.of("title", "description", "text").map(k -> n.path(k).asText(""))
                    .filter(x -> !x.isBlank()).reduce((a, b) -> a + "\n\n" + b).orElse("");
            if (text.isBlank()) continue;
            String pub = n.path("date_publish").asText("");
            LocalDate published = pub.length() >= 10 ? LocalDate.parse(pub.substring(0, 10)) : null;
            JsonNode w = n.path("fiveWoneH");
            List<String> when = new ArrayList<>();
            for (JsonNode a : w.path("when").path("annotated")) {
                if (a.path("coderPhraseCount").asInt() > 0 && a.has("parsed")) when.add(a.get("parsed").asText().substring(0, 10));
            }
            out.add(new Gold(text, published, when, answers(w.path("where")), answers(w.path("who"))));
        }
        return out;
    }

    private static List<String> answers(JsonNode field) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : field.path("annotated")) {
            if (a.path("coderPhraseCount").asInt() > 0 && !a.path("text").asText("").isBlank()) out.add(a.get("text").asText());
        }
        return out;
    }

    @Override
    public SuiteResult run(Extractor extractor, Path data, int limit) throws IOException {
        List<Gold> gold = Extraction.sample(read(data), limit);
        Extraction x = Extraction.of(extractor, gold, (i, g) -> Article.of("5w1h-" + i, g.published(), g.text()));
        return score(gold, x.events(), x.results().stream().map(ExtractionResult::lead).toList(), x.seconds());
    }

    static Optional<EventRecord> lead(List<EventRecord> events) {
        Comparator<EventRecord> order = Comparator.comparingInt(EventRecord::sentence).thenComparingInt(EventRecord::depth);
        Optional<EventRecord> asserted = events.stream().filter(e -> e.factuality() == Factuality.ASSERTED).min(order);
        return asserted.isPresent() ? asserted : events.stream().min(order);
    }

    /** {@code leads}: each article's lead (null where none), whose "who" answers the coders' who. */
    static SuiteResult score(List<Gold> gold, List<List<EventRecord>> predicted, List<Lead> leads, double seconds) {
        Ratio when = new Ratio();
        Ratio whenBaseline = new Ratio();
        Ratio where = new Ratio();
        Ratio who = new Ratio();
        Ratio whoEvent = new Ratio();
        Ratio found = new Ratio();
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            Optional<EventRecord> e = lead(predicted.get(i));
            found.add(e.isPresent());
            if (!g.when().isEmpty()) {
                // The lead's date (its event's, its sentence's time, else the publication day by the lead's
                // convention); without a lead, the lead event's.
                Lead lead = leads.get(i);
                TimeRef date = lead != null && lead.date() != null ? lead.date() : e.map(EventRecord::date).orElse(null);
                String day = date == null ? null : date.value();
                when.add(day != null && day.length() == 10 && g.when().contains(day));
                whenBaseline.add(g.published() != null && g.when().contains(g.published().toString()));
            }
            if (!g.where().isEmpty()) {
                // The place as written and as resolved ("Britain" / "United Kingdom"), as for who.
                List<String> place = e.map(EventRecord::location).map(p -> List.of(p.text(), p.name())).orElse(List.of());
                where.add(!place.isEmpty() && overlaps(place, g.where()));
            }
            if (!g.who().isEmpty()) {
                List<String> ours = new ArrayList<>();
                e.ifPresent(x -> {
                    for (ActorRef a : x.actor()) {
                        ours.add(a.name());
                        ours.add(a.text());
                    }
                });
                whoEvent.add(!ours.isEmpty() && overlaps(ours, g.who()));
                Lead lead = leads.get(i);
                who.add(lead != null && overlaps(List.of(lead.who().name(), lead.who().text()), g.who()));
            }
        }
        List<Metric> m = new ArrayList<>();
        m.add(new Metric("when_exact_day", when.value(), when.total(), "the article lead's date (its event's, a time in its sentence, else the publication day by the news lead's convention) is a day the coders gave"));
        m.add(new Metric("when_publication_baseline", whenBaseline.value(), whenBaseline.total(), "for comparison: the publication day is a day the coders gave"));
        m.add(new Metric("where_overlap", where.value(), where.total(), "the lead event's place, as written or as resolved, shares a word (3+ letters) with a coders' where"));
        m.add(new Metric("who_overlap", who.value(), who.total(), "the article lead's who (name or text) shares a word (3+ letters) with a coders' who"));
        m.add(new Metric("who_event_actor", whoEvent.value(), whoEvent.total(), "for comparison: a lead PLOVER event's actor shares a word with a coders' who"));
        m.add(new Metric("event_found", found.value(), found.total(), "the article has at least one event"));
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("question", "articles", "hit"));
        table.add(List.of("when", Integer.toString(when.total()), PloverGsrSuite.f(when.value())));
        table.add(List.of("where", Integer.toString(where.total()), PloverGsrSuite.f(where.value())));
        table.add(List.of("who", Integer.toString(who.total()), PloverGsrSuite.f(who.value())));
        String summary = String.format("giveme5w1h: %d articles, when %.3f (publication-day baseline %.3f), where %.3f, who %.3f, %.1f articles/s",
                gold.size(), when.value(), whenBaseline.value(), where.value(), who.value(), seconds == 0 ? 0 : gold.size() / seconds);
        return new SuiteResult("giveme5w1h", m, table, summary, gold.size(), seconds,
                "Many articles are not about political events (sport, accidents, business), where no PLOVER event is the main one "
                        + "(the article lead's who does not need one; the lead event's actor, who_event_actor, does); "
                        + "the lead's date falls back on the publication day only as a news lead's convention (an event later in an article never gets it); "
                        + "'where' is scored by shared words, so a place resolved to its GeoNames name ('Al Hudaydah' for 'Hodeidah') "
                        + "counts only through the words as written.");
    }

    static boolean overlaps(List<String> ours, List<String> gold) {
        for (String o : ours) {
            for (String w : o.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() < 3) continue;
                for (String g : gold) {
                    for (String x : g.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (x.equals(w)) return true;
                }
            }
        }
        return false;
    }
}
