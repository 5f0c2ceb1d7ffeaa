package wirecoder.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import wirecoder.model.Article;
import wirecoder.model.ArticleError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from JSON Lines, plain text and HTML files, directories of them, or standard input.
 * Every problem is reported for its item (a line that is not JSON, a missing text, bytes that are not
 * UTF-8) and reading goes on with the next one.
 */
public final class ArticleReader {

    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate defaultPublished;

    public ArticleReader(LocalDate defaultPublished) {
        this.defaultPublished = defaultPublished;
    }

    /** Streams the items of all {@code inputs} ("-" is standard input) to {@code sink}, in order. */
    public void read(List<String> inputs, InputStream stdin, Consumer<InputItem> sink) throws IOException {
        if (inputs.isEmpty()) inputs = List.of("-");
        for (String in : inputs) {
            if (in.equals("-")) {
                readStream("stdin", stdin.readAllBytes(), sink);
                continue;
            }
            Path p = Path.of(in);
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> s = Files.list(p)) {
                    files = s.filter(f -> kind(f) != null).sorted().toList();
                }
                for (Path f : files) readFile(f, sink);
            } else if (!Files.exists(p)) {
                sink.accept(InputItem.failed(in, new ArticleError("not_found", "no such file: " + in, true)));
            } else {
                readFile(p, sink);
            }
        }
    }

    private static String kind(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) return "jsonl";
        if (n.endsWith(".txt")) return "txt";
        if (n.endsWith(".html") || n.endsWith(".htm")) return "html";
        return null;
    }

    private void readFile(Path f, Consumer<InputItem> sink) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        String name = f.getFileName().toString();
        String kind = kind(f);
        if ("jsonl".equals(kind)) {
            readJsonLines(name, bytes, sink);
            return;
        }
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        List<ArticleError> errors = new ArrayList<>();
        String text = decode(bytes, errors);
        if ("html".equals(kind)) {
            Html h = html(text);
            sink.accept(InputItem.of(new Article(id, defaultPublished, h.title, h.text, null, null), errors));
        } else {
            sink.accept(InputItem.of(new Article(id, defaultPublished, null, text, null, null), errors));
        }
    }

    private void readStream(String name, byte[] bytes, Consumer<InputItem> sink) {
        int i = 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) i++;
        if (i < bytes.length && bytes[i] == '{') {
            readJsonLines(name, bytes, sink);
        } else {
            List<ArticleError> errors = new ArrayList<>();
            String text = decode(bytes, errors);
            sink.accept(InputItem.of(new Article("stdin", defaultPublished, null, text, null, null), errors));
        }
    }

    private void readJsonLines(String name, byte[] bytes, Consumer<InputItem> sink) {
        int lineNo = 0;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] != '\n') continue;
            lineNo++;
            byte[] line = java.util.Arrays.copyOfRange(bytes, start, i);
            start = i + 1;
            if (new String(line, StandardCharsets.ISO_8859_1).isBlank()) continue;
            sink.accept(jsonLine(name + ":" + lineNo, line));
        }
    }

    InputItem jsonLine(String where, byte[] line) {
        List<ArticleError> errors = new ArrayList<>();
        String s = decode(line, errors);
        JsonNode node;
        try {
            node = json.readTree(s);
        } catch (IOException e) {
            return InputItem.failed(where, new ArticleError("not_json", where + ": not a JSON object: "
                    + firstLine(e.getMessage()), true));
        }
        if (node == null || !node.isObject()) {
            return InputItem.failed(where, new ArticleError("not_json", where + ": not a JSON object", true));
        }
        String id = text(node, "id");
        if (id == null || id.isBlank()) id = where;
        String text = text(node, "text");
        if (text == null) {
            return InputItem.failed(id, new ArticleError("missing_text", where + ": no \"text\" field", true));
        }
        LocalDate published = defaultPublished;
        String p = text(node, "published");
        if (p != null && !p.isBlank()) {
            try {
                published = LocalDate.parse(p.length() >= 10 ? p.substring(0, 10) : p);
            } catch (DateTimeParseException e) {
                errors.add(new ArticleError("bad_published", "published '" + p + "' is not an ISO date; ignored", false));
            }
        }
        return InputItem.of(new Article(id, published, text(node, "title"), text, text(node, "url"), text(node, "source")), errors);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** UTF-8, strictly; bytes that are not UTF-8 become U+FFFD and an error entry says where. */
    static String decode(byte[] bytes, List<ArticleError> errors) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            int at = lenient.indexOf('\uFFFD');
            errors.add(new ArticleError("undecodable_bytes", "input is not valid UTF-8 (first bad byte near character "
                    + at + "); bad bytes replaced by U+FFFD", false));
            return lenient;
        }
    }

    private record Html(String title, String text) {
    }

    /** Article text from a web page: drops scripts, navigation, headers, footers and asides; keeps paragraphs. */
    static Html html(String page) {
        Document d = Jsoup.parse(page);
        d.select("script, style, nav, header, footer, aside, form, noscript, iframe, figure figcaption.credit, .advert, .ad, .share, .related").remove();
        Element root = d.selectFirst("article");
        if (root == null) root = d.selectFirst("main");
        if (root == null) root = d.body();
        StringBuilder b = new StringBuilder();
        Element h1 = root == null ? null : root.selectFirst("h1");
        if (h1 == null) h1 = d.selectFirst("h1");
        if (h1 != null) b.append(h1.text()).append("\n\n");
        if (root != null) {
            for (Element p : root.select("p, h2, h3, li")) {
                String t = p.text().trim();
                if (t.isEmpty() || (p.tagName().equals("li") && t.split("\\s+").length < 8)) continue;
                b.append(t).append("\n\n");
            }
        }
        String title = h1 != null ? h1.text() : d.title();
        return new Html(title, b.toString().trim());
    }
}
