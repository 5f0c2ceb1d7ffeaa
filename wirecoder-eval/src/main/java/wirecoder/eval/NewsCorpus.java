package wirecoder.eval;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import wirecoder.model.Article;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * General news as extract reads it: the articles of the geoparsing corpora in ../shared/eval/geoparsing-gritta
 * (TR-News, GeoWebNews, LGL, GeoVirus), with the ids, texts and publication days that tools/precision-sample.py gives them,
 * so that judgments made on its packets join events coded here.
 */
final class NewsCorpus {

    private NewsCorpus() {
    }

    static final Map<String, String> FILES = Map.of("trnews", "TR-News.xml", "gwn", "GeoWebNews_GWN.xml", "lgl", "lgl.xml",
            "geovirus", "GeoVirus.xml");

    static List<Article> read(Path sharedEval, String corpus) throws IOException {
        String file = FILES.get(corpus);
        if (file == null) throw new IllegalArgumentException("no news corpus " + corpus + "; known: " + FILES.keySet());
        Path path = sharedEval.resolve("geoparsing-gritta").resolve(file);
        try {
            NodeList articles = articles(path);
            List<Article> out = new ArrayList<>();
            for (int i = 0; i < articles.getLength(); i++) {
                Element a = (Element) articles.item(i);
                String text = text(a, "text");
                if (text.isEmpty()) continue;
                // GeoWebNews has no ids or dates: "gwn-" and its file number, the date inferred from the text; GeoVirus
                // (disease news) has neither ids nor files: "gv-" and its position.
                String id = a.hasAttribute("docid") ? a.getAttribute("docid")
                        : a.hasAttribute("file") ? "gwn-" + a.getAttribute("file") : "gv-" + i;
                String day = text(a, "dltime");
                LocalDate published = null;
                try {
                    // As extract reads a "published" that is no ISO date ("7:58 AM ET"): ignored.
                    published = LocalDate.parse(day.length() >= 10 ? day.substring(0, 10) : day);
                } catch (java.time.format.DateTimeParseException ignored) {
                    // the day is inferred from the text
                }
                out.add(new Article(id, published, text(a, "title"), text, null, null));
            }
            return out;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The {@code <article>} elements of a geoparsing corpus file (no DTDs read). */
    static NodeList articles(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        return doc.getElementsByTagName("article");
    }

    /** The text of an element's first child element named {@code tag}, or null when it has none. */
    static String child(Element e, String tag) {
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) return c.getTextContent();
        }
        return null;
    }

    private static String text(Element e, String tag) {
        String t = child(e, tag);
        return t == null ? "" : t.strip();
    }
}
