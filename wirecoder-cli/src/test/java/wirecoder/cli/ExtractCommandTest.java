package wirecoder.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
        assertEquals(doc.get("events").get(0).get("id").asText(), lead.get("event").asText());
        JsonNode e = doc.get("events").get(0);
        Set<String> contract = Set.of("id", "event_type", "mode", "context", "cameo", "quad_class", "actor", "recipient", "date",
                "location", "size", "factuality", "attribution", "trigger", "sentence", "evidence");
        for (String f : contract) assertTrue(e.has(f), "event field " + f);
        assertTrue(e.get("id").asText().matches("arsal-[0-9a-f]{10}"), e.get("id").asText());
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

    /** Each usage mistake: exit status 2, one line naming the option, no stack trace, nothing written. */
    @Test
    void usageErrorsSayOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path txt = Files.writeString(dir.resolve("a.txt"), "Police arrested five men.");
        Path badActors = Files.writeString(dir.resolve("actors.tsv"), "name\tcountry\nbroken\n");
        String[][] cases = {
                {"--threads 0", "--threads must be 1 or more, not 0"},
                {"--threads -3", "--threads must be 1 or more, not -3"},
                {"--threads many", "Invalid value for option '--threads'"},
                {"--max-chars -1", "--max-chars must be 1 or more, not -1"},
                {"--max-chars 0", "--max-chars must be 1 or more, not 0"},
                {"--timeout 0", "--timeout must be 1 or more"},
                {"--gazetteer " + dir.resolve("none.zip"), "--gazetteer: no such file"},
                {"--published 2024-13-01", "--published': '2024-13-01' is not a date (YYYY-MM-DD)"},
                {"-o " + dir.resolve("no/such/folder/out.jsonl"), "-o/--output: the folder"},
                {"--actors " + badActors, "--actors: " + badActors},
                {dir.resolve("missing.txt").toString(), "no such input file or folder"},
        };
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of(c[0].split(" ")));
            args.add(txt.toString());
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            CommandLine cl = Main.commandLine();
            cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
            args.add(0, "extract");
            int exit = cl.execute(args.toArray(new String[0]));
            String said = err.toString(StandardCharsets.UTF_8);
            assertEquals(Main.USAGE, exit, c[0] + ": " + said);
            assertTrue(said.startsWith("wirecoder extract: ") && said.contains(c[1]), c[0] + ": " + said);
            assertFalse(said.contains("\tat "), "no stack trace: " + said);
        }
    }

    @Test
    void aClosedStandardInputIsAUsageError() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder("bash", "-c", "exec \"$0\" -cp \"$1\" wirecoder.cli.Main extract <&-", java,
                System.getProperty("java.class.path")).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(Main.USAGE, p.waitFor(), said);
        assertTrue(said.contains("standard input is closed"), said);
    }

    @Command(name = "broken")
    static final class Broken implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void anInternalFailureExitsThreeInOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = Main.withExitStatuses(new CommandLine(new Broken()));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        assertEquals(Main.INTERNAL, cl.execute());
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("wirecoder: internal error: java.lang.IllegalStateException: a bug"), said);
    }

    /**
     * The hostile corpus: every kind of bad input in one folder, each with its entry, and the good articles beside
     * them coded. Built here, so nothing of it is kept in the project.
     */
    @Test
    void aHostileCorpusGivesEachItsEntryAndCodesTheRest(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String attack = "Rebels attacked an army base near Goma on Monday, killing four soldiers, officials said.";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        try (var o = Files.newOutputStream(in.resolve("a.jsonl"))) {
            o.write(bom);
            o.write(("{\"id\":\"bom\",\"text\":\"" + attack + "\"}\n").getBytes(StandardCharsets.UTF_8));
            o.write("{\"id\":\"number\",\"text\":12345}\n".getBytes(StandardCharsets.UTF_8));
            o.write("{\"id\":\"object\",\"text\":{\"body\":\"x\"}}\n".getBytes(StandardCharsets.UTF_8));
            o.write(("{\"id\":\"bom\",\"text\":\"" + attack + "\"}\n").getBytes(StandardCharsets.UTF_8));
            o.write("{\"id\":\"arabic\",\"text\":\"قالت الشرطة إنها اعتقلت خمسة رجال في كابول يوم الاثنين بعد هجوم على قاعدة عسكرية.\"}\n".getBytes(StandardCharsets.UTF_8));
            o.write("{\"id\":\"chinese\",\"text\":\"警方周一在喀布尔逮捕了五名男子。\"}\n".getBytes(StandardCharsets.UTF_8));
            o.write(("{\"id\":\"control\",\"text\":\"Police\\u0000 arrested\\u001b five men in Kabul on Monday.\"}\n").getBytes(StandardCharsets.UTF_8));
            o.write(("{\"id\":\"long-sentence\",\"published\":\"2024-05-16\",\"text\":\""
                    + wirecoder.cli.LongWire.TEXT + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] binary = new byte[20_000];
        new java.util.Random(1).nextBytes(binary);
        Files.write(in.resolve("b-image.txt"), binary);
        byte[] invalid = ("Police arrested five men in Kabul on Monday " + "\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(in.resolve("c-latin1.txt"), invalid);
        StringBuilder big = new StringBuilder("<html><body><article><p>" + attack + "</p>");
        while (big.length() < 30_000_000) big.append("<div class=x><a href=/a>Link</a> words here and there</div>\n");
        Files.writeString(in.resolve("d-big.html"), big.append("</article></body></html>"));
        Files.writeString(in.resolve("e-deep.html"), "<html><body>" + "<div>".repeat(100_000) + "<p>" + attack + "</p>"
                + "</div>".repeat(100_000) + "</body></html>");
        Files.writeString(in.resolve("f-token.txt"), attack + " " + "a".repeat(200_000) + " Police arrested five men in Kabul.");
        Files.writeString(in.resolve("g-div.html"), "<html><body><div>" + attack + "<br><br>The army said it repelled them.</div></body></html>");
        Files.writeString(in.resolve("h-notes.md"), "# not an article");
        Files.writeString(in.resolve("i-good.txt"), attack);
        Run r = run(dir.resolve("out.jsonl"), "--threads", "2", "--max-chars", "300000", "--published", "2024-05-16", in.toString());
        assertEquals(1, r.exit(), r.stderr());
        java.util.Map<String, JsonNode> byId = new java.util.LinkedHashMap<>();
        for (JsonNode n : r.lines()) byId.put(n.get("id").asText(), n);
        assertEquals(List.of("bom", "number", "object", "bom~2", "arabic", "chinese", "control", "long-sentence", "b-image",
                "c-latin1", "d-big", "e-deep", "f-token", "g-div", "i-good"), List.copyOf(byId.keySet()));
        String[][] entries = {{"number", "bad_text"}, {"object", "bad_text"}, {"bom~2", "duplicate_id"},
                {"arabic", "unsupported_language"}, {"chinese", "unsupported_language"}, {"control", "control_characters"},
                {"b-image", "not_text"}, {"c-latin1", "undecodable_bytes"}};
        for (String[] e : entries) {
            assertEquals(e[1], byId.get(e[0]).get("errors").get(0).get("code").asText(), e[0] + ": " + byId.get(e[0]));
        }
        assertTrue(byId.get("arabic").get("errors").get(0).get("message").asText().contains("Arabic"));
        for (String coded : List.of("bom", "bom~2", "control", "c-latin1", "d-big", "e-deep", "f-token", "g-div", "i-good", "long-sentence")) {
            assertTrue(byId.get(coded).get("events").size() > 0, coded + " is coded: " + byId.get(coded));
        }
        for (String clean : List.of("bom", "d-big", "e-deep", "f-token", "g-div", "i-good", "long-sentence")) {
            assertEquals(0, byId.get(clean).get("errors").size(), clean + ": " + byId.get(clean));
        }
        assertTrue(byId.get("bom~2").get("events").get(0).get("id").asText().startsWith("bom~2-"), "event ids stay distinct");
        assertTrue(r.stderr().contains("skipped 1 file") && r.stderr().contains("h-notes.md"), r.stderr());
    }

    @Test
    void anArticleOverTheTimeLimitIsStoppedAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        StringBuilder longStory = new StringBuilder();
        while (longStory.length() < 250_000) longStory.append("Rebels attacked an army base near Goma on Monday, killing four soldiers, officials said. ");
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"slow\",\"text\":\"" + longStory + "\"}\n"
                + "{\"id\":\"quick\",\"published\":\"2024-05-16\",\"text\":\"Police arrested five men in Kabul on Monday.\"}\n");
        Run r = run(dir.resolve("out.jsonl"), "--timeout", "1", "--max-chars", "300000", in.toString());
        assertEquals(1, r.exit(), r.stderr());
        JsonNode slow = r.lines().get(0);
        assertEquals("timeout", slow.get("errors").get(0).get("code").asText(), slow.toString());
        assertTrue(slow.get("errors").get(0).get("fatal").asBoolean());
        assertEquals("COERCE", r.lines().get(1).get("events").get(0).get("event_type").asText());
    }
}
