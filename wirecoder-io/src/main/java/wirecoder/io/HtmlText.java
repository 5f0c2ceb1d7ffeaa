package wirecoder.io;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An article's title and text from a web page, whatever its markup: paragraphs in {@code <p>}, text in {@code <div>}s
 * split by {@code <br>}, {@code <pre>} wire copy, table cells. Boilerplate goes first (scripts, navigation, headers,
 * footers, form controls, share and related-link blocks, comments), then the article's container is chosen ({@code <article>},
 * {@code <main>}, an {@code articleBody}, else the element whose own paragraphs hold the most prose), and its blocks
 * become paragraphs separated by blank lines, which the sentence splitter treats as sentence ends. Link lists and
 * one-word blocks ("Share", "Advertisement") are dropped. Measured against hand-cleaned text of real pages by
 * {@code tools/html-text-eval.sh}; see docs/html.md.
 */
public final class HtmlText {

    /** The page's title (its first {@code <h1>}, else {@code <title>}) and the article's text; either may be empty. */
    public record Page(String title, String text) {
    }

    // Not <form>: ASP.NET pages wrap the whole page in one; its controls go instead.
    private static final String BOILERPLATE = "script, style, noscript, template, svg, nav, header, footer, aside, "
            + "iframe, button, select, input, textarea, label, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + ".advert, .ad, .ads, .share, .sharing, .social, .related, .comments, #comments, .breadcrumb, .breadcrumbs, "
            + ".newsletter, .promo, .cookie, .subscribe, figcaption.credit";

    /** Elements whose text stands apart from what precedes and follows it. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
            "h6", "li", "ul", "ol", "dl", "dt", "dd", "td", "th", "tr", "table", "caption", "pre", "blockquote", "figcaption",
            "address", "center", "hr", "br", "body", "header", "footer", "tbody", "thead");

    /** A block whose words are mostly link text is navigation, not prose. */
    static final double MAX_LINK_SHARE = 0.5;
    /** A list item shorter than this is a menu entry, not a paragraph. */
    static final int MIN_LIST_ITEM_WORDS = 8;
    /** A marked container ({@code <article>}, {@code <main>}) with less text than this is a teaser, not the story. */
    static final int MIN_CONTAINER_CHARS = 200;
    /** A block shorter than this does not vote for the container it sits in. */
    static final int MIN_PARAGRAPH_CHARS = 25;
    /** A sibling of the container joins it with this score, or this share of the container's (Readability's values). */
    static final double SIBLING_MIN_SCORE = 10;
    static final double SIBLING_SHARE = 0.2;
    /** A paragraph-like sibling joins it with this much text and less than this share of link text. */
    static final int SIBLING_PARAGRAPH_CHARS = 80;
    static final double SIBLING_MAX_LINK_SHARE = 0.25;

    private HtmlText() {
    }

    public static Page of(String html) {
        Document d = Jsoup.parse(html);
        // Simple selectors only: a descendant combinator walks every ancestor, and pages may nest 100,000 deep.
        Element h1 = d.selectFirst("h1");
        String title = h1 != null ? h1.text().trim() : d.title().trim();
        d.select(BOILERPLATE).remove();
        removeComments(d);
        List<String> paragraphs = new ArrayList<>();
        if (h1 != null && !title.isEmpty()) paragraphs.add(title);
        for (Element root : container(d)) {
            for (String p : blocks(root)) {
                if (paragraphs.isEmpty() || !paragraphs.get(paragraphs.size() - 1).equals(p)) paragraphs.add(p);
            }
        }
        return new Page(title, String.join("\n\n", paragraphs));
    }

    /**
     * The element that holds the article: a marked one, else the one whose paragraphs score most. As in Readability,
     * a paragraph scores for its parent and half as much for its grandparent, so a story whose paragraphs each sit in
     * a wrapper of their own ("firstPar", "secondPar") is still found whole.
     */
    static List<Element> container(Document d) {
        for (String marked : List.of("[itemprop=articleBody]", "article", "main", "[role=main]")) {
            Element e = d.selectFirst(marked);
            if (e != null && e.text().length() >= MIN_CONTAINER_CHARS) return List.of(e);
        }
        if (d.body() == null) return List.of();
        java.util.Map<Element, Double> score = new java.util.IdentityHashMap<>();
        for (Element e : d.body().getAllElements()) {
            // Text straight in a <div>, a cell or a <span> (paragraphs split by <br>) counts as a paragraph there.
            boolean paragraph = e.normalName().equals("p") || e.normalName().equals("pre");
            String own = paragraph ? e.text() : e.ownText();
            if (own.length() < MIN_PARAGRAPH_CHARS) continue;
            double s = paragraphScore(own);
            Element first = e.parent();
            if (first == null) continue;
            score.merge(first, s, Double::sum);
            if (first.parent() != null) score.merge(first.parent(), s / 2, Double::sum);
        }
        Element best = null;
        double bestScore = 0;
        for (var x : score.entrySet()) {
            if (x.getValue() > bestScore) {
                bestScore = x.getValue();
                best = x.getKey();
            }
        }
        if (best == null) return List.of(d.body());
        if (best.parent() == null) return List.of(best);
        // The story's first paragraphs may sit beside the container, each in a wrapper of its own.
        List<Element> parts = new ArrayList<>();
        for (Element sibling : best.parent().children()) {
            if (sibling == best || score.getOrDefault(sibling, 0.0) >= Math.max(SIBLING_MIN_SCORE, SIBLING_SHARE * bestScore)
                    || isParagraph(sibling)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    /** A paragraph beside the container: a {@code <p>}, or a wrapper holding only inline text, of some length and few links. */
    private static boolean isParagraph(Element e) {
        String text = e.text();
        if (text.length() < SIBLING_PARAGRAPH_CHARS) return false;
        for (Element c : e.select("*")) {
            if (c != e && BLOCKS.contains(c.normalName()) && !c.normalName().equals("p") && !c.normalName().equals("br")) return false;
        }
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return links < SIBLING_MAX_LINK_SHARE * text.length();
    }

    /** A paragraph's weight as prose: one, plus its commas, plus a point per hundred characters up to three. */
    static double paragraphScore(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == ',') commas++;
        return 1 + commas + Math.min(text.length() / 100, 3);
    }

    /** The element's text as paragraphs: one per block; {@code <br>} and blank lines in {@code <pre>} also end one. */
    static List<String> blocks(Element root) {
        Paragraphs out = new Paragraphs();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.text(t.getWholeText());
                } else if (node instanceof Element e) {
                    out.element(e.normalName(), 1);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) out.element(e.normalName(), -1);
            }
        }, root);
        out.flush();
        return out.done;
    }

    /**
     * Paragraphs as the page's nodes stream by. Depth counters stand in for ancestor walks, so a page nested
     * 100,000 levels deep costs no more than a flat one.
     */
    private static final class Paragraphs {
        final List<String> done = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int linkChars;
        private int pre;
        private int link;
        private int listItem;

        /** An element opens (+1) or closes (-1): a block ends the paragraph before it, and the depths follow. */
        void element(String tag, int step) {
            if (BLOCKS.contains(tag)) flush();
            switch (tag) {
                case "pre" -> pre += step;
                case "a" -> link += step;
                case "li" -> listItem += step;
                default -> { }
            }
        }

        void text(String s) {
            // Wire copy in <pre> wraps lines at a fixed width: a single newline is a space, a blank line a paragraph.
            String[] parts = pre > 0 ? s.split("\\r?\\n[ \\t]*\\r?\\n", -1) : new String[]{s};
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) flush();
                String part = parts[i].replaceAll("\\s+", " ");
                current.append(part);
                if (link > 0) linkChars += part.trim().length();
            }
        }

        void flush() {
            String p = current.toString().replaceAll("\\s+", " ").trim();
            int links = linkChars;
            current.setLength(0);
            linkChars = 0;
            if (p.isEmpty()) return;
            int words = p.split(" ").length;
            if (words < 2 && !p.matches(".*[.!?]$")) return;
            if (links > MAX_LINK_SHARE * p.length()) return;
            if (listItem > 0 && words < MIN_LIST_ITEM_WORDS) return;
            if (!done.isEmpty() && done.get(done.size() - 1).equals(p)) return;
            done.add(p);
        }
    }

    private static void removeComments(Node root) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.Comment) comments.add(node);
        }, root);
        comments.forEach(Node::remove);
    }
}
