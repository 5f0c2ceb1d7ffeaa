package wirecoder.io;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import wirecoder.model.Article;
import wirecoder.model.ArticleError;
import wirecoder.model.ErrorCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.function.Consumer;

/**
 * Articles from the web's own containers: RSS and Atom feeds (Rome), whether files or http(s) URLs, and WARC files
 * such as Common Crawl News (jwarc; HTML responses only). Each entry or record becomes an article whose id is its
 * link, so that a store sees the same story fetched twice as one.
 */
final class WebSources {

    /** A fetch that takes longer than this fails with an error entry. */
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);

    private WebSources() {
    }

    /** Each entry of a feed as an article: title, the entry's content or summary as text, its date and link. */
    static void feed(String where, byte[] xml, LocalDate defaultPublished, Consumer<Article> articles, Consumer<InputItem> failures) {
        SyndFeed feed;
        try {
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(false);
            // Rome's XmlReader takes the encoding from the byte-order mark or the XML declaration (UTF-8 otherwise).
            feed = in.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (FeedException | IllegalArgumentException | java.io.IOException e) {
            failures.accept(InputItem.failed(where, new ArticleError(ErrorCode.NOT_FEED, where + ": not an RSS or Atom feed: "
                    + e.getMessage())));
            return;
        }
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String id = e.getLink() != null ? e.getLink() : e.getUri() != null ? e.getUri() : where + "#" + n;
            String html = contentOf(e);
            String text = html == null ? "" : HtmlText.of("<html><body><article>" + html + "</article></body></html>").text();
            if (text.isBlank()) text = html == null ? "" : html;
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            LocalDate published = d == null ? defaultPublished : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            String title = e.getTitle() == null ? null : e.getTitle().trim();
            String body = title == null || text.startsWith(title) ? text : title + "\n\n" + text;
            articles.accept(new Article(id, published, title, body, e.getLink(), feed.getTitle()));
        }
    }

    private static String contentOf(SyndEntry e) {
        StringBuilder b = new StringBuilder();
        for (SyndContent c : e.getContents()) if (c.getValue() != null) b.append(c.getValue()).append('\n');
        if (b.length() == 0 && e.getDescription() != null) b.append(e.getDescription().getValue());
        return b.length() == 0 ? null : b.toString();
    }

    /** Each HTML response of a WARC file as an article: its URL is its id, the capture's day its date. */
    static void warc(Path file, Consumer<Article> articles, Consumer<InputItem> failures) {
        try (WarcReader reader = new WarcReader(file)) {
            warc(reader, articles, failures);
        } catch (IOException e) {
            failures.accept(InputItem.failed(file.toString(), new ArticleError(ErrorCode.UNREADABLE, "cannot read WARC file "
                    + file + ": " + e.getMessage())));
        }
    }

    /** As {@link #warc(Path, Consumer, Consumer)}, from a stream (plain or gzipped WARC), named {@code name} in errors. */
    static void warc(String name, java.io.InputStream in, Consumer<Article> articles, Consumer<InputItem> failures) {
        try (WarcReader reader = new WarcReader(in)) {
            warc(reader, articles, failures);
        } catch (IOException e) {
            failures.accept(InputItem.failed(name, new ArticleError(ErrorCode.UNREADABLE, "cannot read WARC file "
                    + name + ": " + e.getMessage())));
        }
    }

    private static void warc(WarcReader reader, Consumer<Article> articles, Consumer<InputItem> failures) {
        for (WarcRecord record : reader) {
            if (!(record instanceof WarcResponse response)) continue;
            String url = response.target();
            try {
                MediaType type = response.payloadType();
                if (!type.base().equals(MediaType.HTML.base())) continue;
                byte[] body = response.payload().map(p -> {
                    try {
                        return p.body().stream().readAllBytes();
                    } catch (IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                }).orElse(new byte[0]);
                HtmlText.Page page = HtmlText.of(new String(body, StandardCharsets.UTF_8));
                if (page.text().isBlank()) {
                    failures.accept(InputItem.failed(url, new ArticleError(ErrorCode.EMPTY_TEXT, url + ": the page has no readable text")));
                    continue;
                }
                LocalDate day = response.date().atZone(ZoneOffset.UTC).toLocalDate();
                articles.accept(new Article(url, day, page.title(), page.text(), url, URI.create(url).getHost()));
            } catch (IOException | RuntimeException e) {
                failures.accept(InputItem.failed(url, new ArticleError(ErrorCode.UNREADABLE, url + ": " + e.getMessage())));
            }
        }
    }

    /** The body of an http(s) URL, or null with an error entry given to {@code failures}. */
    static byte[] fetch(String url, Consumer<InputItem> failures) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(FETCH_TIMEOUT)
                    .header("User-Agent", "wirecoder/0.1").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() / 100 != 2) {
                failures.accept(InputItem.failed(url, new ArticleError(ErrorCode.UNREADABLE, url + ": HTTP " + r.statusCode())));
                return null;
            }
            return r.body();
        } catch (IOException | IllegalArgumentException e) {
            failures.accept(InputItem.failed(url, new ArticleError(ErrorCode.UNREADABLE, url + ": " + e)));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.accept(InputItem.failed(url, new ArticleError(ErrorCode.UNREADABLE, url + ": interrupted")));
            return null;
        }
    }

    /** Whether bytes look like a feed: an XML document whose root is rss, feed or RDF. */
    static boolean looksLikeFeed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2000), StandardCharsets.UTF_8);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    }
}
