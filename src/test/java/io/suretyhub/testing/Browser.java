package io.suretyhub.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Debian Chromium driven through its ChromeDriver. Where Chromium is not installed the test
 * is skipped and says so; under CI ({@code CI=true}) a missing browser fails the run instead.
 */
public final class Browser implements AutoCloseable {

	private static final File CHROMIUM = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	private static final File DRIVER = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path profile;

	private Browser(ChromeDriver driver, String baseUrl, Path profile) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.profile = profile;
	}

	/** Opens a fresh browser (own profile, no cookies) for the application at {@code baseUrl}. */
	public static Browser open(String baseUrl) {
		boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
		if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("Browser tests are required under CI but Chromium is not installed");
		}
		Assumptions.assumeTrue(installed, "Chromium/ChromeDriver not installed: browser test skipped");
		try {
			var profile = Files.createTempDirectory("chromium-profile");
			var options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=1280,900", "--lang=zh-CN", "--force-prefers-reduced-motion",
					"--user-data-dir=" + profile);
			var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
			var driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ZERO);
			return new Browser(driver, baseUrl, profile);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Browser get(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	public WebElement find(String css) {
		return waiting()
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	/** The text of {@code css}, read again if the page re-renders it meanwhile. */
	public String text(String css) {
		return waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> d.findElement(By.cssSelector(css)).getText());
	}

	/**
	 * Waits up to 30 s (a busy CI machine is slow, a passing test never waits that long); a timeout names the
	 * page the browser was on and the start of its text.
	 */
	private WebDriverWait waiting() {
		var wait = new WebDriverWait(driver, WAIT);
		wait.withMessage(() -> {
			String body = driver.findElements(By.tagName("body")).stream().findFirst().map(WebElement::getText).orElse("");
			return "on " + driver.getCurrentUrl() + " (" + driver.getTitle() + "): "
					+ body.substring(0, Math.min(300, body.length())).replace('\n', ' ');
		});
		return wait;
	}

	public Browser type(String css, String value) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(value);
		return this;
	}

	/** Clicks once the element is clickable, scrolled to the middle of the window (not under another element). */
	public Browser click(String css) {
		return click(By.cssSelector(css));
	}

	/** Clicks the link with exactly this text (also one in a closed dropdown), like {@link #click(String)}. */
	public Browser clickLink(String text) {
		String literal = text.contains("'") ? '"' + text + '"' : "'" + text + "'";
		return click(By.xpath("//a[normalize-space(.)=" + literal + "]"));
	}

	/**
	 * Clicks the element; one inside a closed dropdown (the navigation's groups) is reached the way a
	 * person does: its dropdown's toggle is clicked first.
	 */
	private Browser click(By locator) {
		openDropdownHolding(locator);
		waiting()
			.ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> {
				WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
				if (element == null) {
					return false;
				}
				driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
				element.click();
				return true;
			});
		return this;
	}

	/** A page re-rendered meanwhile (htmx) is left to the click's own waiting. */
	private void openDropdownHolding(By locator) {
		try {
			WebElement element = waiting()
				.until(ExpectedConditions.presenceOfElementLocated(locator));
			if (element.isDisplayed()) {
				return;
			}
			var toggles = element.findElements(By.xpath(
					"ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' dropdown ')][1]//*[@data-bs-toggle='dropdown']"));
			if (!toggles.isEmpty()) {
				click(toggles.get(0));
				waiting().until(ExpectedConditions.visibilityOf(element));
			}
		}
		catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
			// the click below finds the element again
		}
	}

	private void click(WebElement element) {
		waiting()
			.ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
			.until(d -> {
				if (!element.isDisplayed() || !element.isEnabled()) {
					return false;
				}
				driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
				element.click();
				return true;
			});
	}

	/** Waits until the text of {@code css} contains {@code expected}, through re-renders (htmx swaps). */
	public Browser awaitText(String css, String expected) {
		waiting()
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> d.findElement(By.cssSelector(css)).getText().contains(expected));
		return this;
	}

	/** Waits until {@code condition} holds (a page left, an error shown), through re-renders. */
	public Browser await(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
		waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
		return this;
	}

	/** Waits until the page's path (without query) is {@code path}. */
	public Browser awaitPath(String path) {
		waiting().until(d -> java.net.URI.create(d.getCurrentUrl()).getPath().equals(path));
		return this;
	}

	public String currentPath() {
		return java.net.URI.create(driver.getCurrentUrl()).getPath();
	}

	public String pageSource() {
		return driver.getPageSource();
	}

	/** Saves a screenshot (for docs, or to look at a failing page). */
	public void screenshot(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		driver.quit();
		FileSystemUtils.deleteRecursively(profile.toFile());
	}

}
