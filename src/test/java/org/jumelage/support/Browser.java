package org.jumelage.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Selenium, with the driver given explicitly so Selenium
 * Manager never reaches for the network.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("jumelage.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("jumelage.chromedriver", "/usr/bin/chromedriver");

    private static final Duration POLL = Duration.ofMillis(50);

    private final ChromeDriver driver;
    private final String base;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=fr-CA");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * A wait that looks again every 50 ms. WebDriver's default of half a second is paid on nearly every
     * step (right after a click the server round trip is still under way), and adds up over a suite.
     */
    public WebDriverWait waitUpTo(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.pollingEvery(POLL);
        return wait;
    }

    /** Opens a path (or a full URL) and waits until Vaadin is idle. */
    public Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
        waitForVaadin();
        // Every page of the application has one main landmark; its presence means the view is rendered.
        // (The first page a new application context serves can take a while on a busy machine.)
        waitUpTo(Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main")));
        waitForVaadin();
        return this;
    }

    /**
     * Opens the first page of a test class and gives it two minutes: the first page an application
     * context serves after start-up can take long on a busy machine; later ones are quick.
     */
    public Browser openFirst(String path) {
        driver.get(base + path);
        waitUpTo(Duration.ofSeconds(120))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main")));
        return open(path);
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.substring(base.length());
    }

    public void waitForVaadin() {
        waitUpTo(Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                        + " && Object.keys(window.Vaadin.Flow.clients).filter(k => k !== 'TypeScript')"
                        + ".every(k => !window.Vaadin.Flow.clients[k].isActive()))")));
    }

    public WebElement find(String css) {
        return waitUpTo(Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Types into a Vaadin field (its input is in the light DOM). */
    public Browser type(String fieldCss, String text) {
        WebElement input = find(fieldCss + " input");
        input.clear();
        input.sendKeys(text);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
        return this;
    }

    /** Opens a Vaadin select and picks the item showing this text. */
    public Browser select(String selectCss, String itemText) {
        click(selectCss);
        waitUpTo(Duration.ofSeconds(20)).until(d -> {
            for (WebElement item : d.findElements(By.cssSelector("vaadin-select-item"))) {
                if (item.isDisplayed() && item.getText().trim().equals(itemText)) {
                    item.click();
                    return true;
                }
            }
            return false;
        });
        waitForVaadin();
        return this;
    }

    /** Sets a Vaadin date picker to an ISO date, as if picked from its calendar. */
    public Browser date(String pickerCss, String isoDate) {
        js("const p = document.querySelector(arguments[0]); p.value = arguments[1];"
                + " p.dispatchEvent(new CustomEvent('change', {bubbles: true}));", pickerCss, isoDate);
        waitForVaadin();
        return this;
    }

    /** Types into a combo box and picks the item with exactly this label. */
    public Browser choose(String comboCss, String label) {
        WebElement input = find(comboCss + " input");
        input.sendKeys(label);
        waitUpTo(Duration.ofSeconds(20)).until(d -> {
            for (WebElement item : d.findElements(By.cssSelector("vaadin-combo-box-item"))) {
                if (item.isDisplayed() && item.getText().trim().equals(label)) {
                    item.click();
                    return true;
                }
            }
            return false;
        });
        waitForVaadin();
        return this;
    }

    /** Types into a Vaadin text area. */
    public Browser write(String areaCss, String text) {
        WebElement area = find(areaCss + " textarea");
        area.clear();
        area.sendKeys(text);
        js("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", area);
        return this;
    }

    public Browser click(String css) {
        WebElement element = waitUpTo(Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            // A toast or an overlay's edge covers the spot; the element itself is ready.
            js("arguments[0].click()", element);
        }
        waitForVaadin();
        return this;
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until the page shows the text somewhere. */
    public Browser waitForText(String text) {
        try {
            waitUpTo(Duration.ofSeconds(20)).until(d -> bodyText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw new AssertionError("Page " + driver.getCurrentUrl() + " never showed \"" + text + "\"; it shows:\n"
                    + bodyText(), e);
        }
        return this;
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
