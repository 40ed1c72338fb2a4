package org.expodesk.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's static holder at the strategy of the Spring context the current test uses.
 *
 * <p>Every application context (Vaadin's auto-configuration) installs its own security-context strategy in
 * the static {@link SecurityContextHolder} when it starts, and its secured services read that instance.
 * When the test run later reuses a cached context (the running app of the browser tests, the plain service
 * context) after another context has started, {@link TestData#signInAs} would write into the other context's
 * strategy and the services would see nobody signed in. Registered in {@code META-INF/spring.factories}.
 */
public class SecurityStrategyOfTheContext implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    /** Early, before the listeners that run the test's own set-up. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
