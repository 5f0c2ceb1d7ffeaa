package wirecoder.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import wirecoder.model.Article;
import wirecoder.model.ArticleError;
import wirecoder.model.ErrorCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from JSON Lines, plain text and HTML files, RSS and Atom feeds (files or http(s) URLs), WARC files,
 * web pages by URL, folders of them (recursively), or standard input.
 * Every problem is reported for its item (a line that is not JSON, a text that is not a string, bytes that are
 * not UTF-8, a binary file, an id used twice) and reading goes on with the next one. Files of other kinds in a
 * folder are listed by {@link #skipped()}, so a caller can say what it did not read.
 */
public final class ArticleReader {

    /** The kinds of file read, each by the endings of its names. */
    public enum Kind {
        JSON_LINES(".jsonl", ".json", ".ndjson"), TEXT(".txt"), HTML(".html", ".htm"), FEED(".rss", ".atom", ".xml"),
        WARC(".warc", ".warc.gz");

        private final List<String> endings;

        Kind(String... endings) {
            this.endings = List.of(endings);
        }

        /** The kind of a file by its name, or null for a file of no kind read. */
        public static Kind of(Path f) {
            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Kind k : values()) if (k.endings.stream().anyMatch(n::endsWith)) return k;
            return null;
        }

        /** Every ending read, in the order of the kinds. */
        public static List<String> endings() {
            return java.util.Arrays.stream(values()).flatMap(k -> k.endings.stream()).toList();
        }
    }

    /** How much of a file's beginning is read to tell binary data from text. */
    static final int BINARY_SNIFF_BYTES = 8192;
    static final double MAX_NON_TEXT_SHARE = 0.10;

    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate defaultPublished;
    private final Set<String> ids = new HashSet<>();
    private final List<Path> skipped = new ArrayList<>();

    public ArticleReader(LocalDate defaultPublished) {
        this.defaultPublished = defaultPublished;
    }

    /**
     * Streams the items of all {@code inputs} ("-" is standard input) to {@code sink}, in order.
     * @throws UncheckedIOException when standard input cannot be read
     */
    public void read(List<String> inputs, InputStream stdin, Consumer<InputItem> sink) {
        if (inputs.isEmpty()) inputs = List.of("-");
        for (String in : inputs) {
            if (in.equals("-")) {
                byte[] bytes;
                try {
                    bytes = stdin.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
                }
                readStream("stdin", bytes, sink);
                continue;
            }
            if (isUrl(in)) {
                readUrl(in, sink);
                continue;
            }
            Path p = Path.of(in);
            if (Files.isDirectory(p)) {
                readFolder(p, sink);
            } else if (!Files.exists(p)) {
                sink.accept(InputItem.failed(in, new ArticleError(ErrorCode.NOT_FOUND, "no such file: " + in)));
            } else {
                readFile(p, sink);
            }
        }
    }

    /**
     * How many items {@link #read} will give, when that can be told beforehand: JSON Lines files count their
     * non-blank lines, text and HTML files one each. Empty for standard input, URLs, feeds and WARC files.
     */
    public static java.util.OptionalLong estimate(List<String> inputs) {
        long n = 0;
        for (String in : inputs.isEmpty() ? List.of("-") : inputs) {
            if (in.equals("-") || isUrl(in)) return java.util.OptionalLong.empty();
            Path p = Path.of(in);
            List<Path> files;
            try (Stream<Path> s = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                files = s.filter(Files::isRegularFile).toList();
            } catch (IOException | UncheckedIOException e) {
                return java.util.OptionalLong.empty();
            }
            for (Path f : files) {
                Kind kind = Kind.of(f);
                if (kind == null) continue;
                if (kind == Kind.FEED || kind == Kind.WARC) return java.util.OptionalLong.empty();
                if (kind != Kind.JSON_LINES) {
                    n++;
                    continue;
                }
                try (Stream<String> lines = Files.lines(f, StandardCharsets.ISO_8859_1)) {
                    n += lines.filter(l -> !l.isBlank()).count();
                } catch (IOException | UncheckedIOException e) {
                    return java.util.OptionalLong.empty();
                }
            }
        }
        return java.util.OptionalLong.of(n);
    }

    /** Files in the folders read that are of no kind Wirecoder reads, in the order met. */
    public List<Path> skipped() {
        return List.copyOf(skipped);
    }

    private void readFolder(Path folder, Consumer<InputItem> sink) {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            sink.accept(InputItem.failed(folder.toString(), new ArticleError(ErrorCode.UNREADABLE,
                    "cannot list folder " + folder + ": " + e.getMessage())));
            return;
        }
        for (Path f : files) {
            if (Kind.of(f) == null) skipped.add(f);
            else readFile(f, sink);
        }
    }

    /** An http(s) address: a feed is read entry by entry, any other answer as one web page. */
    public static boolean isUrl(String in) {
        return in.startsWith("http://") || in.startsWith("https://");
    }

    private void readUrl(String url, Consumer<InputItem> sink) {
        byte[] body = WebSources.fetch(url, sink);
        if (body == null) return;
        if (WebSources.looksLikeFeed(body)) {
            WebSources.feed(url, body, defaultPublished, items(url, sink), sink);
        } else {
            readDocument(url, url, body, true, sink);
        }
    }

    /** The HTML responses of a WARC stream (plain or gzipped) as items, as a WARC file given to {@link #read} gives them. */
    public void readWarc(String name, java.io.InputStream in, Consumer<InputItem> sink) {
        WebSources.warc(name, in, items(name, sink), sink);
    }

    /** Articles read from a feed or a WARC file, as items (ids made unique) for the sink. */
    private Consumer<Article> items(String where, Consumer<InputItem> sink) {
        return a -> sink.accept(item(a, new ArrayList<>(), where));
    }

    private void readFile(Path f, Consumer<InputItem> sink) {
        String name = f.getFileName().toString();
        Kind kind = Kind.of(f);
        if (kind == Kind.WARC) {
            WebSources.warc(f, items(f.toString(), sink), sink);
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException | OutOfMemoryError e) {
            sink.accept(InputItem.failed(f.toString(), new ArticleError(ErrorCode.UNREADABLE, "cannot read " + f + ": " + e)));
            return;
        }
        if (kind == Kind.JSON_LINES) {
            readJsonLines(name, bytes, sink);
            return;
        }
        if (kind == Kind.FEED) {
            WebSources.feed(name, bytes, defaultPublished, items(name, sink), sink);
            return;
        }
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        readDocument(id, null, bytes, kind == Kind.HTML, sink);
    }

    /** One article from a whole file or stream of text or HTML. */
    /** One text or HTML document; {@code url} is where it was fetched from (null for a file), kept so a rerun skips it. */
    private void readDocument(String id, String url, byte[] bytes, boolean html, Consumer<InputItem> sink) {
        if (isBinary(bytes)) {
            sink.accept(InputItem.failed(id, new ArticleError(ErrorCode.NOT_TEXT, id + ": binary data (bytes that are neither UTF-8 text nor white space), not text")));
            return;
        }
        List<ArticleError> errors = new ArrayList<>();
        String text = decode(bytes, errors);
        String title = null;
        if (html) {
            HtmlText.Page page = HtmlText.of(text);
            if (page.text().isBlank()) {
                sink.accept(InputItem.failed(id, new ArticleError(ErrorCode.EMPTY_TEXT, id + ": the page has no readable text")));
                return;
            }
            title = page.title();
            text = page.text();
        }
        sink.accept(item(new Article(id, defaultPublished, title, text, url, null), errors, id));
    }

    private void readStream(String name, byte[] bytes, Consumer<InputItem> sink) {
        int i = startOfContent(bytes);
        if (i < bytes.length && bytes[i] == '{') {
            readJsonLines(name, bytes, sink);
        } else {
            boolean html = i < bytes.length && bytes[i] == '<';
            readDocument(name, null, bytes, html, sink);
        }
    }

    /** The first byte after a byte-order mark and white space. */
    private static int startOfContent(byte[] bytes) {
        int i = hasBom(bytes, 0) ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) i++;
        return i;
    }

    private static boolean hasBom(byte[] b, int at) {
        return b.length >= at + 3 && (b[at] & 0xFF) == 0xEF && (b[at + 1] & 0xFF) == 0xBB && (b[at + 2] & 0xFF) == 0xBF;
    }

    /**
     * Binary data, not text: among the first {@link #BINARY_SNIFF_BYTES} bytes, more than {@link #MAX_NON_TEXT_SHARE}
     * are bytes no UTF-8 text holds (invalid sequences, NUL and other control bytes). Text with a stray control
     * character is still text.
     */
    static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        if (n == 0) return false;
        String head = new String(bytes, 0, n, StandardCharsets.UTF_8);
        int bad = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '\uFFFD' || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') bad++;
        }
        return bad > MAX_NON_TEXT_SHARE * head.length();
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

    /** One line of JSON Lines as an item; {@code where} (file:line) names it in errors and stands in for a missing id. */
    public InputItem jsonLine(String where, byte[] line) {
        List<ArticleError> errors = new ArrayList<>();
        String s = decode(line, errors);
        JsonNode node;
        try {
            node = json.readTree(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return InputItem.failed(where, new ArticleError(ErrorCode.NOT_JSON, where + ": not a JSON object: "
                    + firstLine(e.getOriginalMessage())));
        }
        if (node == null || !node.isObject()) {
            return InputItem.failed(where, new ArticleError(ErrorCode.NOT_JSON, where + ": not a JSON object"));
        }
        String id = where;
        JsonNode idNode = node.get("id");
        if (idNode != null && (idNode.isTextual() || idNode.isIntegralNumber()) && !idNode.asText().isBlank()) {
            id = idNode.asText();
        } else if (idNode != null && !idNode.isNull()) {
            errors.add(new ArticleError(ErrorCode.BAD_ID, where + ": \"id\" is " + describe(idNode) + "; coded as '" + where + "'"));
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) {
            return InputItem.failed(id, new ArticleError(ErrorCode.MISSING_TEXT, where + ": no \"text\" field"));
        }
        if (!textNode.isTextual()) {
            return InputItem.failed(id, new ArticleError(ErrorCode.BAD_TEXT, where + ": \"text\" is " + describe(textNode)
                    + ", not a string"));
        }
        LocalDate published = defaultPublished;
        String p = string(node, "published");
        if (p != null && !p.isBlank()) {
            try {
                published = LocalDate.parse(p.length() >= 10 ? p.substring(0, 10) : p);
            } catch (DateTimeParseException e) {
                errors.add(new ArticleError(ErrorCode.BAD_PUBLISHED, where + ": published '" + p + "' is not an ISO date; ignored"));
            }
        }
        Article a = new Article(id, published, string(node, "title"), textNode.textValue(), string(node, "url"), string(node, "source"));
        return item(a, errors, where);
    }

    /** The article as an item, under a new id (and with an entry that says so) when its id was used before. */
    private InputItem item(Article a, List<ArticleError> errors, String where) {
        if (!ids.add(a.id())) {
            String fresh = a.id();
            for (int n = 2; !ids.add(fresh = a.id() + "~" + n); n++) {
                // the first free "id~n"
            }
            return renamed(InputItem.of(a, errors), fresh, where);
        }
        return InputItem.of(a, errors);
    }

    /** An item whose id an earlier article used, under {@code fresh}, with the entry that says so. */
    public static InputItem renamed(InputItem item, String fresh, String where) {
        Article a = item.article();
        List<ArticleError> errors = new ArrayList<>(item.errors());
        errors.add(new ArticleError(ErrorCode.DUPLICATE_ID, where + ": id '" + a.id()
                + "' was used by an earlier article; this one is coded as '" + fresh + "'"));
        return InputItem.of(new Article(fresh, a.published(), a.title(), a.text(), a.url(), a.source()), errors);
    }

    private static String describe(JsonNode n) {
        if (n.isNumber()) return "the number " + n.asText();
        if (n.isObject()) return "an object";
        if (n.isArray()) return "an array";
        if (n.isBoolean()) return n.asText();
        return "'" + n.asText() + "'";
    }

    /** A string field; null when absent or not a string. */
    private static String string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() ? null : v.textValue();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * UTF-8, strictly, less a leading byte-order mark; bytes that are not UTF-8 become U+FFFD and an error entry
     * says where.
     */
    static String decode(byte[] bytes, List<ArticleError> errors) {
        int from = hasBom(bytes, 0) ? 3 : 0;
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            String lenient = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
            int at = lenient.indexOf('\uFFFD');
            errors.add(new ArticleError(ErrorCode.UNDECODABLE_BYTES, "input is not valid UTF-8 (first bad byte near character "
                    + at + "); bad bytes replaced by U+FFFD"));
            return lenient;
        }
    }
}
