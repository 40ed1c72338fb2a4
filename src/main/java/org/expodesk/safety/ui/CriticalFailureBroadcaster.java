package org.expodesk.safety.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.expodesk.safety.CriticalFailureFound;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes a critical failure to every open screen of an organiser (or administrator) who works on its event, the
 * moment the inspection is committed. Each UI registers itself when it is created (the user is known then) and
 * leaves when it is detached; the notice reaches the browser through {@code ui.access} and server push.
 */
@Component
public class CriticalFailureBroadcaster implements VaadinServiceInitListener {

    /** An open screen and the events its user may hear about ({@link #ALL} for administrators). */
    record Listener(UI ui, Set<Long> events) {
    }

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final EventAccessPolicy access;

    CriticalFailureBroadcaster(EventAccessPolicy access) {
        this.access = access;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> register(init.getUI()));
    }

    /** Registers the UI if its user is an organiser or administrator; done once per UI. */
    void register(UI ui) {
        AppUser user = CurrentUser.get().orElse(null);
        if (user == null || !(user.hasRole(Role.ORGANISER) || user.hasRole(Role.ADMIN))) {
            return;
        }
        Listener registered = new Listener(ui, access.seesAllEvents() ? ALL : Set.copyOf(access.assignedEventIds()));
        listeners.add(registered);
        ui.addDetachListener(e -> listeners.remove(registered));
    }

    private static final Set<Long> ALL = Set.of(-1L);

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(CriticalFailureFound failure) {
        for (Listener l : listeners) {
            if (l.events() == ALL || l.events().contains(failure.eventId())) {
                l.ui().access(() -> show(l.ui(), failure));
            }
        }
    }

    int listenerCount() {
        return listeners.size();
    }

    private static void show(UI ui, CriticalFailureFound failure) {
        String item = org.expodesk.shared.i18n.AppLocales.isChinese(ui.getLocale()) ? failure.itemZh() : failure.itemEn();
        Notification n = new Notification();
        n.setDuration(0);
        n.setPosition(Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("safety-critical-notice");
        com.vaadin.flow.component.button.Button close = new com.vaadin.flow.component.button.Button(ui.getTranslation("safety.critical.dismiss"),
                e -> n.close());
        n.add(new com.vaadin.flow.component.html.Span(ui.getTranslation("safety.critical.notice", failure.targetName(), item)), close);
        n.open();
    }
}
