package wirecoder.cli;

import org.junit.jupiter.api.Test;
import wirecoder.model.ErrorCode;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README says what the code does: every error code with its fatality and meaning, and the exit statuses. */
class ReadmeTest {

    private static String readme() throws Exception {
        Path p = Path.of("README.md");
        if (!Files.exists(p)) p = Path.of("..", "README.md");
        return Files.readString(p);
    }

    @Test
    void everyErrorCodeIsListedAsItIs() throws Exception {
        String readme = readme();
        for (ErrorCode c : ErrorCode.values()) {
            String row = "| `" + c.label() + "` | " + (c.fatal() ? "yes" : "no") + " | " + c.meaning() + " |";
            assertTrue(readme.contains(row), "README lacks the row: " + row);
        }
    }

    @Test
    void theExitStatusesAreTheOnesMainUses() throws Exception {
        String readme = readme();
        assertTrue(readme.contains(Main.USAGE + " a usage error") && readme.contains(Main.INTERNAL + " an internal failure"), "exit statuses");
    }
}
