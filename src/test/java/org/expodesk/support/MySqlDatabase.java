package org.expodesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The database of this test run on a real MySQL or MariaDB server: created once per JVM with its own name
 * ({@code expodesk_test_<yyyyMMddHHmmss>_<random>}, utf8mb4), so runs on one server never meet, and dropped
 * when the run ends. Tests reach it through {@link OnMySql}; the {@link Initializer} points the Spring
 * context at it.
 *
 * <p>Server: {@code EXPODESK_TEST_MYSQL_URL} (default {@code jdbc:mysql://127.0.0.1:3306/}),
 * {@code EXPODESK_TEST_MYSQL_USER} (default {@code root}), {@code EXPODESK_TEST_MYSQL_PASSWORD} (default empty).
 */
public final class MySqlDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MySqlDatabase.class);

    /** Both drivers' session settings that keep Chinese text and instants exact. */
    static final String CONNECTION_OPTIONS = "characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

    /** The driver's properties of config/application-mysql.yml (statement cache, local session state). */
    static final Map<String, String> DRIVER_PROPERTIES = Map.of("cachePrepStmts", "true", "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "2048", "useLocalSessionState", "true", "cacheServerConfiguration", "true",
            "maintainTimeStats", "false");

    private static final String NAME_PREFIX = "expodesk_test_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern LEFTOVER = Pattern.compile(Pattern.quote(NAME_PREFIX) + "(\\d{14})_[a-z0-9]+");
    private static final Pattern MARIADB_VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.\\d+-MariaDB", Pattern.CASE_INSENSITIVE);

    private static volatile @Nullable MySqlDatabase current;

    private final Server server;
    private final String name;
    private final String serverVersion;
    private final int @Nullable [] mariaDbVersion;

    private MySqlDatabase(Server server, String name, String serverVersion) {
        this.server = server;
        this.name = name;
        this.serverVersion = serverVersion;
        Matcher mariaDb = MARIADB_VERSION.matcher(serverVersion);
        this.mariaDbVersion = mariaDb.find()
                ? new int[] {Integer.parseInt(mariaDb.group(1)), Integer.parseInt(mariaDb.group(2))} : null;
    }

    /** Where the server is, from the environment. */
    public record Server(String url, String user, String password) {

        public static Server fromEnvironment() {
            return new Server(env("EXPODESK_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/"),
                    env("EXPODESK_TEST_MYSQL_USER", "root"), env("EXPODESK_TEST_MYSQL_PASSWORD", ""));
        }

        /** The JDBC URL of one database on this server, with our connection options added to any the user gave. */
        String urlOf(@Nullable String database, String options) {
            int query = url.indexOf('?');
            String base = query < 0 ? url : url.substring(0, query);
            String given = query < 0 ? "" : url.substring(query + 1);
            while (base.endsWith("/")) {
                base = base.substring(0, base.length() - 1);
            }
            String all = given.isEmpty() ? options : given + "&" + options;
            return base + "/" + (database == null ? "" : database) + "?" + all;
        }

        Connection connect(@Nullable String database) throws SQLException {
            Properties props = new Properties();
            props.setProperty("user", user);
            props.setProperty("password", password);
            DRIVER_PROPERTIES.forEach(props::setProperty);
            // Fail within seconds when nothing listens, instead of hanging the build.
            return DriverManager.getConnection(urlOf(database, CONNECTION_OPTIONS + "&connectTimeout=3000&socketTimeout=60000"), props);
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /** Creates this run's database; throws {@link SQLException} when the server does not answer. */
    static MySqlDatabase create(Server server) throws SQLException {
        String name = NAME_PREFIX + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "_"
                + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
        try (Connection connection = server.connect(null); Statement statement = connection.createStatement()) {
            dropLeftovers(statement);
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            MySqlDatabase database = new MySqlDatabase(server, name, connection.getMetaData().getDatabaseProductVersion());
            log.info("Test database {} created on {} ({})", name, server.url(), database.serverVersion);
            current = database;
            return database;
        }
    }

    /**
     * Databases of earlier runs that ended without dropping theirs (a killed JVM). Only those older than a
     * day: a run in progress elsewhere on the same server keeps its database.
     */
    private static void dropLeftovers(Statement statement) throws SQLException {
        List<String> old = new ArrayList<>();
        LocalDateTime dayAgo = LocalDateTime.now(ZoneOffset.UTC).minusDays(1);
        try (ResultSet rs = statement.executeQuery("SHOW DATABASES LIKE 'expodesk\\_test\\_%'")) {
            while (rs.next()) {
                Matcher m = LEFTOVER.matcher(rs.getString(1));
                if (m.matches() && LocalDateTime.parse(m.group(1), STAMP).isBefore(dayAgo)) {
                    old.add(rs.getString(1));
                }
            }
        }
        for (String name : old) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            log.info("Dropped leftover test database {}", name);
        }
    }

    public String name() {
        return name;
    }

    public boolean isMariaDb() {
        return mariaDbVersion != null;
    }

    public String serverVersion() {
        return serverVersion;
    }

    public String jdbcUrl() {
        return server.urlOf(name, CONNECTION_OPTIONS);
    }

    /** A plain JDBC connection to this run's database, for looking behind JPA (information_schema, raw bytes). */
    public Connection connect() throws SQLException {
        return server.connect(name);
    }

    /** The properties that point Spring at this database. */
    Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl());
        properties.put("spring.datasource.username", server.user());
        properties.put("spring.datasource.password", server.password());
        properties.put("spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
        // As config/application-mysql.yml sets them for production, so the tests run what a county runs.
        properties.put("spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED");
        DRIVER_PROPERTIES.forEach((key, value) -> properties.put("spring.datasource.hikari.data-source-properties." + key, value));
        int @Nullable [] version = mariaDbVersion;
        if (version != null) {
            // MariaDB reports itself as MySQL 5.5.5 through mysql-connector-j; without these Hibernate picks an old
            // MySQL dialect. Never set for a real MySQL server.
            properties.put("spring.jpa.properties.jakarta.persistence.database-product-name", "MariaDB");
            properties.put("spring.jpa.properties.jakarta.persistence.database-major-version", String.valueOf(version[0]));
            properties.put("spring.jpa.properties.jakarta.persistence.database-minor-version", String.valueOf(version[1]));
        }
        return properties;
    }

    /** The database of this run, once {@link OnMySql} has created it. */
    public static MySqlDatabase current() {
        MySqlDatabase database = current;
        if (database == null) {
            throw new IllegalStateException("No test database yet: annotate the test class with @OnMySql");
        }
        return database;
    }

    /** Drops this run's database; called once when the whole test run ends. */
    @Override
    public void close() throws SQLException {
        current = null;
        try (Connection connection = server.connect(null); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            log.info("Test database {} dropped", name);
        }
    }

    /** Points the Spring context at this run's database, ahead of every other property source. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("expodesk-test-mysql", current().springProperties()));
        }
    }
}
