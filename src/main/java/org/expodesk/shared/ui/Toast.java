package org.expodesk.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.expodesk.shared.domain.BusinessRuleException;

/** Short messages after an action: green when it worked, red with the reason when it did not. */
public final class Toast {

    private Toast() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Shows a refused business rule in the user's language. */
    public static void error(BusinessRuleException e) {
        UI ui = UI.getCurrent();
        Object[] args = java.util.Arrays.stream(e.arguments())
                .map(a -> a instanceof org.expodesk.shared.domain.Translatable t ? ui.getTranslation(t.key()) : a)
                .toArray();
        error(ui.getTranslation(e.messageKey(), args));
    }
}
