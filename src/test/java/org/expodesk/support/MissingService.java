package org.expodesk.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * What a test does when a server or browser it needs is missing: on a developer's machine it is skipped
 * with the reason, under {@code CI=true} it fails, so that CI never turns green by skipping.
 */
final class MissingService {

    private MissingService() {
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static ConditionEvaluationResult skipOrFail(String reason) {
        if (onCi()) {
            throw new IllegalStateException(reason + " (CI=true: these tests must run, so they fail instead of being skipped)");
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
