package org.expodesk.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Playwright with the machine's own Chromium (no browser download): one browser for the whole run,
 * a fresh context (cookies, storage) and page per test, and a full-page screenshot when a test fails,
 * taken before the page closes. Chromium: {@code EXPODESK_CHROMIUM}, else {@code /usr/bin/chromium}.
 */
public final class ChromiumBrowser implements ExecutionCondition, ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

    /** Where screenshots go: Maven's target folder, kept out of git. */
    public static final Path SCREENSHOTS = Paths.get("target", "playwright");

    private static final java.util.concurrent.atomic.AtomicBoolean MISSING_REPORTED = new java.util.concurrent.atomic.AtomicBoolean();
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumBrowser.class);
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    /** Playwright's driver and the browser, started once and closed when the run ends. */
    private record Shared(Playwright playwright, Browser browser) implements AutoCloseable {
        @Override
        public void close() {
            try {
                browser.close();
            } finally {
                playwright.close();
            }
        }
    }

    static Path executable() {
        String configured = System.getenv("EXPODESK_CHROMIUM");
        return Paths.get(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Path chromium = executable();
        if (!Files.isExecutable(chromium)) {
            if (MISSING_REPORTED.compareAndSet(false, true)) {
                System.err.println("[@OnChromium] Chromium not found at " + chromium + "; set EXPODESK_CHROMIUM or install it");
            }
            return MissingService.skipOrFail("Chromium not found at " + chromium
                    + "; install it (apt-get install -y chromium) or set EXPODESK_CHROMIUM");
        }
        return ConditionEvaluationResult.enabled("Chromium at " + chromium);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        Browser browser = extension.getRoot().getStore(NAMESPACE).computeIfAbsent(Shared.class, key -> launch(), Shared.class).browser();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN").setTimezoneId("Asia/Shanghai").setViewportSize(1280, 800));
        // Generous for a busy two-core machine; a wait ends as soon as its condition holds.
        context.setDefaultTimeout(30_000);
        context.setDefaultNavigationTimeout(60_000);
        Page page = context.newPage();
        extension.getStore(NAMESPACE).put(Page.class, page);
        return page;
    }

    private static Shared launch() {
        Playwright playwright = Playwright.create();
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable()).setHeadless(true).setArgs(ARGS));
            return new Shared(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Page page = context.getStore(NAMESPACE).get(Page.class, Page.class);
        if (page != null && context.getExecutionException().isPresent() && !page.isClosed()) {
            Path file = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + "-failed.png");
            try {
                page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                System.err.println("Screenshot of the failed test: " + file.toAbsolutePath() + " (page " + page.url() + ")");
            } catch (RuntimeException e) {
                context.getExecutionException().get().addSuppressed(e);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Page page = context.getStore(NAMESPACE).remove(Page.class, Page.class);
        if (page != null) {
            page.context().close();
        }
    }

    /** A screenshot worth looking at, e.g. of a new screen: {@code target/playwright/<name>.png}. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
