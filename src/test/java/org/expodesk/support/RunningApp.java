package org.expodesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port (in-memory H2, Vaadin in dev mode from the committed bundle), for
 * tests over real HTTP and in a real browser. All such classes share one Spring context: starting Vaadin
 * costs most of a minute on a busy two-core machine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
// Vaadin's dev tools and their "development mode" pop-up would cover the header in screenshots and clicks.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
public @interface RunningApp {
}
