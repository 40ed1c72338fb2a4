package org.expodesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.expodesk.ExpoDeskApplication;
import org.expodesk.account.domain.UserAccountRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A real deployment starting on an empty database. Each test boots the application on its own fresh
 * database: the shared test context has administrators already, and a refused start must really be refused.
 */
class FirstAdministratorTest {

    /**
     * Each boot installs Vaadin's security-context strategy in the static SecurityContextHolder and leaves it
     * there when closed. Put back the one the shared test context uses, or later tests in this JVM sign in
     * to a strategy their method security no longer reads.
     */
    private final SecurityContextHolderStrategy strategyBefore = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restoreTheSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    @Test
    void without_an_administrator_setup_refuses_a_weak_password_creates_exactly_one_and_then_closes() {
        try (ConfigurableApplicationContext app = start()) {
            FirstAdministrator first = app.getBean(FirstAdministrator.class);
            UserAccountRepository accounts = app.getBean(UserAccountRepository.class);
            assertThat(first.setupRequired()).isTrue();
            assertThatThrownBy(() -> first.createFromSetup("chief", "Chief", "changeme"))
                    .isInstanceOf(BusinessRuleException.class);
            assertThat(first.setupRequired()).isTrue();

            first.createFromSetup("Chief", "县商务局 系统管理员", "Qingshan-Office-2026");

            assertThat(first.setupRequired()).isFalse();
            assertThat(accounts.countWithRole(Role.ADMIN)).isEqualTo(1);
            assertThat(accounts.findByUsername("chief")).isPresent();
            assertThatThrownBy(() -> first.createFromSetup("second", "Second", "Another-Strong-2026"))
                    .isInstanceOf(BusinessRuleException.class)
                    .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("setup.error.done");
            assertThat(accounts.countWithRole(Role.ADMIN)).isEqualTo(1);
        }
    }

    @Test
    void a_known_default_admin_password_in_the_configuration_stops_the_start() {
        assertThatThrownBy(() -> start("--expodesk.admin.username=admin", "--expodesk.admin.password=password123").close())
                .isInstanceOf(IllegalStateException.class)
                // The reason, not just any failure: a start that fails for another cause must not pass this test.
                .hasMessageContaining("EXPODESK_ADMIN_PASSWORD is a known default");
    }

    /**
     * The application as deployed (no demo) on its own empty database and a free port: Vaadin's security
     * set-up needs a real web context. Given as command-line arguments so that ./config/application.yml
     * (port 8080) cannot win.
     */
    private static ConfigurableApplicationContext start(String... extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:first-admin-" + UUID.randomUUID()
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false"));
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(ExpoDeskApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
    }
}
