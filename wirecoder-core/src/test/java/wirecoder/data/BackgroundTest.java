package wirecoder.data;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackgroundTest {

    @Test
    void loadsOnAnotherThread() {
        Thread caller = Thread.currentThread();
        Background<Thread> load = Background.load("a thread", Thread::currentThread);
        Thread loader = load.get();
        assertNotEquals(caller, loader);
        assertTrue(loader.getName().contains("a thread"), loader.getName());
    }

    @Test
    void aFailedLoadRethrowsOnTheCallersThread() {
        IllegalStateException bad = new IllegalStateException("model file truncated");
        Background<String> load = Background.load("a model", () -> {
            throw bad;
        });
        assertSame(bad, assertThrows(IllegalStateException.class, load::get));
    }

    @Test
    void anUncheckedIoFailureKeepsItsTypeAndCause() {
        Background<String> load = Background.load("the tables", () -> {
            throw new UncheckedIOException(new java.io.IOException("disk"));
        });
        UncheckedIOException e = assertThrows(UncheckedIOException.class, load::get);
        assertEquals("disk", e.getCause().getMessage());
    }
}
