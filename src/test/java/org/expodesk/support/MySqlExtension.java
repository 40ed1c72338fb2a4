package org.expodesk.support;

import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Creates this run's database before the first {@link OnMySql} test (once per JVM: the value lives in the
 * root store) and drops it when the run ends (the root store closes it). Decides before Spring starts, so
 * a missing server costs no context start-up.
 */
public final class MySqlExtension implements ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MySqlExtension.class);

    /** Whether this run has its database; the store closes an {@link Available} one at the end of the run. */
    sealed interface Outcome permits Available, Unreachable {
    }

    record Available(MySqlDatabase database) implements Outcome, AutoCloseable {
        @Override
        public void close() throws SQLException {
            database.close();
        }
    }

    record Unreachable(String reason) implements Outcome {
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Outcome outcome = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Outcome.class, key -> connect(), Outcome.class);
        return switch (outcome) {
            case Available available -> ConditionEvaluationResult.enabled("MySQL/MariaDB test database "
                    + available.database().name() + " on " + available.database().serverVersion());
            case Unreachable unreachable -> MissingService.skipOrFail(unreachable.reason());
        };
    }

    private static Outcome connect() {
        MySqlDatabase.Server server = MySqlDatabase.Server.fromEnvironment();
        try {
            return new Available(MySqlDatabase.create(server));
        } catch (SQLException e) {
            String reason = "MySQL/MariaDB not reachable at " + server.url() + " as user '" + server.user()
                    + "' (" + e.getMessage().lines().findFirst().orElse("") + "); start it or set EXPODESK_TEST_MYSQL_URL, "
                    + "EXPODESK_TEST_MYSQL_USER and EXPODESK_TEST_MYSQL_PASSWORD";
            // Surefire does not print why a test was skipped; say it once where people look.
            System.err.println("[@OnMySql] " + reason);
            return new Unreachable(reason);
        }
    }
}
