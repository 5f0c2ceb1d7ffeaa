package wirecoder.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registered suites, and where the shared gold data lies. */
public final class Suites {
    private Suites() {
    }

    public static Map<String, Suite> all() {
        Map<String, Suite> m = new LinkedHashMap<>();
        for (Suite s : List.of(new PloverGsrSuite(), new AcledSuite(), new Case2021Suite(), new Giveme5w1hSuite(),
                new Petrarch2Suite(), new CameoCodersSuite(), new GeoSuite(), new RamsSuite(), new IndiaPoliceSuite(), new NonEventSuite(), new JudgedNewsSuite())) m.put(s.name(), s);
        return m;
    }

    /** Suites over the dev portions that rules are tuned on: run by name, never in 'all' or the scorecard. */
    public static Map<String, Suite> tuning() {
        Map<String, Suite> m = new LinkedHashMap<>();
        for (Suite s : List.of(new RamsSuite("rams-dev", "dev"))) m.put(s.name(), s);
        return m;
    }

    /** ../shared/eval from the working folder or any folder above it (a clone keeps shared/ beside it). */
    public static Path findSharedEval() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolveSibling("shared").resolve("eval");
            if (Files.isDirectory(p)) return p;
        }
        return null;
    }
}
