package wirecoder.eval;

import wirecoder.model.Article;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Corpora of real news for the benchmarks, read from the shared gold data and never copied into the project. The ingest
 * benchmark's: the four geoparsing news corpora (TR-News, GeoWebNews, LGL, GeoVirus) and the CASE 2021 news snippets,
 * each snippet an article of its own. The throughput benchmark's ({@link #throughput}): whole news articles only.
 */
public final class BenchCorpus {

    private BenchCorpus() {
    }

    public static List<Article> articles(Path sharedEval) throws IOException {
        List<Article> out = new ArrayList<>();
        for (String corpus : List.of("trnews", "gwn", "lgl", "geovirus")) out.addAll(NewsCorpus.read(sharedEval, corpus));
        List<Case2021Suite.Gold> snippets = Case2021Suite.read(sharedEval.resolve(
                "case2021-task2-finegrained/test_set_final_release_with_labels.tsv"));
        for (int i = 0; i < snippets.size(); i++) {
            out.add(Article.of("case-" + i, LocalDate.of(2021, 1, 1), snippets.get(i).text()));
        }
        return out;
    }

    /**
     * The throughput benchmark's corpus, the one issue 16 names (about 2,300 whole articles): TR-News, GeoWebNews and LGL,
     * the Giveme5W1H gold articles and the IndiaPoliceEvents documents (Times of India stories).
     */
    public static List<Article> throughput(Path sharedEval) throws IOException {
        List<Article> out = new ArrayList<>();
        for (String corpus : List.of("trnews", "gwn", "lgl")) out.addAll(NewsCorpus.read(sharedEval, corpus));
        List<Giveme5w1hSuite.Gold> fiveW = Giveme5w1hSuite.read(sharedEval.resolve("giveme5w1h-gold/data"));
        for (int i = 0; i < fiveW.size(); i++) out.add(Article.of("5w1h-" + i, fiveW.get(i).published(), fiveW.get(i).text()));
        for (IndiaPoliceSuite.Doc d : IndiaPoliceSuite.read(sharedEval.resolve("india-police-events"))) {
            out.add(Article.of("ipe-" + d.id(), d.date(), d.text()));
        }
        return out;
    }

    /** Writes articles as JSON Lines ({@code id}, {@code text}, {@code published}, {@code title}), what extract reads. */
    public static void write(List<Article> articles, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                ObjectNode o = json.createObjectNode().put("id", a.id()).put("text", a.text());
                if (a.published() != null) o.put("published", a.published().toString());
                if (a.title() != null) o.put("title", a.title());
                w.write(json.writeValueAsString(o) + "\n");
            }
        }
    }
}
