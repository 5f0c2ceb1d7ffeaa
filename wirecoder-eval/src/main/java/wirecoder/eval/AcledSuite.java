package wirecoder.eval;

import wirecoder.Extractor;
import wirecoder.model.ActorRef;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;
import wirecoder.model.Factuality;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ACLED notes (the Middle East subset of the 2020 sample): each note is an article published the day after
 * its event; the event ACLED would code is compared with the gold event type, actor 1, fatalities, date
 * and country.
 */
public final class AcledSuite implements Suite {

    private static final DateTimeFormatter ACLED_DATE = DateTimeFormatter.ofPattern("d-MMM-yy", Locale.ENGLISH);
    private final AcledMapping mapping = new AcledMapping();

    @Override
    public String name() { return "acled"; }

    @Override
    public Path defaultData(Path sharedEval) { return sharedEval.resolve("acled-sample-2020/acled_middle_east_subset.csv"); }

    @Override
    public String published() { return "BERT on ACLED-derived text: event-type micro-F1 0.943-0.949 (Piskorski et al., COLING 2020; supervised)"; }

    /** One gold ACLED row as the scorer needs it. */
    record Gold(String notes, LocalDate date, String eventType, String actor1, Integer fatalities, String iso3,
                Double lat, Double lon, String inter1, String actor2, String inter2) {
        Gold(String notes, LocalDate date, String eventType, String actor1, Integer fatalities, String iso3) {
            this(notes, date, eventType, actor1, fatalities, iso3, null, null, "", "", "");
        }

        boolean fatalitiesUsable() {
            String n = notes.toLowerCase(Locale.ROOT);
            return fatalities != null && !n.contains("split") && !n.contains("estimat");
        }
    }

    static List<Gold> read(Path file) throws IOException {
        List<Gold> out = new ArrayList<>();
        for (Map<String, String> r : Csv.read(file, ',')) {
            String notes = r.getOrDefault("notes", "");
            if (notes.isBlank()) continue;
            Integer fat = null;
            try {
                fat = Integer.parseInt(r.getOrDefault("fatalities", "").trim());
            } catch (NumberFormatException ignored) {
                // a row without a figure is kept for the other metrics
            }
            out.add(new Gold(notes, LocalDate.parse(r.get("event_date"), ACLED_DATE), r.get("event_type"), r.get("actor1"), fat,
                    r.get("iso3"), Csv.decimal(r.get("latitude")), Csv.decimal(r.get("longitude")), r.getOrDefault("inter1", ""),
                    r.getOrDefault("actor2", ""), r.getOrDefault("inter2", "")));
        }
        return out;
    }

    @Override
    public SuiteResult run(Extractor extractor, Path data, int limit) throws IOException {
        List<Gold> gold = Extraction.sample(read(data), limit);
        Extraction x = Extraction.of(extractor, gold, (i, g) -> Article.of("acled-" + i, g.date().plusDays(1), g.notes()));
        return score(gold, x.events(), mapping, x.seconds());
    }

    static SuiteResult score(List<Gold> gold, List<List<EventRecord>> predicted, AcledMapping mapping, double seconds) {
        LabelScores types = new LabelScores();
        Ratio actor = new Ratio();
        Ratio fatalities = new Ratio();
        Ratio date = new Ratio();
        Ratio country = new Ratio();
        Ratio near = new Ratio();
        Ratio actor1Country = new Ratio();
        Ratio actor1Sector = new Ratio();
        Ratio actor2Country = new Ratio();
        Ratio actor2Sector = new Ratio();
        List<Double> km = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            List<EventRecord> events = predicted.get(i);
            Optional<EventRecord> e = mapping.codedEvent(events);
            types.add(g.eventType(), e.flatMap(mapping::map).map(AcledMapping.Acled::eventType).orElse(null));
            actor.add(e.isPresent() && actorMatches(e.get().actor(), g.actor1()));
            List<ActorRef> actors = e.filter(x -> x.factuality() == Factuality.ASSERTED).map(EventRecord::actor).orElse(List.of());
            List<ActorRef> recipients = e.filter(x -> x.factuality() == Factuality.ASSERTED).map(EventRecord::recipient).orElse(List.of());
            sides(g.actor1(), g.inter1(), actors, actor1Country, actor1Sector);
            sides(g.actor2(), g.inter2(), recipients, actor2Country, actor2Sector);
            if (g.fatalitiesUsable()) {
                long dead = 0;
                for (EventRecord x : events) {
                    if (x.factuality() == Factuality.ASSERTED && x.size().dead() != null) dead += x.size().dead();
                }
                fatalities.add(dead == g.fatalities());
            }
            date.add(e.isPresent() && e.get().date() != null && g.date().toString().equals(e.get().date().value()));
            country.add(e.isPresent() && e.get().location() != null && g.iso3().equals(e.get().location().country()));
            if (g.lat() != null && g.lon() != null) {
                var p = e.map(EventRecord::location).filter(x -> x.lat() != null).orElse(null);
                double d = p == null ? Double.POSITIVE_INFINITY : GeoSuite.km(p.lat(), p.lon(), g.lat(), g.lon());
                near.add(d <= 50);
                if (p != null) km.add(d);
            }
        }
        km.sort(null);
        List<Metric> m = new ArrayList<>();
        m.add(new Metric("event_type_accuracy", types.accuracy(), types.items(), "ACLED event type of the event ACLED would code (its acled field; diplomacy counted as strategic developments, eval/acled-case.tsv) equals the gold type"));
        m.add(new Metric("event_type_macro_f1", types.macroF1(), types.items(), "F1 per ACLED event type, averaged over the 6 types"));
        m.add(new Metric("actor1_match", actor.value(), actor.total(), "a word (4+ letters) of an actor's canonical name, or its country, occurs in the gold actor1"));
        m.add(new Metric("actor1_country", actor1Country.value(), actor1Country.total(), "where the gold actor1 names a country (\"Protesters (Lebanon)\", \"Military Forces of Syria (2000-)\"), an actor of the coded event, asserted, has that country"));
        m.add(new Metric("actor1_sector", actor1Sector.value(), actor1Sector.total(), "an actor of the coded event, asserted, has a sector of the gold actor1's ACLED type (inter1: state forces MIL/COP/GOV, rebels REB, militias REB/MIL, rioters and protesters CVL/OPP, civilians CVL)"));
        m.add(new Metric("actor2_country", actor2Country.value(), actor2Country.total(), "the same for the gold actor2 and the event's recipients"));
        m.add(new Metric("actor2_sector", actor2Sector.value(), actor2Sector.total(), "the same for the gold actor2 and the event's recipients"));
        m.add(new Metric("fatalities_exact", fatalities.value(), fatalities.total(), "dead of the asserted events add up to the gold fatalities (rows whose notes say split or estimated are skipped; 0 = 0)"));
        m.add(new Metric("date_exact", date.value(), date.total(), "the coded event's date equals the gold event date (notes published the day after)"));
        m.add(new Metric("location_country_accuracy", country.value(), country.total(), "the coded event's place lies in the gold country"));
        m.add(new Metric("location_within_50km", near.value(), near.total(), "the coded event's place lies within 50 km of the gold point (no place counts as a miss)"));
        m.add(new Metric("location_median_km", km.isEmpty() ? Double.NaN : km.get(km.size() / 2), km.size(), "median km from the gold point, over events placed on the map"));
        List<List<String>> table = types.table("ACLED event type", types.goldLabels());
        String summary = String.format("acled: %d notes, event type accuracy %.3f, actor1 %.3f, actor1 country %.3f, fatalities exact %.3f, date %.3f, %.1f notes/s",
                types.items(), types.accuracy(), actor.value(), actor1Country.value(), fatalities.value(), date.value(), seconds == 0 ? 0 : types.items() / seconds);
        return new SuiteResult("acled", m, table, summary, types.items(), seconds,
                "Notes are ACLED's own summaries, not news; 'Strategic developments' covers many kinds of event Wirecoder "
                        + "codes as PLOVER verbal types; actor matching is by words, ACLED names (\"Military Forces of Yemen "
                        + "(2016-) Supreme Political Council\") differ from ours. Places: most villages are missing from "
                        + "cities500 and take the point of the district or town the note puts them in, or none when it names none; "
                        + "a note names no country, so a homonym goes to its biggest namesake (Tripoli in Lebanon is read as Libya's).");
    }

    /** Country names and aliases of the actor tables, lower-cased, to their ISO alpha-3 code. */
    private static final Map<String, String> COUNTRY_NAMES = countryNames();

    private static Map<String, String> countryNames() {
        Map<String, String> out = new java.util.HashMap<>();
        for (var c : wirecoder.actors.ActorTable.load().countries()) {
            out.put(c.name().toLowerCase(Locale.ROOT), c.iso3());
            for (String a : c.aliases()) out.putIfAbsent(a.toLowerCase(Locale.ROOT), c.iso3());
        }
        return out;
    }

    private static final java.util.regex.Pattern ACLED_COUNTRY = java.util.regex.Pattern.compile(
            "\\(([^()]+)\\)|\\b(?:Forces|Government|Police) of ([A-Z][\\p{L} ]+?)(?: \\(|$)");

    /** The country an ACLED actor name gives: "Protesters (Lebanon)", "Military Forces of Syria (2000-)"; null if none. */
    static String acledCountry(String actor) {
        if (actor == null) return null;
        var m = ACLED_COUNTRY.matcher(actor);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String iso3 = COUNTRY_NAMES.get(name.trim().toLowerCase(Locale.ROOT));
            if (iso3 != null) return iso3;
        }
        return null;
    }

    /** The sectors that fit an ACLED actor type (inter code). */
    static final Map<String, List<String>> INTER_SECTORS = Map.of("1", List.of("MIL", "COP", "GOV", "SPY"), "2", List.of("REB"),
            "3", List.of("REB", "MIL", "PTY"), "4", List.of("REB", "CVL"), "5", List.of("CVL", "OPP"), "6", List.of("CVL", "OPP", "LAB", "EDU"),
            "7", List.of("CVL", "REF", "MED", "HLH", "EDU", "LAB"), "8", List.of("MIL", "GOV", "IGO"));

    private static void sides(String gold, String inter, List<ActorRef> side, Ratio country, Ratio sector) {
        String iso3 = acledCountry(gold);
        if (iso3 != null) country.add(side.stream().anyMatch(a -> iso3.equals(a.country())));
        List<String> sectors = INTER_SECTORS.get(inter == null ? "" : inter.trim());
        if (sectors != null && gold != null && !gold.isBlank()) sector.add(side.stream().anyMatch(a -> a.sector() != null && sectors.contains(a.sector())));
    }

    static boolean actorMatches(List<ActorRef> actors, String actor1) {
        String gold = actor1 == null ? "" : actor1.toLowerCase(Locale.ROOT);
        for (ActorRef a : actors) {
            for (String w : a.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                String stem = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
                if (stem.length() >= 4 && gold.contains(stem)) return true;
            }
        }
        return false;
    }
}
