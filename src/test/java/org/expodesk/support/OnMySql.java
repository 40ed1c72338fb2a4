package org.expodesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring Boot test against this run's MySQL/MariaDB database ({@link MySqlDatabase}) instead of H2.
 * Every class so annotated has the same configuration, so they all share one Spring context. Without a
 * reachable server the tests are skipped, or fail under {@code CI=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("mysql")
@ExtendWith(MySqlExtension.class)
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = MySqlDatabase.Initializer.class)
public @interface OnMySql {
}
