package dev.awsmcp.auditmode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * report.html in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run}): it loads from a file with no console errors and no request anywhere, shows the findings, filters
 * by severity and status, sorts, expands evidence, and shows untrusted values as text. Skipped with a message where
 * no browser is installed, except under CI.
 */
class HtmlReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String why = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + System.getProperty("java.io.tmpdir") + "/aws-mcp-chromium-" + ProcessHandle.current().pid());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
                options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Check check(String id, Severity severity) {
        return new Check(id, "Title of " + id, severity, "s3", "security", true, "aws s3api list-buckets", "Buckets",
                "Name", "arn:aws:s3:::{Id}", List.of(), null, "item.x", null, Map.of(), Map.of(), null,
                "Fix it.", "aws s3api put-x --bucket <b>", "2.1.1", List.of("https://docs.aws.amazon.com/x"), "t:1");
    }

    private static Finding finding(Check c, FindingStatus status, String resource) {
        return new Finding(c, status, "111122223333", "prod", "global", resource, "arn:aws:s3:::" + resource,
                new Finding.Evidence("aws s3api get-x --bucket " + resource, "item.x", TextNode.valueOf("v-" + resource),
                        status == FindingStatus.FAIL ? "It is off." : null));
    }

    /** Picks an option as a user would, firing the change event the page listens to. */
    private static void choose(String selectId, String value) {
        browser.executeScript("var s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + " s.dispatchEvent(new Event('change'));", selectId, value);
    }

    @Test
    void theReportRendersFiltersSortsAndExpandsWithoutConsoleErrors(@TempDir Path dir) throws Exception {
        Check critical = check("s3-critical-thing", Severity.CRITICAL);
        Check low = check("s3-low-thing", Severity.LOW);
        AuditResult r = new AuditResult(Instant.parse("2026-12-07T10:00:00Z"), Instant.parse("2026-12-07T10:00:03Z"),
                List.of(critical, low), List.of(new AuditRunner.Target("111122223333", "prod", "us-east-1", null, null)),
                List.of(finding(critical, FindingStatus.FAIL, "open-bucket"),
                        finding(critical, FindingStatus.PASS, "good-bucket"),
                        finding(low, FindingStatus.FAIL, "<img src=x onerror=alert(1)>"),
                        finding(low, FindingStatus.ERROR, "broken-bucket")),
                List.of("Region ap-east-1 skipped for account 111122223333: OptInRequired."));
        AuditReports.write(r, new AuditRequest(List.of("security"), List.of(), null, null, null, null, null, null,
                null, Severity.LOW).scope(), dir, List.of("html"));
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).doesNotContain("http://cdn", "https://cdn", "<link ", "src=\"http");

        browser.get(dir.resolve("report.html").toUri().toString());
        List<WebElement> rows = browser.findElements(By.cssSelector("#findings tbody tr.finding"));
        assertThat(rows).hasSize(4);
        assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo("4 of 4 findings");
        assertThat(browser.findElement(By.cssSelector(".n[data-status=FAIL]")).getText()).isEqualTo("2");
        assertThat(browser.findElements(By.cssSelector("figure.chart svg rect"))).isNotEmpty();
        // the hostile resource id is text, not an element
        assertThat(browser.findElements(By.cssSelector("#findings img"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#findings tbody")).getText()).contains("<img src=x onerror=alert(1)>");

        choose("filter-severity", "critical");
        assertThat(browser.findElements(By.cssSelector("#findings tbody tr.finding")))
                .hasSize(2).allSatisfy(tr -> assertThat(tr.getAttribute("data-severity")).isEqualTo("critical"));
        choose("filter-status", "FAIL");
        List<WebElement> failing = browser.findElements(By.cssSelector("#findings tbody tr.finding"));
        assertThat(failing).hasSize(1);
        assertThat(failing.get(0).getText()).contains("open-bucket");

        WebElement evidence = browser.findElement(By.cssSelector("#findings tbody tr.evidence"));
        assertThat(evidence.isDisplayed()).isFalse();
        failing.get(0).click();
        assertThat(evidence.isDisplayed()).isTrue();
        assertThat(evidence.getText()).contains("aws s3api get-x --bucket open-bucket", "It is off.", "Fix it.");

        choose("filter-severity", "");
        choose("filter-status", "");
        browser.findElement(By.id("search")).sendKeys("broken");
        assertThat(browser.findElements(By.cssSelector("#findings tbody tr.finding"))).hasSize(1);
        browser.findElement(By.id("search")).clear();
        browser.findElement(By.cssSelector("th[data-key=resourceId]")).click();
        List<WebElement> sorted = browser.findElements(By.cssSelector("#findings tbody tr.finding td:nth-child(6)"));
        assertThat(sorted.get(0).getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(browser.getPageSource()).contains("Region ap-east-1 skipped");

        List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(console).filteredOn(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).isEmpty();
    }
}
