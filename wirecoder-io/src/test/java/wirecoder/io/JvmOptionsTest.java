package wirecoder.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JvmOptionsTest {

    @Test
    void flagsAreTheLinesLessTheirComments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(JvmOptions.FILE);
        Files.writeString(file, "# why\n\n-XX:-DontCompileHugeMethods   # trailing note\n  -Xss2m -Dx=1\n#-XX:+Ignored\n");
        assertEquals(List.of("-XX:-DontCompileHugeMethods", "-Xss2m", "-Dx=1"), JvmOptions.flags(file));
    }
}
