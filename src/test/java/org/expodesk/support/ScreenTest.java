package org.expodesk.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browserless test of ExpoDesk screens: the whole application context on the in-memory test database,
 * Vaadin without a browser, and {@link TestData} to sign in as anybody. All screen tests share one
 * context, so data a test makes must not collide with another's (use unique names).
 */
@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(packages = "org.expodesk")
public abstract class ScreenTest extends SpringBrowserlessTest {

    @Autowired
    protected TestData testData;

    @AfterEach
    void signOutAfterTheScreenTest() {
        TestData.signOut();
    }
}
