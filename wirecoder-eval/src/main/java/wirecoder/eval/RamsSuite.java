package wirecoder.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import wirecoder.Extractor;
import wirecoder.data.TsvTable;
import wirecoder.model.ActorRef;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * RAMS 1.0 (real news, one annotated event per 5-sentence window): given where the gold trigger is, do the event
 * Wirecoder codes there and its actor, recipient and place cover the gold arguments? Roles map to PLOVER sides by
 * /eval/rams-roles.tsv; an argument matches when its head word (the span's last token) lies inside Wirecoder's span,
 * or Wirecoder's last token inside the gold span. Tune on dev.jsonlines, report test.jsonlines.
 */
public final class RamsSuite implements Suite {

    /** The PLOVER side a RAMS role maps to. */
    enum Side { ACTOR, RECIPIENT, EITHER, PLACE }

    record Arg(int start, int end, String role) {
    }

    /** One example: tokens with character offsets into {@code text}, the trigger's tokens and the gold arguments. */
    record Gold(String text, int[] tokenStart, int[] tokenEnd, int[] sentenceOf, String type, int triggerFirst, int triggerLast,
                List<Arg> args) {
    }

    private final Map<String, Map<String, Side>> roles = loadRoles();
    private final String name;
    private final String split;

    /** The reported suite: RAMS test. */
    public RamsSuite() {
        this("rams", "test");
    }

    /** {@code split}: "test" to report, "dev" to tune on. */
    public RamsSuite(String name, String split) {
        this.name = name;
        this.split = split;
    }

    @Override
    public String name() { return name; }

    @Override
    public Path defaultData(Path sharedEval) { return sharedEval.resolve("rams/" + split + ".jsonlines"); }

    @Override
    public String published() {
        return "RAMS paper (Ebner et al., ACL 2020, supervised): argument linking F1 68.1 given gold argument spans, 73.2 with gold "
                + "event types too (an easier task: Wirecoder finds its own spans, and only the roles PLOVER has are scored)";
    }

    private static Map<String, Map<String, Side>> loadRoles() {
        Map<String, Map<String, Side>> out = new HashMap<>();
        for (TsvTable.Row r : TsvTable.resource("/eval/rams-roles.tsv", List.of("type", "role", "side")).rows()) {
            Side side;
            try {
                side = Side.valueOf(r.required("side").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.fail("side must be actor, recipient, either or place");
            }
            out.computeIfAbsent(r.required("type"), k -> new HashMap<>()).put(r.required("role"), side);
        }
        return out;
    }

    /** The roles of a RAMS type ("conflict.attack.firearmattack") by its mapped prefix, or null when not scored. */
    Map<String, Side> rolesOf(String type) {
        String[] p = type.split("\\.");
        return p.length < 2 ? null : roles.get(p[0] + "." + p[1]);
    }

    static List<Gold> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Gold> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                List<String> words = new ArrayList<>();
                List<Integer> sentence = new ArrayList<>();
                int si = 0;
                for (JsonNode s : n.path("sentences")) {
                    for (JsonNode w : s) {
                        words.add(w.asText());
                        sentence.add(si);
                    }
                    si++;
                }
                StringBuilder text = new StringBuilder();
                int[] start = new int[words.size()];
                int[] end = new int[words.size()];
                int[] sent = new int[words.size()];
                for (int i = 0; i < words.size(); i++) {
                    if (i > 0) text.append(' ');
                    start[i] = text.length();
                    text.append(words.get(i));
                    end[i] = text.length();
                    sent[i] = sentence.get(i);
                }
                JsonNode trig = n.path("evt_triggers").path(0);
                String type = trig.path(2).path(0).path(0).asText();
                List<Arg> args = new ArrayList<>();
                for (JsonNode link : n.path("gold_evt_links")) {
                    String role = link.path(2).asText().replaceFirst("^evt\\d+arg\\d+", "");
                    args.add(new Arg(link.path(1).path(0).asInt(), link.path(1).path(1).asInt(), role));
                }
                out.add(new Gold(text.toString(), start, end, sent, type, trig.path(0).asInt(), trig.path(1).asInt(), args));
            }
        }
        return out;
    }

    @Override
    public SuiteResult run(Extractor extractor, Path data, int limit) throws IOException {
        List<Gold> gold = new ArrayList<>();
        for (Gold g : read(data)) if (rolesOf(g.type()) != null) gold.add(g);
        gold = Extraction.sample(gold, limit);
        Extraction x = Extraction.of(extractor, gold, (i, g) -> Article.of("rams-" + i, null, g.text()));
        return score(gold, x.events(), x.seconds());
    }

    /** The event coded at the gold trigger: one whose trigger (or a mention's) overlaps it, else the nearest in its sentence. */
    static Optional<EventRecord> at(Gold g, List<EventRecord> events) {
        int from = g.tokenStart()[g.triggerFirst()];
        int to = g.tokenEnd()[g.triggerLast()];
        EventRecord nearest = null;
        int best = Integer.MAX_VALUE;
        int sentence = g.sentenceOf()[g.triggerFirst()];
        for (EventRecord e : events) {
            // The mentions hold the event's own trigger first.
            for (var m : e.mentions()) if (m.trigger().start() < to && from < m.trigger().end()) return Optional.of(e);
            int tok = tokenAt(g, e.trigger().start());
            if (tok < 0 || g.sentenceOf()[tok] != sentence) continue;
            int d = Math.abs(e.trigger().start() - from);
            if (d < best) {
                best = d;
                nearest = e;
            }
        }
        return Optional.ofNullable(nearest);
    }

    private static int tokenAt(Gold g, int offset) {
        for (int i = 0; i < g.tokenStart().length; i++) if (g.tokenStart()[i] <= offset && offset < g.tokenEnd()[i] + 1) return i;
        return -1;
    }

    /** Head-word match: the gold span's last token inside ours, or our last character inside the gold span. */
    static boolean matches(Gold g, Arg a, int start, int end) {
        int head = g.tokenStart()[a.end()];
        if (start <= head && head < end) return true;
        int ourLast = end - 1;
        return g.tokenStart()[a.start()] <= ourLast && ourLast < g.tokenEnd()[a.end()];
    }

    SuiteResult score(List<Gold> gold, List<List<EventRecord>> predicted, double seconds) {
        Map<Side, SetScores> bySide = new HashMap<>();
        for (Side s : Side.values()) bySide.put(s, new SetScores());
        SetScores all = new SetScores();
        Ratio found = new Ratio();
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            Map<String, Side> map = rolesOf(g.type());
            Optional<EventRecord> e = at(g, predicted.get(i));
            found.add(e.isPresent());
            for (Side side : Side.values()) {
                if (!map.containsValue(side)) continue;
                List<int[]> ours = new ArrayList<>();
                if (e.isPresent()) {
                    EventRecord r = e.get();
                    List<ActorRef> refs = new ArrayList<>();
                    if (side == Side.ACTOR || side == Side.EITHER) refs.addAll(r.actor());
                    if (side == Side.RECIPIENT || side == Side.EITHER) refs.addAll(r.recipient());
                    for (ActorRef a : refs) ours.add(new int[] {a.start(), a.end()});
                    if (side == Side.PLACE && r.location() != null && r.location().end() > r.location().start()) {
                        ours.add(new int[] {r.location().start(), r.location().end()});
                    }
                }
                List<Arg> golds = g.args().stream().filter(a -> map.get(a.role()) == side).toList();
                boolean[] used = new boolean[ours.size()];
                int matched = 0;
                for (Arg a : golds) {
                    for (int k = 0; k < ours.size(); k++) {
                        if (!used[k] && matches(g, a, ours.get(k)[0], ours.get(k)[1])) {
                            used[k] = true;
                            matched++;
                            break;
                        }
                    }
                }
                bySide.get(side).add(matched, ours.size(), golds.size());
                all.add(matched, ours.size(), golds.size());
            }
        }
        List<Metric> m = new ArrayList<>();
        m.add(new Metric("argument_f1", all.f1(), all.gold(), "F1 of actor, recipient and place spans against the gold arguments PLOVER has a side for (head-word match)"));
        m.add(new Metric("argument_precision", all.precision(), all.predicted(), "share of Wirecoder's sides that match a gold argument"));
        m.add(new Metric("argument_recall", all.recall(), all.gold(), "share of gold arguments matched"));
        m.add(new Metric("actor_f1", bySide.get(Side.ACTOR).f1(), bySide.get(Side.ACTOR).gold(), "attacker, killer, jailer, communicator ... as the event's actor"));
        m.add(new Metric("recipient_f1", bySide.get(Side.RECIPIENT).f1(), bySide.get(Side.RECIPIENT).gold(), "target, victim, detainee, recipient ... as the event's recipient"));
        m.add(new Metric("participant_f1", bySide.get(Side.EITHER).f1(), bySide.get(Side.EITHER).gold(), "participants of meetings, talks and agreements as either side"));
        m.add(new Metric("place_f1", bySide.get(Side.PLACE).f1(), bySide.get(Side.PLACE).gold(), "the gold place as the event's location span"));
        m.add(new Metric("event_found", found.value(), found.total(), "an event is coded at the gold trigger or in its sentence"));
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("side", "gold", "precision", "recall", "F1"));
        for (Side s : Side.values()) {
            SetScores x = bySide.get(s);
            table.add(List.of(s.name().toLowerCase(Locale.ROOT), Integer.toString(x.gold()), LabelScores.f(x.precision()),
                    LabelScores.f(x.recall()), LabelScores.f(x.f1())));
        }
        String summary = String.format(Locale.ROOT, "%s: %d examples, argument F1 %.3f (P %.3f, R %.3f), actor %.3f, recipient %.3f, place %.3f, event found %.3f, %.1f examples/s",
                name, gold.size(), all.f1(), all.precision(), all.recall(), bySide.get(Side.ACTOR).f1(), bySide.get(Side.RECIPIENT).f1(),
                bySide.get(Side.PLACE).f1(), found.value(), seconds == 0 ? 0 : gold.size() / seconds);
        return new SuiteResult(name, m, table, summary, gold.size(), seconds,
                "RAMS marks one event per window and the closest span for each role, often in another sentence; Wirecoder names "
                        + "sides only inside the event's sentence (and pronouns resolved to an earlier name keep the pronoun's span), "
                        + "and codes no event where PLOVER has no type or its lexicon has no trigger.");
    }
}
