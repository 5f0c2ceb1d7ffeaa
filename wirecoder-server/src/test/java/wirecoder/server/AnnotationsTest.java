package wirecoder.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The spans an article view marks, from a hand-made record. */
class AnnotationsTest {

    @Test
    void aCountIsMarkedWhereItStandsAsAWordNearItsTrigger() throws Exception {
        String text = "two soldiers and a network engineer died in Goma.";
        int died = text.indexOf("died");
        String record = """
                {"events": [{"id": "a-1", "event_type": "ASSAULT", "cameo": "190",
                  "trigger": {"text": "died", "start": %d, "end": %d},
                  "size": {"dead": 2, "text": {"dead": "two"}},
                  "explain": ["dead 2 from 'two soldiers' cue 'died'"]}],
                 "places": []}""".formatted(died, died + 4);
        List<Annotations.Span> spans = Annotations.of(new ObjectMapper().readTree(record), text);
        Annotations.Span count = spans.stream().filter(s -> s.kind() == Annotations.Kind.COUNT).findFirst().orElseThrow();
        assertEquals(0, count.start(), "not the 'two' inside 'network', nearer the trigger");
        assertEquals("dead 2 from 'two soldiers' cue 'died'", count.note());
    }
}
