package vn.toadam.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, driven by its chromedriver), with a profile of its own so each browser is a
 * different person. A missing Chromium fails the test: browser tests are never silently skipped.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    public Browser(int width, int height) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver");
        }
        try {
            profile = Files.createTempDirectory("toadam-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=vi", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        downloads = profile.resolve("downloads");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** Where files this browser downloads end up. */
    public Path downloads() {
        return downloads;
    }

    public Browser() {
        this(1366, 768);
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement waitFor(String css) {
        try {
            return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = Path.of("target", "screenshots", "failed-waiting-for-" + css.replaceAll("\\W+", "-") + ".png");
            screenshot(shot);
            throw new AssertionError("waiting for " + css + " (screenshot: " + shot + ")", e);
        }
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void type(String fieldCss, String text) {
        WebElement input = waitFor(fieldCss + " input, " + fieldCss + " textarea");
        input.clear();
        input.sendKeys(text);
    }

    public void click(String css) {
        click(waitFor(css));
    }

    /** Scrolls the element to the middle of the window first, so no header or footer covers it. */
    public void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementNotInteractableException coveredOrTiny) {
            driver.executeScript("arguments[0].click()", element);
        }
    }

    public void until(String description, java.util.function.Supplier<Boolean> condition) {
        try {
            new WebDriverWait(driver, WAIT).withMessage(description)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> condition.get());
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = Path.of("target", "screenshots", "failed-" + description.replaceAll("\\W+", "-") + ".png");
            screenshot(shot);
            throw new AssertionError(description + " (screenshot: " + shot + ")", e);
        }
    }

    /** Texts of the cards of one column, as shown. */
    public List<String> cardTexts(String cardType) {
        return all("#column-" + cardType + " .card-text").stream().map(WebElement::getText).toList();
    }

    public WebElement card(String text) {
        return all(".board-card").stream().filter(c -> c.findElement(By.cssSelector(".card-text")).getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no card '" + text + "' on " + driver.getCurrentUrl()));
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts this browser off the network (as a dropped Wi-Fi does) or puts it back, via DevTools emulation. */
    public void offline(boolean offline) {
        org.openqa.selenium.chromium.ChromiumNetworkConditions conditions =
                new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        conditions.setOffline(offline);
        driver.setNetworkConditions(conditions);
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
