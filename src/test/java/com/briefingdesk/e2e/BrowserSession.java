package com.briefingdesk.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium on the running application, with the vocabulary of the scenarios: log in,
 * open a view, fill a field, click, wait for the server, take a step's screenshot, run axe.
 *
 * <p>Vaadin components are web components whose native {@code <input>}/{@code <textarea>} sits in the light DOM
 * (slot {@code input}/{@code textarea}), so the browser types into them as a person would. After each action the
 * session waits until every Vaadin Flow client has finished its round trip ({@link #settle()}).
 *
 * <p>Every message the page writes to the console is kept in target/e2e/&lt;scenario&gt;-console.log; an error
 * (level SEVERE) fails the step that checks next ({@link #step(String)}) or, at the latest, {@link #close()}.
 */
public final class BrowserSession implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);

    private static final String SETTLED = """
            if (document.readyState !== 'complete') return false;
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) return false;
            const clients = Object.values(flow.clients);
            return clients.length > 0 && clients.every(client => !client.isActive || !client.isActive());
            """;

    /** Each visible row of a vaadin-grid: the texts of its cells and the ids of the elements in them. */
    private static final String GRID_ROWS = """
            const grid = document.querySelector(arguments[0]);
            if (!grid || grid.hidden || !grid.shadowRoot) return [];
            return [...grid.shadowRoot.querySelectorAll('#items tr')].filter(tr => !tr.hidden).map(tr => {
              const contents = [...tr.querySelectorAll('slot')].flatMap(slot => slot.assignedElements());
              return {
                cells: contents.map(content => content.textContent.trim()),
                ids: contents.flatMap(content => [...content.querySelectorAll('[id]')].map(e => e.id))
              };
            });
            """;

    /** How much taller than the viewport the content is: the page's or the app layout content area's overflow. */
    private static final String HIDDEN_HEIGHT = """
            const page = document.scrollingElement;
            let hidden = page.scrollHeight - page.clientHeight;
            for (const layout of document.querySelectorAll('vaadin-app-layout')) {
              const content = layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
              if (content) hidden = Math.max(hidden, content.scrollHeight - content.clientHeight);
            }
            return Math.max(0, Math.ceil(hidden));
            """;

    static final int TALLEST_SCREENSHOT = 6000;

    /**
     * The suite uses WebDriver only, never the DevTools protocol: no warning that Selenium has no CDP bindings for
     * this Chromium's version. Held here, since java.util.logging keeps loggers only weakly.
     */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private final Scenario scenario;
    private final String who;
    private final Path profile;
    private final ChromeDriver driver;
    private final List<LogEntry> uncheckedErrors = new ArrayList<>();

    BrowserSession(Scenario scenario, String who) {
        this.scenario = scenario;
        this.who = who;
        try {
            Path profiles = E2E.outputDir().resolveSibling("e2e-profiles");
            Files.createDirectories(profiles);
            this.profile = Files.createTempDirectory(profiles, scenario.name() + "-" + Scenario.slug(who) + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(E2E.chrome());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging); // goog:loggingPrefs
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(E2E.chromedriver()))
                .usingAnyFreePort()
                .withLogFile(scenario.file(Scenario.slug(who) + "-chromedriver.log").toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    // ---- navigation and waiting ------------------------------------------------------------------------------

    /** Opens a path of the application (relative, e.g. {@code articles/new}) as if typed into the address bar. */
    public BrowserSession open(String path) {
        driver.get(E2E.baseUrl() + (path.startsWith("/") ? path.substring(1) : path));
        return settle();
    }

    /** Waits until the page has loaded and no Vaadin client has a request to the server under way. */
    public BrowserSession settle() {
        // twice in a row: a click may start its round trip a moment after the first look
        for (int i = 0; i < 2; i++) {
            waitUntil(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(SETTLED)));
            sleep(100);
        }
        return this;
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return waitUntil(condition, WAIT);
    }

    public <T> T waitUntil(Function<WebDriver, T> condition, Duration within) {
        return new WebDriverWait(driver, within).until(condition);
    }

    /** The path of the current URL without the leading slash, e.g. {@code articles/12}. */
    public String path() {
        String path = URI.create(driver.getCurrentUrl()).getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** Waits until the path of the current URL matches the regular expression; returns the path. */
    public String waitForPath(String regex) {
        try {
            waitUntil(d -> path().matches(regex));
        } catch (RuntimeException e) {
            throw new AssertionError("expected a path matching " + regex + " but the browser of " + who + " is at "
                    + driver.getCurrentUrl(), e);
        }
        settle();
        return path();
    }

    /**
     * The element with the id, once it is rendered visibly. Visibility is the browser's own
     * ({@code checkVisibility()}), not WebDriver's, which counts an element scrolled out of the app layout's
     * content area as hidden.
     */
    public WebElement element(String id) {
        try {
            return waitUntil(d -> visible(id));
        } catch (RuntimeException e) {
            throw new AssertionError("no visible #" + id + " in the browser of " + who + " at " + driver.getCurrentUrl(), e);
        }
    }

    private WebElement visible(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        if (found.isEmpty()) {
            return null;
        }
        Object visible = driver.executeScript("return arguments[0].checkVisibility({checkVisibilityCSS: true})",
                found.get(0));
        return Boolean.TRUE.equals(visible) ? found.get(0) : null;
    }

    /** Runs the check with the browser window at the given size, then restores the window. */
    public void atWindowSize(int width, int height, Runnable check) {
        Dimension window = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(width, height));
        settle();
        try {
            check.run();
        } finally {
            driver.manage().window().setSize(window);
            settle();
        }
    }

    /** Scrolls the page and the app layout's content area to their ends, as someone who has read to the bottom. */
    public BrowserSession scrollToEnd() {
        driver.executeScript("""
                document.scrollingElement.scrollTop = document.scrollingElement.scrollHeight;
                for (const layout of document.querySelectorAll('vaadin-app-layout')) {
                  const content = layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
                  if (content) content.scrollTop = content.scrollHeight;
                }
                """);
        return this;
    }

    /**
     * What keeps the page from fitting a phone's width, as the person sees it: a header taller than one line, the
     * signed-in person's name still in it, the page or the view scrolling sideways. Empty where it fits. A grid may
     * scroll sideways within itself.
     */
    @SuppressWarnings("unchecked")
    public List<String> fitsThePhone() {
        return (List<String>) driver.executeScript("""
                const problems = [];
                const header = document.querySelector('.app-header');
                const height = header.getBoundingClientRect().height;
                if (height > 64) problems.push('the header is ' + height + ' px high');
                const who = document.getElementById('current-user');
                if (who && who.checkVisibility({checkVisibilityCSS: true})) problems.push('the name is in the header');
                const page = document.scrollingElement;
                if (page.scrollWidth > page.clientWidth + 1) problems.push('the page is ' + page.scrollWidth + ' px wide');
                for (const layout of document.querySelectorAll('vaadin-app-layout')) {
                  const content = layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
                  if (content && content.scrollWidth > content.clientWidth + 1) {
                    // named by the outermost elements that reach past the screen's edge
                    const wide = [...layout.querySelectorAll('*')].filter(e => {
                      const r = e.getBoundingClientRect();
                      return r.width > 0 && r.right > window.innerWidth + 1
                          && !(e.parentElement && e.parentElement.getBoundingClientRect().right > window.innerWidth + 1);
                    }).slice(0, 3).map(e => e.localName + (e.id ? '#' + e.id : '')
                        + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : ''));
                    problems.push('the view is ' + content.scrollWidth + ' px wide: ' + wide.join(', '));
                  }
                }
                return problems;
                """);
    }

    /** Whether the element with the id lies wholly within the window as the page is scrolled now. */
    public boolean inView(String id) {
        Object inView = driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
                """, element(id));
        return Boolean.TRUE.equals(inView);
    }

    /** Whether the element with the id lies across the window's width wholly, with no sideways scroll to reach it. */
    public boolean withinTheWidth(String id) {
        Object within = driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;
                """, element(id));
        return Boolean.TRUE.equals(within);
    }

    /** The rendered width of the element with the id, in CSS pixels. */
    public double width(String id) {
        Object width = driver.executeScript("return arguments[0].getBoundingClientRect().width", element(id));
        return ((Number) width).doubleValue();
    }

    /** The computed colour of the element's text, as its red, green and blue parts (0 to 255). */
    public List<Integer> textColour(String id) {
        String colour = (String) driver.executeScript("return getComputedStyle(arguments[0]).color", element(id));
        return Pattern.compile("\\d+").matcher(colour).results().limit(3).map(m -> Integer.valueOf(m.group()))
                .toList();
    }

    /** How many lines the element's text takes, from its height and line height. */
    public long lines(By locator) {
        WebElement element = waitUntil(d -> d.findElements(locator).stream().findFirst().orElse(null));
        Object lines = driver.executeScript("""
                const style = getComputedStyle(arguments[0]);
                const height = arguments[0].getBoundingClientRect().height
                    - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
                return Math.round(height / parseFloat(style.lineHeight));
                """, element);
        return ((Number) lines).longValue();
    }

    /**
     * Whether the page would have the browser ask before a reload or a closed tab: its answer to a beforeunload.
     * (A real reload cannot show it here: WebDriver accepts the browser's question on its own.)
     */
    public boolean reloadWouldAsk() {
        settle();
        return Boolean.TRUE.equals(driver.executeScript("""
                const event = new Event('beforeunload', {cancelable: true});
                window.dispatchEvent(event);
                return event.defaultPrevented;"""));
    }

    public boolean isPresent(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** The rendered text of an element, once it is visible. */
    public String text(String id) {
        return innerText(element(id));
    }

    private String innerText(WebElement element) {
        Object text = driver.executeScript("return arguments[0].innerText", element);
        return text == null ? "" : text.toString().strip();
    }

    /** Waits until the element's text contains the given text; returns the whole text. */
    public String waitForText(String id, String expected) {
        try {
            return waitUntil(d -> {
                WebElement element = visible(id);
                String text = element == null ? null : innerText(element);
                return text != null && text.contains(expected) ? text : null;
            });
        } catch (RuntimeException e) {
            WebElement element = visible(id);
            throw new AssertionError("#" + id + " should contain «" + expected + "» but shows «"
                    + (element == null ? "(no visible element)" : innerText(element)) + "»", e);
        }
    }

    /**
     * What a field shows: the value of the native input or text area of a Vaadin field (a combo box's own
     * {@code value} is an item key, not its label).
     */
    /**
     * The native input of a Vaadin field: its own slotted input or text area, or, for a custom field such as the
     * opinion field (a text area beside a phrase picker), the text area inside it.
     */
    private static final String FIELD_INPUT = ":scope > input, :scope > textarea, :scope vaadin-text-area > textarea";

    public String value(String id) {
        element(id);
        Object value = driver.executeScript("""
                const field = document.getElementById(arguments[0]);
                const input = field.querySelector(arguments[1]);
                return (input || field).value;
                """, id, FIELD_INPUT);
        return value == null ? "" : value.toString();
    }

    /** The message a field shows under it while it is marked invalid; empty when it is not. */
    public String fieldError(String id) {
        element(id);
        settle();
        Object message = driver.executeScript("""
                const field = document.getElementById(arguments[0]);
                return field.invalid ? field.errorMessage : '';
                """, id);
        return message == null ? "" : message.toString();
    }

    // ---- acting -----------------------------------------------------------------------------------------------

    /** Logs in through the real login page and waits for the application frame. */
    public BrowserSession login(String username) {
        if (!path().equals("login")) {
            open("login");
        }
        WebElement user = waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername > input")));
        user.clear();
        user.sendKeys(username);
        WebElement password = driver.findElement(By.cssSelector("#vaadinLoginPassword > input"));
        password.clear();
        password.sendKeys(E2E.demoPassword(), Keys.ENTER);
        waitUntil(d -> !path().startsWith("login"));
        element("logout"); // the frame's, at every width (on a phone the name moves into the menu)
        return settle();
    }

    /** Logs out with the button of the frame and waits for the login page. */
    public BrowserSession logout() {
        click("logout");
        waitForPath("login");
        return this;
    }

    /** Clears a text field, text area or combo box and types the text into it, then leaves it (Tab). */
    public BrowserSession fill(String id, String text) {
        WebElement input = input(id);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        type(input, text);
        return leave(input);
    }

    /** Types the text at the end of what a text field or area holds, then leaves it. */
    public BrowserSession append(String id, String text) {
        WebElement input = input(id);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        type(input, text);
        return leave(input);
    }

    /** Types a date (2026-11-30) into a date picker. */
    public BrowserSession fillDate(String id, String date) {
        return enter(input(id), date);
    }

    /** Types a date (2026-11-30) and a time (17:00) into the two fields of a vaadin-date-time-picker. */
    public BrowserSession fillDateTime(String id, String date, String time) {
        WebElement picker = element(id);
        enter(picker.findElement(By.cssSelector("vaadin-date-picker > input")), date);
        return enter(picker.findElement(By.cssSelector("vaadin-time-picker > input")), time);
    }

    /** Enter takes the typed date or time and closes the picker's overlay, which Tab would otherwise move into. */
    private BrowserSession enter(WebElement input, String text) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        type(input, text);
        input.sendKeys(Keys.ENTER);
        return leave(input);
    }

    /**
     * Tab out of the field, then wait out the debounce of a lazy value-change mode (400 ms by default), during which
     * no request is under way yet, before waiting for the server.
     */
    private BrowserSession leave(WebElement input) {
        input.sendKeys(Keys.TAB);
        sleep(500);
        return settle();
    }

    /** Line by line, so that a newline becomes the Enter key of a text area. */
    private static void type(WebElement input, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                input.sendKeys(Keys.ENTER);
            }
            if (!lines[i].isEmpty()) {
                input.sendKeys(lines[i]);
            }
        }
    }

    private WebElement input(String id) {
        WebElement field = element(id);
        WebElement input = field.findElement(By.cssSelector(FIELD_INPUT));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        return input;
    }

    public BrowserSession click(String id) {
        return click(By.id(id));
    }

    /**
     * Clicks the element as a person would, once it is visible, enabled and in the middle of its scrolling
     * container (the content area of the app layout scrolls, not the page).
     */
    public BrowserSession click(By locator) {
        WebElement element = waitUntil(ExpectedConditions.presenceOfElementLocated(locator));
        for (int attempt = 1; ; attempt++) {
            driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
            try {
                waitUntil(ExpectedConditions.elementToBeClickable(element)).click();
                return settle();
            } catch (ElementClickInterceptedException e) {
                // the layout moved under the pointer (a server response re-rendered part of the view): aim again
                if (attempt == 5) {
                    throw e;
                }
                settle();
            }
        }
    }

    /** Picks the radio button with the given label in a vaadin-radio-group. */
    public BrowserSession chooseRadio(String groupId, String label) {
        // the native radio input is visually hidden; a person clicks its label
        return click(By.xpath("//vaadin-radio-group[@id='" + groupId + "']//vaadin-radio-button/label[normalize-space(.)='"
                + label + "']"));
    }

    /** Follows the item of the side menu with the given label. */
    public BrowserSession menu(String label) {
        // an item with a count reads "待办 3" as a whole: its label is its own text
        return click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='" + label + "' or normalize-space(text())='"
                + label + "']"));
    }

    // ---- reading grids ------------------------------------------------------------------------------------------

    /**
     * How many pixels of a grid's columns lie beyond its right edge, to be reached only by scrolling sideways; 0 when
     * every column fits.
     */
    public long gridHiddenWidth(String grid) {
        waitUntil(d -> !d.findElements(By.cssSelector(grid)).isEmpty());
        settle();
        Object hidden = driver.executeScript("""
                const table = document.querySelector(arguments[0]).shadowRoot.querySelector('#table');
                return Math.max(0, Math.ceil(table.scrollWidth - table.clientWidth));
                """, grid);
        return ((Number) hidden).longValue();
    }

    /** The values that visible text fields under the element (a grid, a form) show only in part, too narrow. */
    public List<String> fieldsCuttingTheirValue(String container) {
        waitUntil(d -> !d.findElements(By.cssSelector(container)).isEmpty());
        settle();
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) driver.executeScript("""
                return [...document.querySelector(arguments[0]).querySelectorAll('input')]
                    .filter(i => i.offsetParent !== null && i.scrollWidth > i.clientWidth + 1)
                    .map(i => i.value);
                """, container);
        return cut;
    }

    /**
     * Every visible grid of the view whose columns do not fit (hidden beyond its right edge) or whose cells show
     * less than their text, each with what is wrong; empty when all show whole.
     */
    public List<String> gridsNotShowingWhole() {
        settle();
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) driver.executeScript("""
                const problems = [];
                for (const grid of document.querySelectorAll('vaadin-grid')) {
                  if (!grid.checkVisibility()) continue;
                  const name = grid.id || grid.parentElement.id || grid.parentElement.localName;
                  const table = grid.shadowRoot.querySelector('#table');
                  const hidden = Math.ceil(table.scrollWidth - table.clientWidth);
                  if (hidden > 0) problems.push(name + ': ' + hidden + ' px of columns hidden');
                  const cut = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                      .filter(c => c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1)
                      .map(c => c.textContent.trim());
                  if (cut.length > 0) problems.push(name + ': cut ' + JSON.stringify(cut));
                }
                return problems;
                """);
        return problems;
    }

    /** A grid's columns as laid out, "header: width px" each, to tell which column took the room. */
    public String gridColumnWidths(String grid) {
        Object widths = driver.executeScript("""
                const grid = document.querySelector(arguments[0]);
                return [...grid.querySelectorAll('vaadin-grid-column')].filter(c => !c.hidden)
                    .map(c => c._headerCell ? (c._headerCell._content || c._headerCell).textContent.trim() + ': '
                        + Math.round(c._headerCell.getBoundingClientRect().width) + ' px' : '?').join(', ')
                    + ' in ' + Math.round(grid.getBoundingClientRect().width) + ' px';
                """, grid);
        return String.valueOf(widths);
    }

    /** A rendered row of a grid: its cell texts and the ids of elements (buttons) in its cells. */
    public record Row(List<String> cells, List<String> ids) {

        boolean mentions(String text) {
            return cells.stream().anyMatch(cell -> cell.contains(text));
        }

        /** The id among this row's elements that starts with the prefix, e.g. {@code open-} → {@code open-42}. */
        public String id(String prefix) {
            return ids.stream().filter(id -> id.startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no element id starting with " + prefix + " in " + this));
        }
    }

    /** The rows of the grid that the CSS selector finds (e.g. {@code #group-tasks}); none when it is hidden. */
    @SuppressWarnings("unchecked")
    public List<Row> rows(String grid) {
        List<Map<String, List<String>>> rows = (List<Map<String, List<String>>>) driver.executeScript(GRID_ROWS, grid);
        return rows.stream().map(row -> new Row(row.get("cells"), row.get("ids"))).toList();
    }

    /** Waits for the row of the grid (a CSS selector) that mentions the text. */
    public Row waitForRow(String grid, String text) {
        return waitForRow(grid, text, WAIT);
    }

    public Row waitForRow(String grid, String text, Duration within) {
        try {
            return waitUntil(d -> rows(grid).stream().filter(row -> row.mentions(text)).findFirst().orElse(null),
                    within);
        } catch (RuntimeException e) {
            throw new AssertionError(grid + " has no row mentioning «" + text + "»: " + rows(grid), e);
        }
    }

    public boolean hasRow(String grid, String text) {
        return rows(grid).stream().anyMatch(row -> row.mentions(text));
    }

    // ---- evidence -----------------------------------------------------------------------------------------------

    /**
     * A checkpoint of the scenario: waits for the server, saves the screenshot
     * target/e2e/&lt;scenario&gt;-&lt;nn&gt;-&lt;step&gt;.png and fails if the page has logged an error since the
     * last checkpoint.
     */
    public BrowserSession step(String name) {
        settle();
        screenshot(name);
        assertNoConsoleErrors(name);
        return this;
    }

    /**
     * Saves a screenshot of the whole view: the window is made as tall as the scrolled content (the app layout's
     * content area scrolls, not the page) for the moment of the picture, up to {@value #TALLEST_SCREENSHOT} px.
     */
    public Path screenshot(String name) {
        Path file = scenario.nextStepFile(name, "png");
        Dimension window = driver.manage().window().getSize();
        long hidden = ((Number) driver.executeScript(HIDDEN_HEIGHT)).longValue();
        boolean taller = hidden > 0;
        try {
            if (taller) {
                driver.manage().window().setSize(new Dimension(window.getWidth(),
                        (int) Math.min(TALLEST_SCREENSHOT, window.getHeight() + hidden)));
                settle();
            }
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (taller) {
                driver.manage().window().setSize(window);
                settle();
            }
        }
        return file;
    }

    void screenshotQuietly(String name) {
        try {
            screenshot(name + "-" + who);
        } catch (RuntimeException e) {
            System.err.println("no screenshot of " + who + ": " + e);
        }
    }

    /** Reads the browser's console since the last look; fails on any entry of level SEVERE. */
    public void assertNoConsoleErrors(String where) {
        collectConsole();
        if (!uncheckedErrors.isEmpty()) {
            StringBuilder message = new StringBuilder("the browser of " + who + " logged errors (at " + where + "):");
            uncheckedErrors.forEach(entry -> message.append("\n  ").append(entry.getMessage()));
            uncheckedErrors.clear();
            throw new AssertionError(message.toString());
        }
    }

    private void collectConsole() {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder log = new StringBuilder();
        for (LogEntry entry : entries) {
            log.append(who).append(' ').append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n');
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                uncheckedErrors.add(entry);
            }
        }
        try {
            Files.writeString(scenario.file("console.log"), log, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the page as it is and writes the full results to target/e2e/axe-&lt;view&gt;.json. */
    public AxeReport axe(String view) {
        settle();
        return AxeReport.run(driver, view);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Closes the browser; fails if it logged an error that no step has looked at. */
    @Override
    public void close() {
        try {
            assertNoConsoleErrors("the end of the scenario");
        } finally {
            driver.quit();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + profile + ": " + e);
        }
    }

    @Override
    public String toString() {
        return "browser of " + who;
    }
}
