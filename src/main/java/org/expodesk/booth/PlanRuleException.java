package org.expodesk.booth;

import java.util.List;
import org.expodesk.shared.domain.BusinessRuleException;

/**
 * A plan change refused for one or more reasons. It reads as its first reason wherever a
 * {@link BusinessRuleException} is shown; dialogs that can show more list {@link #problems()}.
 */
public class PlanRuleException extends BusinessRuleException {

    private final List<PlanProblem> problems;

    public PlanRuleException(List<PlanProblem> problems) {
        super(problems.getFirst().messageKey(), problems.getFirst().arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}
