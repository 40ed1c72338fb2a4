package org.expodesk.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;

/** Collects every text and label a screen renders, to check that no {@code !key!} missing-translation marker shows. */
public final class ScreenTexts {

    private static final List<String> LABELS = List.of("label", "placeholder", "ariaLabel", "title", "helperText",
            "errorMessage", "headerTitle", "text");

    private ScreenTexts() {
    }

    public static String of(Component root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return String.join(" | ", texts);
    }

    private static void collect(Component component, List<String> texts) {
        collect(component.getElement(), texts);
        component.getChildren().forEach(child -> collect(child, texts));
    }

    /** The element's own text nodes and label-like attributes and properties. */
    private static void collect(Element element, List<String> texts) {
        element.getChildren().filter(Element::isTextNode).forEach(text -> texts.add(text.getText()));
        for (String name : LABELS) {
            if (element.getAttribute(name) != null) {
                texts.add(element.getAttribute(name));
            }
            if (element.getPropertyRaw(name) instanceof String value) {
                texts.add(value);
            }
        }
        String aria = element.getAttribute("aria-label");
        if (aria != null) {
            texts.add(aria);
        }
    }
}
