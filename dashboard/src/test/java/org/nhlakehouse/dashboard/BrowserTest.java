package org.nhlakehouse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nhlakehouse.dashboard.testing.Csv;
import org.nhlakehouse.dashboard.testing.SampleWarehouse;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard in Debian's Chromium, headless (Playwright drives /usr/bin/chromium; it downloads no browser of its
 * own): pages load without console errors under the Content-Security-Policy, charts draw their points, a filter
 * change redraws chart and table, and the downloaded CSV is the table.
 */
@QuarkusTest
@WithTestResource(SampleWarehouse.class)
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL root;

    BrowserContext context;
    Page page;
    final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void launch() {
        assertThat(CHROMIUM).as("Debian chromium (apt-get install chromium chromium-driver; .ci/run does)")
                .exists();
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true)
                .setViewportSize(1300, 900));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") || message.type().equals("warning")) {
                problems.add(message.type() + ": " + message.text());
            }
        });
        page.onPageError(error -> problems.add("page error: " + error));
        page.onRequestFailed(request -> problems.add("request failed: " + request.url()));
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    /** Opens a page and waits until every chart on it has drawn. */
    void visit(String path) {
        assertThat(page.navigate(url(path)).status()).as(path).isEqualTo(200);
        page.waitForFunction("() => [...document.querySelectorAll('[data-chart]')]"
                + ".every(e => e.dataset.rendered === 'true')");
    }

    @Test
    void everyPage_loadsWithoutConsoleErrors_andEveryChartDrawsItsPoints() {
        for (String path : List.of("/", "/facilities?quarter=2023Q2", "/facilities/335513",
                "/facilities/415002?quarter=2023Q2", "/states?quarter=2023Q2", "/states/NY?quarter=2023Q2",
                "/mix?quarter=2023Q2",
                "/occupancy?quarter=2023Q2", "/scatter?quarter=2023Q2", "/quality?quarter=2023Q2", "/health",
                "/metrics")) {
            visit(path);
            Locator charts = page.locator("[data-chart]");
            for (int i = 0; i < charts.count(); i++) {
                Locator chart = charts.nth(i);
                String id = chart.getAttribute("id");
                assertThat(Integer.parseInt(chart.getAttribute("data-points"))).as(path + " #" + id).isPositive();
                assertThat(chart.locator("svg path").count()).as(path + " #" + id + " drawn").isGreaterThan(3);
            }
            assertThat(problems).as(path).isEmpty();
        }
    }

    @Test
    void changingAFilter_redrawsChartAndTable() {
        visit("/states?quarter=2023Q2");
        String chartBefore = page.locator("#states-chart").getAttribute("data-chart");
        String valueBefore = page.locator("#states tbody tr").first().locator("td").nth(2).getAttribute("data-value");

        page.waitForNavigation(() -> page.selectOption("select[name=metric]", "occupancy"));
        page.waitForFunction("() => document.querySelector('#states-chart').dataset.rendered === 'true'");

        assertThat(page.url()).contains("metric=occupancy").contains("quarter=2023Q2");
        assertThat(page.locator("#states-chart").getAttribute("data-chart")).isNotEqualTo(chartBefore)
                .contains("Occupancy");
        assertThat(page.locator("#states tbody tr").first().locator("td").nth(2).getAttribute("data-value"))
                .isNotEqualTo(valueBefore);
        assertThat(problems).isEmpty();
    }

    @Test
    void clickingAStateOnTheMap_opensItsPage() {
        visit("/states?quarter=2023Q2&metric=rn_hprd");
        Locator map = page.locator("#states-map");
        assertThat(map.locator("svg path").count()).as("state boundaries drawn").isGreaterThan(50);
        @SuppressWarnings("unchecked")
        Map<String, List<Number>> centres = (Map<String, List<Number>>) page.evaluate(
                "() => JSON.parse(document.querySelector('#states-map').dataset.regions)");
        List<Number> ny = centres.get("NY");
        assertThat(ny).as("NY is drawn").isNotNull();

        // As a person does: rest the pointer on the state until its tooltip shows, then click. A press that lands in
        // the same instant as the pointer's arrival can race the chart's hover redraw, and the chart ignores it.
        double x = ny.get(0).doubleValue();
        double y = ny.get(1).doubleValue();
        map.hover(new Locator.HoverOptions().setPosition(x, y));
        map.locator("div", new Locator.LocatorOptions().setHasText("NY")).last().waitFor();
        page.waitForNavigation(() -> map.click(new Locator.ClickOptions().setPosition(x, y)));
        page.waitForFunction("() => [...document.querySelectorAll('[data-chart]')]"
                + ".every(e => e.dataset.rendered === 'true')");

        assertThat(page.url()).contains("/states/NY?quarter=2023Q2&metric=rn_hprd");
        assertThat(page.locator("h1").textContent()).contains("NY");
        assertThat(page.locator("#state-facilities tbody tr").count()).isPositive();
        assertThat(problems).isEmpty();
    }

    @Test
    void stateFilterOnTheScatter_narrowsThePoints() {
        visit("/scatter?quarter=2023Q2");
        int before = Integer.parseInt(page.locator("#scatter-chart").getAttribute("data-points"));

        page.waitForNavigation(() -> page.selectOption("select[name=state]", "WV"));
        page.waitForFunction("() => document.querySelector('#scatter-chart').dataset.rendered === 'true'");

        int after = Integer.parseInt(page.locator("#scatter-chart").getAttribute("data-points"));
        assertThat(after).isPositive().isLessThan(before);
        assertThat(page.locator("#scatter tbody tr").count()).isEqualTo(after);
        assertThat(problems).isEmpty();
    }

    @Test
    void downloadedCsv_isTheTable() throws Exception {
        visit("/facilities?quarter=2023Q2&state=RI&sort=total_hprd&dir=desc&size=200");

        Download download = page.waitForDownload(() -> page.locator("a[data-export=facilities]").click());
        Path file = download.path();
        List<List<String>> csv = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));

        @SuppressWarnings("unchecked")
        List<List<String>> table = (List<List<String>>) page.evalOnSelectorAll("#facilities tbody tr",
                "rows => rows.map(r => [...r.querySelectorAll('td')].map(td => td.dataset.value))");
        assertThat(download.suggestedFilename()).startsWith("facilities_quarter-2023Q2_state-RI").endsWith(".csv");
        assertThat(csv.subList(1, csv.size())).extracting(row -> row.subList(1, row.size())).isEqualTo(table);
        assertThat(csv.subList(1, csv.size())).extracting(List::getFirst).containsOnly("2023Q2");
        assertThat(csv).hasSize(1 + (int) SampleWarehouse.facilityQuarters("2023Q2").stream()
                .filter(r -> "RI".equals(r.get("state"))).count());
        assertThat(problems).isEmpty();
    }

    @Test
    void scatterPoint_linksToItsFacilityPage() {
        visit("/scatter?quarter=2023Q2&state=RI");
        Locator point = page.locator("#scatter-chart svg path[d]").last();
        point.hover(new Locator.HoverOptions().setForce(true));

        String href = page.locator("#scatter tbody a").first().getAttribute("href");
        page.waitForNavigation(() -> page.locator("#scatter tbody a").first().click());
        assertThat(page.url()).endsWith(href);
        assertThat(page.locator("h1").textContent()).contains("(");
        assertThat(problems).isEmpty();
    }

    /** Issue 9's screenshots for docs/dashboard.md, when -Ddashboard.screenshots=<folder> is set. */
    void screenshot(String name) {
        String folder = System.getProperty("dashboard.screenshots");
        if (folder != null && !folder.isBlank()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(folder, name)));
        }
    }

    @Test
    void searchBox_suggestsAsYouType_withoutReloading_andTheKeyboardOpensTheFacility() {
        visit("/states?quarter=2023Q2");
        page.evaluate("() => { window.notReloaded = true; }");
        Locator box = page.locator("#site-search");
        box.focus();
        box.pressSequentially("HATTIE id", new Locator.PressSequentiallyOptions().setDelay(40));
        page.waitForFunction("() => !document.querySelector('#site-search-list').hidden");

        assertThat(page.evaluate("() => window.notReloaded")).isEqualTo(true);
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(page.locator("#site-search-list [role=option]").first().textContent()).contains("415002");
        assertThat(page.locator("#site-search-status").textContent()).contains("match");
        screenshot("dashboard-search.png");

        box.press("ArrowDown");
        String active = box.getAttribute("aria-activedescendant");
        assertThat(page.locator("#" + active).getAttribute("aria-selected")).isEqualTo("true");
        page.waitForNavigation(() -> box.press("Enter"));
        assertThat(page.url()).endsWith("/facilities/415002");
        assertThat(page.locator("h1").textContent()).contains("HATTIE IDE CHAFFEE HOME");

        box.fill("zzzz-nothing");
        page.waitForFunction("() => document.querySelector('#site-search-status').textContent.startsWith('No')");
        assertThat(page.locator("#site-search-list").isHidden()).isTrue();
        box.press("Escape");
        assertThat(box.inputValue()).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void facilityTop_headlinesAndTrendFirst_dailyRowsBehindAToggle_definitionsOnHoverAndTap() {
        visit("/facilities/415002?quarter=2023Q2");
        assertThat(page.locator("[data-headline=rn_hprd] [data-rank=state]").textContent())
                .matches("RN HPRD \\d\\.\\d{3}: (higher|lower) than \\d+% of the \\d+ facilities in RI\\.");
        double trendTop = page.locator("#trend-chart").boundingBox().y;
        assertThat(trendTop).isLessThan(page.locator("#daily-chart").boundingBox().y);
        assertThat(page.locator("#days").isVisible()).isFalse();
        screenshot("dashboard-facility-top.png");

        page.locator("#days-rows > summary").click();
        assertThat(page.locator("#days").isVisible()).isTrue();

        Locator definition = page.locator("[data-headline=rn_hprd] a.def");
        definition.hover();
        assertThat(page.locator(".def-popup").textContent()).startsWith(definition.getAttribute("data-definition"));
        page.mouse().move(0, 0);
        page.locator("h1").click();
        assertThat(page.locator(".def-popup").count()).isZero();
        definition.focus();
        assertThat(page.locator(".def-popup").isVisible()).isTrue();
        assertThat(definition.getAttribute("aria-describedby")).isEqualTo("definition-popup");
        page.keyboard().press("Escape");
        assertThat(page.locator(".def-popup").count()).isZero();
        definition.click();
        assertThat(page.url()).contains("/facilities/415002");
        assertThat(page.locator(".def-popup").isVisible()).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void compare_facilitiesPickedFromSearch_oneChart_shareableUrl_andCsv() throws Exception {
        visit("/compare?ccn=415002");
        Locator box = page.locator("#compare-search");
        box.pressSequentially("335513", new Locator.PressSequentiallyOptions().setDelay(30));
        page.waitForFunction("() => !document.querySelector('#compare-search-list').hidden");
        box.press("ArrowDown");
        page.waitForNavigation(() -> box.press("Enter"));
        page.waitForFunction("() => document.querySelector('#compare-chart').dataset.rendered === 'true'");

        assertThat(page.url()).contains("/compare?ccn=415002").contains("ccn=335513");
        assertThat(page.locator("#chosen li").count()).isEqualTo(2);
        assertThat(Integer.parseInt(page.locator("#compare-chart").getAttribute("data-points"))).isPositive();
        assertThat(page.locator("#compare-chart").getAttribute("data-chart")).contains("(415002)", "(335513)");
        screenshot("dashboard-compare.png");

        String shared = page.url();
        Page other = context.newPage();
        other.navigate(shared);
        assertThat(other.locator("#chosen li").count()).isEqualTo(2);
        other.close();

        Download download = page.waitForDownload(() -> page.locator("a[data-export=compare]").click());
        List<List<String>> csv = Csv.parse(Files.readString(download.path(), StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        List<List<String>> table = (List<List<String>>) page.evalOnSelectorAll("#compare tbody tr",
                "rows => rows.map(r => [...r.querySelectorAll('td')].map(td => td.dataset.value))");
        assertThat(csv.subList(1, csv.size())).isEqualTo(table);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPage_passesAxeWcag21AA() throws Exception {
        String axe = new String(BrowserTest.class.getResourceAsStream("/axe/axe.min.js").readAllBytes(),
                StandardCharsets.UTF_8);
        List<String> violations = new ArrayList<>();
        for (String path : List.of("/", "/facilities?quarter=2023Q2", "/facilities/415002?quarter=2023Q2",
                "/states?quarter=2023Q2", "/states/NY?quarter=2023Q2", "/states/RI", "/mix?quarter=2023Q2",
                "/occupancy?quarter=2023Q2", "/scatter?quarter=2023Q2&state=RI", "/quality?quarter=2023Q2", "/health",
                "/metrics",
                "/search?q=providence", "/compare?ccn=415002,335513", "/compare", "/facilities/999999")) {
            page.navigate(url(path));
            page.waitForFunction("() => [...document.querySelectorAll('[data-chart]')]"
                    + ".every(e => e.dataset.rendered === 'true')");
            // Evaluated through the DevTools protocol, not as a page script: the page's CSP stays as served.
            page.evaluate(axe);
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate("async () => (await axe.run(document, { runOnly: "
                    + "{ type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations"
                    + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' '))"
                    + ".join(' | '))");
            found.forEach(v -> violations.add(path + " " + v));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void phoneWidth_skipLinkAndPrint() {
        page.setViewportSize(390, 844);
        for (String path : List.of("/", "/facilities/415002?quarter=2023Q2", "/compare?ccn=415002,335513",
                "/states?quarter=2023Q2", "/states/NY?quarter=2023Q2", "/mix?quarter=2023Q2", "/health", "/metrics",
                "/search?q=providence")) {
            visit(path);
            assertThat(page.evaluate("() => document.documentElement.scrollWidth")).as(path).isEqualTo(390);
        }
        visit("/facilities?quarter=2023Q2");
        assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(390);
        assertThat((Boolean) page.evaluate("() => { const s = document.querySelector('#facilities-block .scroll');"
                + " return s.scrollWidth > s.clientWidth; }")).as("the table scrolls inside its frame").isTrue();
        assertThat(page.locator("#site-search").boundingBox().width).isGreaterThan(200);

        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.className")).isEqualTo("skip-link");
        assertThat(page.locator("a.skip-link").boundingBox().y).isGreaterThanOrEqualTo(0);
        page.keyboard().press("Enter");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("main");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('header.top')).display"))
                .isEqualTo("none");
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('#facilities-block .scroll'))"
                + ".overflowX")).isEqualTo("visible");
        assertThat(problems).isEmpty();
    }
}
