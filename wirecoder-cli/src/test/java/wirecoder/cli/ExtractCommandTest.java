package wirecoder.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** extract end to end: bad input is reported per article, the run goes on, the exit status tells. */
class ExtractCommandTest {

    private final ObjectMapper json = new ObjectMapper();

    private record Run(int exit, List<JsonNode> lines, String stderr) {
    }

    private Run run(Path out, String... args) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            List<String> a = new ArrayList<>(List.of("extract", "-o", out.toString()));
            a.addAll(List.of(args));
            exit = Main.commandLine().execute(a.toArray(new String[0]));
        } finally {
            System.setErr(oldErr);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(out)) lines.add(json.readTree(l));
        return new Run(exit, lines, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badInputGivesErrorsAndTheRunContinues(@TempDir Path dir) throws Exception {
        StringBuilder huge = new StringBuilder("{\"id\":\"huge\",\"text\":\"");
        while (huge.length() < 5_000_000) huge.append("The weather was mild and the market was quiet that day. ");
        huge.append("\"}\n");
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', 'b', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"',
                'P', 'o', 'l', 'i', 'c', 'e', ' ', 'a', 'r', 'r', 'e', 's', 't', 'e', 'd', ' ', 'f', 'i', 'v', 'e', ' ', 'm', 'e', 'n', ' ',
                (byte) 0xFF, '.', '"', '}', '\n'};
        Path in = dir.resolve("in.jsonl");
        try (var o = Files.newOutputStream(in)) {
            o.write("{\"id\":\"empty\",\"text\":\"   \"}\n".getBytes(StandardCharsets.UTF_8));
            o.write("{not json at all\n".getBytes(StandardCharsets.UTF_8));
            o.write("{\"id\":\"notext\"}\n".getBytes(StandardCharsets.UTF_8));
            o.write(bad);
            o.write(huge.toString().getBytes(StandardCharsets.UTF_8));
            o.write("{\"id\":\"good\",\"published\":\"2024-05-16\",\"text\":\"Rebels attacked an army base in Goma on Monday.\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Run r = run(dir.resolve("out.jsonl"), "--threads", "2", in.toString());
        assertEquals(1, r.exit(), "some articles failed");
        assertEquals(6, r.lines().size(), "one line per input item, in order");
        assertEquals(List.of("empty", "in.jsonl:2", "notext", "b", "huge", "good"),
                r.lines().stream().map(n -> n.get("id").asText()).toList());
        assertEquals("empty_text", r.lines().get(0).get("errors").get(0).get("code").asText());
        assertEquals("not_json", r.lines().get(1).get("errors").get(0).get("code").asText());
        assertTrue(r.stderr().contains("in.jsonl:2: not a JSON object"), "stderr was: " + r.stderr());
        assertEquals("missing_text", r.lines().get(2).get("errors").get(0).get("code").asText());
        assertEquals("undecodable_bytes", r.lines().get(3).get("errors").get(0).get("code").asText());
        assertEquals("COERCE", r.lines().get(3).get("events").get(0).get("event_type").asText(), "a bad byte does not lose the article");
        assertEquals("too_long", r.lines().get(4).get("errors").get(0).get("code").asText());
        JsonNode good = r.lines().get(5);
        assertEquals(0, good.get("errors").size());
        assertEquals("ASSAULT", good.get("events").get(0).get("event_type").asText());
        assertEquals("2024-05-13", good.get("events").get(0).get("date").get("value").asText());
    }

    @Test
    void cleanInputFollowsTheContractAndExplainsItself(@TempDir Path dir) throws Exception {
        Path txt = Files.writeString(dir.resolve("arsal.txt"),
                "Hezbollah launched its assault on Nusra Front militants on Friday, a military news service reported.");
        Run r = run(dir.resolve("out.jsonl"), "--published", "2017-07-27", "--explain", txt.toString());
        assertEquals(0, r.exit(), r.stderr());
        JsonNode doc = r.lines().get(0);
        assertEquals("arsal", doc.get("id").asText());
        assertEquals("2017-07-27", doc.get("published").asText());
        for (String f : List.of("id", "published", "events", "places", "errors")) assertTrue(doc.has(f), f);
        // An added field: who the news is about and what they did, tied to the event of its sentence.
        JsonNode lead = doc.get("lead");
        assertEquals("Hezbollah", lead.get("who").get("name").asText());
        assertEquals("launched", lead.get("what").get("text").asText());
        assertEquals("arsal-e1", lead.get("event").asText());
        JsonNode e = doc.get("events").get(0);
        Set<String> contract = Set.of("id", "event_type", "mode", "context", "cameo", "quad_class", "actor", "recipient", "date",
                "location", "size", "factuality", "attribution", "trigger", "sentence", "evidence");
        for (String f : contract) assertTrue(e.has(f), "event field " + f);
        assertEquals("arsal-e1", e.get("id").asText());
        assertEquals("ASSAULT", e.get("event_type").asText());
        assertEquals("material_conflict", e.get("quad_class").asText());
        assertEquals("Hezbollah", e.get("actor").get(0).get("name").asText());
        assertEquals("Nusra Front", e.get("recipient").get(0).get("name").asText());
        assertEquals("Nusra Front militants", e.get("recipient").get(0).get("text").asText());
        int start = e.get("recipient").get(0).get("start").asInt();
        String text = Files.readString(txt);
        assertEquals("Nusra Front militants", text.substring(start, e.get("recipient").get(0).get("end").asInt()));
        assertEquals("2017-07-21", e.get("date").get("value").asText());
        assertEquals("asserted", e.get("factuality").asText());
        assertEquals("a military news service", e.get("attribution").get("source").asText());
        for (String f : List.of("dead", "injured", "arrested", "captured")) assertTrue(e.get("size").has(f), f);
        assertTrue(e.get("explain").size() > 0);
        assertTrue(e.get("explain").get(0).asText().contains("triggers.tsv"), e.get("explain").toString());
        assertFalse(e.get("evidence").asText().isEmpty());
        assertEquals("Battles", e.get("acled").get("event_type").asText());
        assertEquals("Armed clash", e.get("acled").get("sub_event_type").asText());
    }

    @Test
    void whatTheGateSetsAsideIsReported(@TempDir Path dir) throws Exception {
        Path txt = Files.writeString(dir.resolve("quake.txt"),
                "Two strong earthquakes struck north-western Iran, leaving at least 180 people dead and 500 injured.");
        Run r = run(dir.resolve("out.jsonl"), "--published", "2024-05-16", txt.toString());
        JsonNode doc = r.lines().get(0);
        assertEquals(0, doc.get("events").size(), doc.toString());
        JsonNode aside = doc.get("set_aside").get(0);
        assertEquals("natural-disaster", aside.get("rule").asText());
        assertEquals("ASSAULT", aside.get("event_type").asText());
        assertEquals(0, aside.get("sentence").asInt());
    }
}
