package org.expodesk.account.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.Collection;
import java.util.EnumSet;
import org.expodesk.shared.security.Role;

/** A user's roles as small labels in the user's language; administrators stand out because they can change everything. */
class RoleBadges extends FlexLayout {

    RoleBadges(Collection<Role> roles) {
        addClassName("role-badges");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-xs)");
        // Enum order, not alphabetical: the same role sits in the same place on every row.
        for (Role role : roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)) {
            Span badge = new Span(getTranslation(role.messageKey()));
            badge.getElement().getThemeList().add(role == Role.ADMIN ? "badge pill primary" : "badge pill");
            add(badge);
        }
    }
}
