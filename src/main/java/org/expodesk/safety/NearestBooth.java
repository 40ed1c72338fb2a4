package org.expodesk.safety;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.expodesk.booth.BoothSummary;
import org.jspecify.annotations.Nullable;

/**
 * The responsible person of the booth nearest to a piece of equipment, among booths that have one: distance from
 * the equipment's point to the booth's rectangle (0 inside it), so an extinguisher on a booth's corner belongs to
 * that booth rather than to the one whose centre happens to be closer.
 */
final class NearestBooth {

    private NearestBooth() {
    }

    static Optional<Responsible> of(@Nullable BigDecimal x, @Nullable BigDecimal y, List<BoothSummary> plan,
            Map<Long, Responsible> responsibleByBooth) {
        if (x == null || y == null) {
            return Optional.empty();
        }
        double px = x.doubleValue();
        double py = y.doubleValue();
        Responsible best = null;
        double bestDistance = Double.MAX_VALUE;
        for (BoothSummary booth : plan) {
            Responsible responsible = responsibleByBooth.get(booth.id());
            if (responsible == null) {
                continue;
            }
            double dx = Math.max(Math.max(booth.x().doubleValue() - px, 0), px - booth.x().add(booth.width()).doubleValue());
            double dy = Math.max(Math.max(booth.y().doubleValue() - py, 0), py - booth.y().add(booth.depth()).doubleValue());
            double distance = dx * dx + dy * dy;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = responsible;
            }
        }
        return Optional.ofNullable(best);
    }
}
