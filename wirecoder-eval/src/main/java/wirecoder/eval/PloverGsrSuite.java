package wirecoder.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import wirecoder.Extractor;
import wirecoder.model.ActorRef;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;
import wirecoder.ontology.Ontology;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PLOVER gold-standard records (322 CAMEO-manual sentences, one coded event each). Each sentence is one
 * article; the prediction is the sentence's main-clause event.
 */
public final class PloverGsrSuite implements Suite {

    /** PLOVER 0.5 names in the gold file and their 0.8 successors. */
    static final Map<String, String> V05 = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE",
            "FIGHT", "ASSAULT");

    @Override
    public String name() { return "plover-gsr"; }

    @Override
    public Path defaultData(Path sharedEval) { return sharedEval.resolve("plover-gsr/PLOVER_GSR_CAMEO.json"); }

    @Override
    public String published() { return "no published figure for a rule-based coder; NGEC's production classifiers are unpublished"; }

    /** One gold record as the scorer needs it. */
    record Gold(String text, String type, String mode, Set<String> actorCodes, Set<String> actorSectors,
                Set<String> recipientCodes, Set<String> recipientSectors, Long dead, Long injured) {
    }

    static List<Gold> read(Path file) throws IOException {
        JsonNode all = new ObjectMapper().readTree(file.toFile());
        List<Gold> out = new ArrayList<>();
        for (JsonNode n : all) {
            if (!n.has("event") || !n.has("text")) continue;
            String type = n.get("event").asText();
            type = V05.getOrDefault(type, type);
            String mode = n.has("mode") ? n.get("mode").asText("") : "";
            out.add(new Gold(n.get("text").asText(), type, mode, field(n.get("source"), "code"), field(n.get("source"), "sector"),
                    field(n.get("target"), "code"), field(n.get("target"), "sector"), number(n.get("dead")), number(n.get("injured"))));
        }
        return out;
    }

    private static Set<String> field(JsonNode actors, String f) {
        Set<String> out = new HashSet<>();
        if (actors == null || !actors.isArray()) return out;
        for (JsonNode a : actors) {
            if (!a.has(f) || a.get(f).asText().isBlank()) continue;
            String v = a.get(f).asText().trim();
            out.add(f.equals("code") ? OLD_CODES.getOrDefault(v, v) : v);
        }
        return out;
    }

    /** CAMEO country codes in the gold that ISO 3166 writes otherwise (CAMEO's JAP is ISO's JPN). */
    static final Map<String, String> OLD_CODES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

    /**
     * The code an actor compares with the gold's: its country, or "IGO"/"NGO" for an organisation of that sector,
     * as the gold codes the United Nations or the European Community "IGO" where Wirecoder writes "UN" or "EU".
     */
    static String code(ActorRef a) {
        if ("IGO".equals(a.sector()) || "NGO".equals(a.sector())) return a.sector();
        return a.country();
    }

    private static Long number(JsonNode n) {
        if (n == null || n.isNull()) return null;
        try {
            return Long.parseLong(n.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public SuiteResult run(Extractor extractor, Path data, int limit) throws IOException {
        List<Gold> gold = Extraction.sample(read(data), limit);
        Extraction x = Extraction.of(extractor, gold, (i, g) -> Article.of("gsr-" + i, LocalDate.of(2000, 1, 1), g.text()));
        return score(gold, x.events(), x.seconds());
    }

    /** The arithmetic, separate from extraction so that it can be tested on hand-made gold. */
    static SuiteResult score(List<Gold> gold, List<List<EventRecord>> predicted, double seconds) {
        LabelScores types = new LabelScores();
        Ratio any = new Ratio();
        Ratio mode = new Ratio();
        Ratio actorCountry = new Ratio();
        Ratio actorSector = new Ratio();
        Ratio recipientCountry = new Ratio();
        Ratio recipientSector = new Ratio();
        Ratio dead = new Ratio();
        Ratio injured = new Ratio();
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            List<EventRecord> events = predicted.get(i);
            Optional<EventRecord> p = Primary.of(events);
            types.add(g.type(), p.map(EventRecord::eventType).orElse(null));
            any.add(events.stream().anyMatch(e -> e.eventType().equals(g.type())));
            if (!g.mode().isEmpty() && p.isPresent() && p.get().eventType().equals(g.type())) {
                mode.add(g.mode().equals(p.get().mode()));
            }
            List<ActorRef> actors = p.map(EventRecord::actor).orElse(List.of());
            List<ActorRef> recipients = p.map(EventRecord::recipient).orElse(List.of());
            if (!g.actorCodes().isEmpty()) actorCountry.add(actors.stream().anyMatch(a -> g.actorCodes().contains(code(a))));
            if (!g.actorSectors().isEmpty()) actorSector.add(actors.stream().anyMatch(a -> g.actorSectors().contains(a.sector())));
            if (!g.recipientCodes().isEmpty()) {
                recipientCountry.add(recipients.stream().anyMatch(a -> g.recipientCodes().contains(code(a))));
            }
            if (!g.recipientSectors().isEmpty()) {
                recipientSector.add(recipients.stream().anyMatch(a -> g.recipientSectors().contains(a.sector())));
            }
            if (g.dead() != null) dead.add(events.stream().anyMatch(e -> g.dead().equals(e.size().dead())));
            if (g.injured() != null) injured.add(events.stream().anyMatch(e -> g.injured().equals(e.size().injured())));
        }
        List<Metric> m = new ArrayList<>();
        m.add(new Metric("type_macro_f1", types.macroF1(), types.items(), "event type F1 of the main-clause event, averaged over the 16 PLOVER types"));
        m.add(new Metric("type_accuracy", types.accuracy(), types.items(), "main-clause event type equals the gold type"));
        m.add(new Metric("type_any_recall", any.value(), any.total(), "the gold type is among all events found in the sentence"));
        m.add(new Metric("mode_accuracy", mode.value(), mode.total(), "mode equals the gold mode, where the gold has one and the type is right"));
        m.add(new Metric("actor_country_accuracy", actorCountry.value(), actorCountry.total(), "an actor's country is a gold source code"));
        m.add(new Metric("actor_sector_accuracy", actorSector.value(), actorSector.total(), "an actor's sector is a gold source sector"));
        m.add(new Metric("recipient_country_accuracy", recipientCountry.value(), recipientCountry.total(), "a recipient's country is a gold target code"));
        m.add(new Metric("recipient_sector_accuracy", recipientSector.value(), recipientSector.total(), "a recipient's sector is a gold target sector"));
        m.add(new Metric("dead_exact", dead.value(), dead.total(), "an event of the sentence has exactly the gold dead count"));
        m.add(new Metric("injured_exact", injured.value(), injured.total(), "an event of the sentence has exactly the gold injured count"));
        List<List<String>> table = types.table("type", Ontology.PLOVER_TYPES);
        String summary = String.format("plover-gsr: %d sentences, type macro-F1 %.3f, accuracy %.3f, actor country %.3f, %.1f sentences/s",
                types.items(), types.macroF1(), types.accuracy(), actorCountry.value(), seconds == 0 ? 0 : types.items() / seconds);
        return new SuiteResult("plover-gsr", m, table, summary, types.items(), seconds,
                "Sentences are edited CAMEO-manual examples, many hypothetical or out of news register; one gold event per "
                        + "sentence, so a second true event in the sentence cannot score; gold modes use PLOVER 0.5 names.");
    }

    static String f(double v) { return LabelScores.f(v); }
}
