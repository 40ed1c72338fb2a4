package org.expodesk.countdown;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task of a template, relative to opening day: it starts {@code startOffset} days from opening (−10 is D-10)
 * and lasts {@code durationDays}; {@code dependsOn} holds positions of earlier items in the same template.
 */
public record TemplateItem(String titleZh, @Nullable String titleEn, Workstream workstream, int startOffset, int durationDays,
        List<Integer> dependsOn) {

    public TemplateItem {
        dependsOn = List.copyOf(dependsOn);
    }
}
