package org.expodesk.booth;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a block would create, before anything is saved: how many booths, their first and last codes, the
 * block's outer size and the total area and price, and every reason it would be refused (empty when it can be generated).
 */
public record BlockPreview(int count, String firstCode, String lastCode, BigDecimal outerWidth, BigDecimal outerDepth,
        BigDecimal totalArea, BigDecimal totalPrice, List<PlanProblem> problems) {

    public BlockPreview {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
