package org.expodesk.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.expodesk.support.MySqlDatabase;
import org.expodesk.support.OnMySql;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real schema on the real server: Flyway's migration runs on MySQL/MariaDB, Hibernate validates the
 * entities against it (the context would not start otherwise), and every table and text column is utf8mb4.
 */
@OnMySql
class MySqlSchemaTest {

    private static final List<String> TABLES = List.of("badge", "badge_type", "expo_event", "org_unit", "person", "user_account",
            "user_account_event", "user_account_role", "gate", "gate_badge_type", "scan_device", "scan", "presence");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Environment environment;

    @Test
    void the_application_runs_on_this_runs_own_database() {
        assertThat(jdbc.queryForObject("select database()", String.class)).isEqualTo(MySqlDatabase.current().name())
                .startsWith("expodesk_test_");
    }

    @Test
    void flyway_applied_every_migration_successfully() {
        List<Map<String, Object>> history = jdbc.queryForList(
                "select version, success from flyway_schema_history where version is not null order by installed_rank");
        assertThat(history).isNotEmpty();
        assertThat(history).extracting(row -> row.get("version")).startsWith("1");
        assertThat(history).allSatisfy(row -> assertThat(row.get("success")).isIn(true, 1, (byte) 1, 1L));
    }

    @Test
    void hibernate_validated_the_schema_with_the_dialect_of_the_server() {
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        Dialect dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        if (MySqlDatabase.current().isMariaDb()) {
            assertThat(dialect).isInstanceOf(MariaDBDialect.class);
            assertThat(dialect.getVersion().getMajor()).isGreaterThanOrEqualTo(10);
        } else {
            assertThat(dialect).isInstanceOf(MySQLDialect.class).isNotInstanceOf(MariaDBDialect.class);
            assertThat(dialect.getVersion().getMajor()).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void the_database_and_every_table_use_utf8mb4() {
        String schema = MySqlDatabase.current().name();
        assertThat(jdbc.queryForObject("select default_character_set_name from information_schema.schemata where schema_name = ?",
                String.class, schema)).isEqualTo("utf8mb4");
        Map<String, String> collations = new java.util.TreeMap<>();
        jdbc.query("select table_name, table_collation from information_schema.tables where table_schema = ?",
                rs -> {
                    collations.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getString(2));
                }, schema);
        assertThat(collations).containsKeys(TABLES.toArray(String[]::new));
        assertThat(collations).allSatisfy((table, collation) -> assertThat(collation).as(table).isEqualTo("utf8mb4_unicode_520_ci"));
    }

    /** With general_ci or unicode_ci every emoji equals every other one, and a search for one finds all. */
    @Test
    void a_search_for_one_emoji_does_not_find_another() {
        for (String name : List.of("庆典🎉", "庆典🎊")) {
            jdbc.update("insert into person (version, name_zh, created_at, updated_at) values (0, ?, now(6), now(6))", name);
        }
        assertThat(jdbc.queryForObject("select count(*) from person where name_zh = ?", Integer.class, "庆典🎉")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from person where name_zh like ?", Integer.class, "%🎊")).isEqualTo(1);
        jdbc.update("delete from person where name_zh in ('庆典🎉', '庆典🎊')");
    }

    @Test
    void every_text_column_is_utf8mb4() {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name, character_set_name from information_schema.columns
                where table_schema = ? and character_set_name is not null""", MySqlDatabase.current().name());
        assertThat(columns).extracting(c -> c.get("TABLE_NAME") + "." + c.get("COLUMN_NAME"))
                .contains("expo_event.name_zh", "person.name_zh", "org_unit.name_zh", "user_account.display_name");
        assertThat(columns).allSatisfy(c -> assertThat(c.get("CHARACTER_SET_NAME"))
                .as(c.get("TABLE_NAME") + "." + c.get("COLUMN_NAME")).isEqualTo("utf8mb4"));
    }

    @Test
    void the_application_connection_talks_utf8mb4_in_utc() {
        Map<String, Object> session = jdbc.queryForMap(
                "select @@character_set_client as client, @@character_set_connection as conn, "
                        + "@@character_set_results as results, @@session.time_zone as tz");
        assertThat(session.get("client")).isEqualTo("utf8mb4");
        assertThat(session.get("conn")).isEqualTo("utf8mb4");
        // Connector/J sets character_set_results to NULL: the server then sends text in the column's own utf8mb4.
        assertThat(session.get("results")).isIn(null, "utf8mb4");
        assertThat(String.valueOf(session.get("tz"))).isIn("UTC", "+00:00");
    }
}
