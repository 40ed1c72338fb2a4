/**
 * What tests need beyond JUnit and Spring: {@link org.expodesk.support.TestData} builds accounts and events;
 * {@link org.expodesk.support.OnMySql} runs a test on this run's own MySQL/MariaDB database;
 * {@link org.expodesk.support.RunningApp} starts the whole application on a random port, with
 * {@link org.expodesk.support.WebClient} for plain HTTP and {@link org.expodesk.support.OnChromium} for Playwright.
 *
 * <p>Servers: {@code EXPODESK_TEST_MYSQL_URL} (default {@code jdbc:mysql://127.0.0.1:3306/}),
 * {@code EXPODESK_TEST_MYSQL_USER} (root), {@code EXPODESK_TEST_MYSQL_PASSWORD} (empty), {@code EXPODESK_CHROMIUM}
 * (default {@code /usr/bin/chromium}). Missing ones skip their tests with the reason, except under {@code CI=true},
 * where those tests fail. Only the database or browser tests: {@code ./mvnw test -Dgroups=mysql} or {@code -Dgroups=browser}.
 */
@NullMarked
package org.expodesk.support;

import org.jspecify.annotations.NullMarked;
