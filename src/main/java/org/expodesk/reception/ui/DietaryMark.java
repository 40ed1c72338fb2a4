package org.expodesk.reception.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Map;

/**
 * A guest's dietary need as a coloured tag, as the guest wrote it; the common Chinese ones carry their English word
 * too ("清真 / halal"), so the kitchen reads Chinese and a visiting delegation's host reads English.
 */
final class DietaryMark extends Span {

    private static final Map<String, String> ENGLISH = Map.of(
            "清真", "halal",
            "素食", "vegetarian",
            "全素", "vegan",
            "不吃猪肉", "no pork",
            "不吃牛肉", "no beef",
            "不吃辣", "no chilli",
            "海鲜过敏", "seafood allergy",
            "坚果过敏", "nut allergy",
            "无麸质", "gluten-free");

    DietaryMark(String need) {
        super(text(need));
        addClassName("dietary-mark");
        getStyle().set("display", "inline-block").set("padding", "0 var(--lumo-space-xs)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("background", "#fff3e0").set("color", "#9a3412").set("border", "1px solid #fdba74")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600").set("white-space", "nowrap");
    }

    static String text(String need) {
        String stripped = need.strip();
        String english = ENGLISH.get(stripped);
        return english == null ? stripped : stripped + " / " + english;
    }
}
