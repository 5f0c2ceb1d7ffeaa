package wirecoder.eval;

import wirecoder.Extractor;

import java.io.IOException;
import java.nio.file.Path;

/** One evaluation suite over a public gold set that lies in ../shared/eval (never copied into the project). */
public interface Suite {

    /** The name used on the command line ("plover-gsr"). */
    String name();

    /** Where its data lies under the shared eval folder. */
    Path defaultData(Path sharedEval);

    /** Best published figure to show beside ours in the scorecard, or an empty string when none is known. */
    String published();

    /** Scores the extractor on at most {@code limit} items (0 = all). */
    SuiteResult run(Extractor extractor, Path data, int limit) throws IOException;
}
