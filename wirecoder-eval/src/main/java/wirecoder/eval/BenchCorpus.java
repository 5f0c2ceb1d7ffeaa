package wirecoder.eval;

import wirecoder.model.Article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus of real news for the ingest benchmark, read from the shared gold data and never copied into the project:
 * the four geoparsing news corpora (TR-News, GeoWebNews, LGL, GeoVirus) and the CASE 2021 news snippets, each
 * snippet an article of its own.
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
}
