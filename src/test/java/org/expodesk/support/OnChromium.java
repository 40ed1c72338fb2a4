package org.expodesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test in the machine's Chromium through Playwright ({@link ChromiumBrowser}): each test method
 * may take a fresh {@link com.microsoft.playwright.Page} as a parameter, and a failing test leaves a
 * screenshot under {@code target/playwright/}. Without Chromium the tests are skipped, or fail under {@code CI=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("browser")
@ExtendWith(ChromiumBrowser.class)
public @interface OnChromium {
}
