package wirecoder.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Writes docs/scorecard.md: every suite's figures, what each means, the best published figure and the limits. */
public final class Scorecard {
    private Scorecard() {
    }

    public static String markdown(List<SuiteResult> results, Map<String, Suite> suites, String commit, LocalDate date) {
        StringBuilder b = new StringBuilder();
        b.append("# Wirecoder scorecard\n\n");
        b.append("Written by `./wirecoder eval all` on ").append(date).append(" at commit `").append(commit).append("`.\n");
        b.append("Every figure is computed by the suite's code in `wirecoder-eval` from the gold data in `../shared/eval` ");
        b.append("(never copied here); a test on hand-made gold checks each scorer's arithmetic.\n\n");
        for (SuiteResult r : results) {
            Suite s = suites.get(r.suite());
            b.append("## ").append(r.suite()).append("\n\n");
            b.append(r.summary()).append("\n\n");
            b.append("| metric | value | n | how it is computed |\n|---|---|---|---|\n");
            for (Metric m : r.metrics()) {
                b.append("| ").append(m.key()).append(" | ").append(String.format("%.3f", m.value())).append(" | ").append(m.n())
                        .append(" | ").append(m.meaning()).append(" |\n");
            }
            b.append("\nSpeed: ").append(String.format("%.1f", r.sentencesPerSecond())).append(" items/s (models loaded; one thread, two for geo).\n\n");
            b.append("Best published figure beside it: ").append(s == null ? "" : s.published()).append(".\n\n");
            b.append("What limits it: ").append(r.limits()).append("\n\n");
            b.append("<details><summary>per label</summary>\n\n");
            List<List<String>> t = r.table();
            for (int i = 0; i < t.size(); i++) {
                b.append("| ").append(String.join(" | ", t.get(i))).append(" |\n");
                if (i == 0) b.append("|").append("---|".repeat(t.get(0).size())).append("\n");
            }
            b.append("\n</details>\n\n");
        }

        return b.toString();
    }
}
