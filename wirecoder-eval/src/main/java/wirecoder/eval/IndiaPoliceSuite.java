package wirecoder.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import wirecoder.Extractor;
import wirecoder.model.ActorRef;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;
import wirecoder.model.Factuality;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IndiaPoliceEvents (Halterman et al., Findings of ACL 2021): every sentence of 1,257 Times of India articles on
 * Gujarat in March 2002, labelled with what police did. Each article is coded whole; a sentence is predicted KILL,
 * ARREST or FORCE when an asserted event whose trigger lies in it has police as its actor and the type the label asks
 * for. A keyword baseline is measured on the same sentences in the same run.
 */
public final class IndiaPoliceSuite implements Suite {

    static final List<String> LABELS = List.of("KILL", "ARREST", "FORCE", "ANY_ACTION");

    @Override
    public String name() { return "india-police"; }

    @Override
    public Path defaultData(Path sharedEval) { return sharedEval.resolve("india-police-events"); }

    @Override
    public String published() {
        return "the paper's zero-shot baselines (RoBERTa-MNLI, ELECTRA-MSMARCO, keywords; Halterman et al. 2021) are on the same "
                + "sentence labels; their table is not copied here, so the keyword baseline beside our figures is measured in this run";
    }

    record Sentence(int start, int end, String text, Set<String> labels) {
    }

    record Doc(String id, LocalDate date, String text, List<Sentence> sentences) {
    }

    static List<Doc> read(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<Integer, List<JsonNode>> sentences = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("sents.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                sentences.computeIfAbsent(n.path("doc_id").asInt(), k -> new ArrayList<>()).add(n);
            }
        }
        List<Doc> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("metadata.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                int id = n.path("doc_id").asInt();
                String text = n.path("full_text").asText("");
                String date = n.path("date").asText("");
                List<Sentence> ss = new ArrayList<>();
                int pos = 0;
                for (JsonNode s : sentences.getOrDefault(id, List.of())) {
                    String st = s.path("sent_text").asText("").strip();
                    Set<String> labels = new HashSet<>();
                    for (JsonNode l : s.path("sent_labels")) labels.add(l.asText());
                    int at = st.isEmpty() ? -1 : text.indexOf(st, pos);
                    // A sentence the text does not hold (none in the released data) still counts, as never predicted.
                    if (at < 0) {
                        ss.add(new Sentence(-1, -1, st, labels));
                        continue;
                    }
                    ss.add(new Sentence(at, at + st.length(), st, labels));
                    pos = at + st.length();
                }
                out.add(new Doc("ipe-" + id, date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null, text, ss));
            }
        }
        return out;
    }

    @Override
    public SuiteResult run(Extractor extractor, Path data, int limit) throws IOException {
        List<Doc> docs = Extraction.sample(read(data), limit);
        Extraction x = Extraction.of(extractor, docs, (i, d) -> Article.of(d.id(), d.date(), d.text()));
        return score(docs, x.events(), x.seconds());
    }

    /** Whether the event is told in the sentence: an incident told in several sentences is in each (its mentions). */
    static boolean toldIn(EventRecord e, Sentence s) {
        return s.start() >= 0 && e.mentions().stream().anyMatch(m -> s.start() <= m.trigger().start() && m.trigger().start() < s.end());
    }

    /** Whether police act in the event: an actor of the police sector, or named as police. */
    static boolean byPolice(EventRecord e) {
        for (ActorRef a : e.actor()) {
            if ("COP".equals(a.sector()) || a.name().toLowerCase(Locale.ROOT).contains("police")) return true;
        }
        return false;
    }

    /** The labels an asserted police event answers yes to. */
    static Set<String> labels(EventRecord e) {
        Set<String> out = new HashSet<>();
        if (e.factuality() != Factuality.ASSERTED || !byPolice(e)) return out;
        out.add("ANY_ACTION");
        boolean killed = e.size().dead() != null && e.size().dead() > 0;
        if (e.eventType().equals("ASSAULT")) {
            out.add("FORCE");
            if (killed) out.add("KILL");
        }
        if (e.eventType().equals("COERCE") && ("arrest".equals(e.mode()) || e.cameo().startsWith("173"))) out.add("ARREST");
        return out;
    }

    private static final Pattern POLICE = Pattern.compile("\\b(police|policemen|cops?|constables?)\\b");
    private static final Map<String, Pattern> KEYWORDS = Map.of(
            "KILL", Pattern.compile("\\b(killed|shot dead|died|death|dead)\\b"),
            "ARREST", Pattern.compile("\\b(arrest\\w*|detain\\w*|custody|rounded up|held)\\b"),
            "FORCE", Pattern.compile("\\b(fir(e|ed|ing)|lathi\\w*|tear ?gas|cane-?charg\\w*|baton|beat\\w*|killed|shot)\\b"),
            "ANY_ACTION", Pattern.compile("\\b(arrest\\w*|detain\\w*|fir(e|ed|ing)|lathi\\w*|tear ?gas|patrol\\w*|deploy\\w*|raid\\w*|registered|killed|shot)\\b"));

    /** The keyword baseline: "police" and a word of the label in one sentence. */
    static Set<String> keywordLabels(String sentence) {
        Set<String> out = new HashSet<>();
        String s = sentence.toLowerCase(Locale.ROOT);
        if (!POLICE.matcher(s).find()) return out;
        for (Map.Entry<String, Pattern> k : KEYWORDS.entrySet()) if (k.getValue().matcher(s).find()) out.add(k.getKey());
        return out;
    }

    static SuiteResult score(List<Doc> docs, List<List<EventRecord>> predicted, double seconds) {
        Map<String, SetScores> ours = new LinkedHashMap<>();
        Map<String, SetScores> keywords = new LinkedHashMap<>();
        for (String l : LABELS) {
            ours.put(l, new SetScores());
            keywords.put(l, new SetScores());
        }
        int sentences = 0;
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            for (Sentence s : d.sentences()) {
                sentences++;
                Set<String> mine = new HashSet<>();
                for (EventRecord e : predicted.get(i)) {
                    if (toldIn(e, s)) mine.addAll(labels(e));
                }
                Set<String> kw = keywordLabels(s.text());
                for (String l : LABELS) {
                    boolean gold = s.labels().contains(l);
                    ours.get(l).add(mine.contains(l) && gold ? 1 : 0, mine.contains(l) ? 1 : 0, gold ? 1 : 0);
                    keywords.get(l).add(kw.contains(l) && gold ? 1 : 0, kw.contains(l) ? 1 : 0, gold ? 1 : 0);
                }
            }
        }
        List<Metric> m = new ArrayList<>();
        for (String l : LABELS) {
            String key = l.toLowerCase(Locale.ROOT);
            SetScores o = ours.get(l);
            m.add(new Metric(key + "_f1", o.f1(), o.gold(), "sentence F1 for police " + key.replace('_', ' ') + " (gold sentences as n)"));
            m.add(new Metric(key + "_precision", o.precision(), o.predicted(), "share of sentences predicted " + l + " that are"));
            m.add(new Metric(key + "_recall", o.recall(), o.gold(), "share of " + l + " sentences predicted"));
            m.add(new Metric(key + "_f1_keywords", keywords.get(l).f1(), keywords.get(l).gold(),
                    "the keyword baseline's F1 on the same sentences (\"police\" and a word of the label)"));
        }
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("label", "gold", "precision", "recall", "F1", "keywords F1"));
        for (String l : LABELS) {
            SetScores o = ours.get(l);
            table.add(List.of(l, Integer.toString(o.gold()), LabelScores.f(o.precision()), LabelScores.f(o.recall()), LabelScores.f(o.f1()),
                    LabelScores.f(keywords.get(l).f1())));
        }
        String summary = String.format(Locale.ROOT, "india-police: %d articles, %d sentences, F1 kill %.3f, arrest %.3f, force %.3f, any action %.3f "
                        + "(keywords: %.3f, %.3f, %.3f, %.3f), %.1f articles/s", docs.size(), sentences, ours.get("KILL").f1(),
                ours.get("ARREST").f1(), ours.get("FORCE").f1(), ours.get("ANY_ACTION").f1(), keywords.get("KILL").f1(),
                keywords.get("ARREST").f1(), keywords.get("FORCE").f1(), keywords.get("ANY_ACTION").f1(),
                seconds == 0 ? 0 : docs.size() / seconds);
        return new SuiteResult("india-police", m, table, summary, docs.size(), seconds,
                "Text is lower-cased with mojibake, so names and places are hard to tag; 'any action' also covers patrols, "
                        + "deployments and statements, which PLOVER codes only in part; an event is credited to the sentence of its trigger.");
    }
}
