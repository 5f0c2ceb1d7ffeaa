package wirecoder.eval;

import wirecoder.Extractor;
import wirecoder.model.Article;
import wirecoder.model.EventRecord;
import wirecoder.model.SetAside;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CASE 2021 task 2: fine-grained ACLED sub-event types of news snippets, macro-F1. */
public final class Case2021Suite implements Suite {

    /** The five labels that are not ACLED sub-event types ("unseen" in the task). */
    static final Set<String> UNSEEN = Set.of("MAN_MADE_DISASTER", "NATURAL_DISASTER", "ORG_CRIME", "DIPLO", "ATTRIB");
    private final AcledMapping mapping = new AcledMapping();

    @Override
    public String name() { return "case2021"; }

    @Override
    public Path defaultData(Path sharedEval) {
        return sharedEval.resolve("case2021-task2-finegrained/test_set_final_release_with_labels.tsv");
    }

    @Override
    public String published() { return "zero-shot best macro-F1 0.74 (CASE 2021 task 2, Radford)"; }

    record Gold(String text, String label) {
    }

    static List<Gold> read(Path file) throws IOException {
        List<Gold> out = new ArrayList<>();
        for (Map<String, String> r : Csv.read(file, '\t')) {
            if (r.get("EventSnippet") == null || r.get("EventSnippet").isBlank()) continue;
            out.add(new Gold(r.get("EventSnippet"), r.get("SubType").trim()));
        }
        return out;
    }

    @Override
    public SuiteResult run(Extractor extractor, Path data, int limit) throws IOException {
        List<Gold> gold = Extraction.sample(read(data), limit);
        Extraction x = Extraction.of(extractor, gold, (i, g) -> Article.of("case-" + i, LocalDate.of(2021, 1, 1), g.text()));
        return score(gold, x.events(), x.results().stream().map(r -> r.setAside()).toList(), mapping, x.seconds());
    }

    /** The CASE labels of texts with no event whose trigger the precision gate set aside as a disaster. */
    static final Map<String, String> SET_ASIDE_LABELS = Map.of("accident", "MAN_MADE_DISASTER", "natural-disaster", "NATURAL_DISASTER");

    static SuiteResult score(List<Gold> gold, List<List<EventRecord>> predicted, List<List<SetAside>> setAside, AcledMapping mapping,
                             double seconds) {
        LabelScores all = new LabelScores();
        LabelScores acled = new LabelScores();
        for (int i = 0; i < gold.size(); i++) {
            List<SetAside> aside = setAside.get(i);
            String label = mapping.codedEvent(predicted.get(i)).flatMap(mapping::map).map(AcledMapping.Acled::caseLabel)
                    .or(() -> aside.stream().map(a -> SET_ASIDE_LABELS.get(a.rule())).filter(java.util.Objects::nonNull).findFirst())
                    .orElse("OTHER");
            all.add(gold.get(i).label(), label);
            if (!UNSEEN.contains(gold.get(i).label())) acled.add(gold.get(i).label(), label);
        }
        List<Metric> m = new ArrayList<>();
        m.add(new Metric("subtype_macro_f1", all.macroF1(), all.items(), "F1 per gold label (25 ACLED sub-event types and 5 unseen types), averaged"));
        m.add(new Metric("subtype_macro_f1_acled", acled.macroF1(), acled.items(), "the same over snippets whose gold label is one of the 25 ACLED types"));
        m.add(new Metric("subtype_accuracy", all.accuracy(), all.items(), "predicted label equals the gold label"));
        List<List<String>> table = all.table("label", all.goldLabels());
        String summary = String.format("case2021: %d snippets, sub-event macro-F1 %.3f (ACLED types only %.3f), accuracy %.3f, %.1f snippets/s",
                all.items(), all.macroF1(), acled.macroF1(), all.accuracy(), seconds == 0 ? 0 : all.items() / seconds);
        return new SuiteResult("case2021", m, table, summary, all.items(), seconds,
                "No text without an event is labelled OTHER; a text whose only trigger the precision gate set aside as an "
                        + "accident or a natural disaster is labelled a man-made or natural disaster; organised crime and attribution have no PLOVER "
                        + "type and score 0; claims of responsibility are coded as the attack they claim; a chemical attack told over two sentences keeps the first sentence's weapon.");
    }
}
