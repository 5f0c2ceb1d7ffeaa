package wirecoder.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import wirecoder.Extractor;
import wirecoder.data.Folders;
import wirecoder.io.ArticleReader;
import wirecoder.io.ExtractionRun;
import wirecoder.store.EventStore;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page as a user uses it, in Debian's headless Chromium: the samples' events on the map, the timeline and the
 * table; a filter; an event's article with its marks; a brushed date range; a pasted article. Screenshots go to
 * {@code target/screenshots/}. Without Chromium and ChromeDriver the test is skipped, unless
 * {@code WIRECODER_BROWSER_TEST=required} (as {@code .ci/run} sets it), when it fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    /** Long enough for the first pasted article, which loads the models. */
    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path dir;
    private static EventStore store;
    private static ApiServer server;
    private static String base;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "required".equals(System.getenv("WIRECODER_BROWSER_TEST"))) {
            fail("WIRECODER_BROWSER_TEST=required but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver)");
        }
        assumeTrue(present, "no " + CHROMIUM + " and " + CHROMEDRIVER + ": the browser test is skipped");
        dir = Files.createTempDirectory("wirecoder-page");
        store = EventStore.open(dir.resolve("s.duckdb"));
        Extractor extractor = new Extractor(Extractor.Config.defaults());
        try (ExtractionRun run = new ExtractionRun(extractor, 2, 120, store, new PrintStream(OutputStream.nullOutputStream()))) {
            new ArticleReader(null).read(List.of("../samples"), new ByteArrayInputStream(new byte[0]), run::submit);
            run.finish();
        }
        store.commit();
        server = new ApiServer(store, () -> extractor);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0) + "/";
        browser = chromium(dir.resolve("chromium-profile"));
        Files.createDirectories(SHOTS);
    }

    /** Debian's Chromium and ChromeDriver, headless, with the flags that keep it off the (closed) network. */
    static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
        if (dir != null) Folders.delete(dir);
    }

    @Test
    @Order(1)
    void theSamplesEventsAreOnTheMapTheTimelineAndTheTable() throws Exception {
        browser.get(base);
        new WebDriverWait(browser, WAIT).until(d -> Boolean.TRUE.equals(js("return window.wirecoder && window.wirecoder.loadMs != null && window.wirecoder.pending === 0")));
        JsonNode points = api("api/points");
        assertTrue(points.path("placed").asInt() > 10, "the samples place events: " + points);
        Number placed = (Number) js("return window.wirecoder.placed");
        assertEquals(points.path("placed").asInt(), placed.intValue(), "the page counts every placed event");
        assertEquals(points.path("returned").asInt(), ((Number) js("return window.wirecoder.drawn")).intValue(), "and draws each");
        assertTrue(clusterCount() > 0, "clusters are drawn at world zoom");
        long dated = 0;
        for (JsonNode d : api("api/stats").path("by_day")) dated += d.path("count").asLong();
        long barred = 0;
        for (WebElement bar : browser.findElements(By.cssSelector("#timeline rect.day"))) barred += Long.parseLong(bar.getAttribute("data-count"));
        assertEquals(dated, barred, "the timeline's bars hold every dated event");
        List<WebElement> rows = rows();
        assertEquals(Math.min(200, points.path("placed").asInt()), rows.size(), "the table lists the events in view (the whole world)");
        assertTrue(text("status").startsWith(points.path("total").asInt() + " events match"), text("status"));
        shot("1-page");
    }

    @Test
    @Order(2)
    void aFilterNarrowsTheMapAndTheTable() throws Exception {
        new Select(browser.findElement(By.id("filter-type"))).selectByValue("ASSAULT");
        act(() -> browser.findElement(By.id("apply")).click());
        JsonNode assaults = api("api/events?type=ASSAULT&limit=1");
        assertTrue(text("status").startsWith(assaults.path("total").asInt() + " events match"), text("status"));
        List<WebElement> rows = rows();
        assertFalse(rows.isEmpty());
        for (WebElement r : rows) assertEquals("ASSAULT", r.findElements(By.tagName("td")).get(1).getText().strip());
        assertEquals(api("api/points?type=ASSAULT").path("placed").asInt(), ((Number) js("return window.wirecoder.placed")).intValue());
        shot("2-filtered");
    }

    @Test
    @Order(3)
    void anEventOpensItsArticleWithItsMarks() throws Exception {
        act(() -> rows().get(0).click());
        assertTrue(browser.findElement(By.id("article-view")).isDisplayed());
        WebElement trigger = browser.findElement(By.cssSelector("#article-text mark.k-trigger.focus"));
        assertTrue(trigger.getAttribute("title").contains("triggers.tsv"), "hover names the lexicon rule: " + trigger.getAttribute("title"));
        assertFalse(browser.findElements(By.cssSelector("#article-text mark.k-actor")).isEmpty(), "actors marked");
        assertFalse(browser.findElements(By.cssSelector("#article-text mark.k-place")).isEmpty(), "places marked");
        assertTrue(browser.findElements(By.cssSelector("#article-events li")).size() >= 1);
        shot("3-article");
        browser.findElement(By.id("article-close")).click();
        act(() -> browser.findElement(By.id("clear-filters")).click());
    }

    @Test
    @Order(4)
    void brushingTheTimelinePicksDates() throws Exception {
        WebElement timeline = browser.findElement(By.id("timeline"));
        int w = timeline.getSize().getWidth();
        // From the middle of the timeline to its right end: the later half of the samples' days.
        act(() -> new Actions(browser).moveToElement(timeline, 0, 0).clickAndHold().moveByOffset(w / 2 - 2, 0).release().perform());
        String from = browser.findElement(By.id("filter-from")).getAttribute("value");
        String to = browser.findElement(By.id("filter-to")).getAttribute("value");
        assertFalse(from.isEmpty() || to.isEmpty(), "the brush fills the date filters");
        JsonNode inRange = api("api/events?limit=1&from=" + from + "&to=" + to);
        assertTrue(text("status").startsWith(inRange.path("total").asInt() + " events match"), from + ".." + to + ": " + text("status"));
        assertFalse(browser.findElements(By.cssSelector("#timeline rect.brush")).isEmpty());
        shot("4-brushed");
        act(() -> browser.findElement(By.id("timeline-clear")).click());
    }

    @Test
    @Order(5)
    void aPastedArticleIsCodedAndShownAtOnce() throws Exception {
        browser.findElement(By.id("paste-open")).click();
        js("document.getElementById('paste-published').value = '2017-07-22'");
        browser.findElement(By.id("paste-text")).sendKeys("Hezbollah fighters attacked Nusra Front positions near Arsal on Friday, "
                + "killing 12 militants, a military source said.");
        act(() -> browser.findElement(By.id("paste-submit")).click());
        assertTrue(text("article-title").startsWith("Pasted article"), text("article-title"));
        assertTrue(text("article-events").contains("ASSAULT"), text("article-events"));
        assertTrue(text("article-events").contains("12 dead"), text("article-events"));
        Number onMap = (Number) js("return window.wirecoder.pastedLayer.getLayers().length");
        assertEquals(1, onMap.intValue(), "the pasted event is on the map near Arsal");
        assertFalse(browser.findElements(By.cssSelector("#article-text mark.k-count")).isEmpty(), "the count is marked");
        shot("5-pasted");
    }

    /** Does what a user does, then waits until the page has finished it (its count of finished actions moves on). */
    private void act(Runnable action) {
        long before = ((Number) js("return window.wirecoder.done")).longValue();
        action.run();
        new WebDriverWait(browser, WAIT).withMessage(() -> "the page did not finish; it says: " + text("status")).until(d -> Boolean.TRUE.equals(js(
                "return window.wirecoder.done > " + before + " && window.wirecoder.pending === 0")));
    }

    private Object js(String script) {
        return browser.executeScript(script);
    }

    private long clusterCount() {
        return browser.findElements(By.cssSelector(".cluster")).size();
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#event-table tbody tr"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }
}
