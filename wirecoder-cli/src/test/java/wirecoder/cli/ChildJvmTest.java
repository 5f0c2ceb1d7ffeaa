package wirecoder.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChildJvmTest {

    @Test
    void wirecoderRunsGetTheProjectsFlagsAndCoreNlpNone() {
        List<String> project = ChildJvm.projectFlags();
        assertTrue(project.contains("-XX:-DontCompileHugeMethods"), project.toString());
        List<String> ours = ChildJvm.wirecoder("3g");
        assertTrue(ours.containsAll(project) && ours.contains("-Xmx3g"), ours.toString());
        List<String> stock = ChildJvm.stock("3g");
        assertEquals(2, stock.size(), stock.toString());
        assertFalse(stock.stream().anyMatch(project::contains), stock.toString());
    }

    @Test
    void theLauncherReadsTheSameFile() throws Exception {
        String launcher = Files.readString(ChildJvm.home().resolve("wirecoder"));
        assertTrue(launcher.contains("\"$here/" + wirecoder.io.JvmOptions.FILE + "\""), "the launcher reads jvm.options");
        List<String> javaLines = launcher.lines().filter(l -> l.strip().matches("(exec )?java .*")).toList();
        assertEquals(4, javaLines.size(), javaLines.toString());
        for (String l : javaLines) assertTrue(l.contains("java \"${tuned[@]}\""), "the flags on every java command of the launcher: " + l);
    }
}
