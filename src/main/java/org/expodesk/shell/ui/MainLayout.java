package org.expodesk.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.expodesk.shared.i18n.LanguageSwitcher;
import org.expodesk.shared.ui.LanguageSwitch;
import org.expodesk.event.CurrentEvent;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.CurrentUser;

/**
 * The frame of every signed-in screen. Views never import it: it is found through {@code @Layout}. The
 * navigation lists only the screens the user may open ({@code @Menu} entries are filtered by access).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final EventService events;
    private final CurrentEvent currentEvent;
    private final ComboBox<EventSummary> eventChooser = new ComboBox<>();

    public MainLayout(EventService events, CurrentEvent currentEvent,
            LanguageSwitcher languages, AuthenticationContext authentication) {
        this.events = events;
        this.currentEvent = currentEvent;
        setPrimarySection(Section.DRAWER);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("app-brand");
        Div drawerHeader = new Div(brand);
        drawerHeader.getStyle().set("padding", "var(--lumo-space-m)");
        Scroller navigation = new Scroller(createNavigation());
        Div footer = new Div(new Span(getTranslation("app.tagline")));
        footer.addClassName("drawer-footer");
        addToDrawer(drawerHeader, navigation, footer);

        eventChooser.setId("event-chooser");
        eventChooser.setPlaceholder(getTranslation("shell.event.choose"));
        eventChooser.setAriaLabel(getTranslation("shell.event.current"));
        eventChooser.setItemLabelGenerator(e -> e.name(getLocale()));
        eventChooser.setWidth("min(26rem, 42vw)");
        eventChooser.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                currentEvent.select(e.getValue().id());
                getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
            }
        });

        Span spacer = new Span();
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), eventChooser, spacer,
                new LanguageSwitch(languages), userMenu(authentication));
        header.setFlexGrow(1, spacer);
        header.addClassName("app-header");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setSpacing(false);
        addToNavbar(header);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        List<EventSummary> selectable = events.selectable();
        eventChooser.setItems(selectable);
        Long current = currentEvent.id().orElse(null);
        eventChooser.setValue(selectable.stream().filter(e -> Objects.equals(e.id(), current)).findFirst().orElse(null));
        eventChooser.setVisible(!selectable.isEmpty());
    }

    private SideNav createNavigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu(AuthenticationContext authentication) {
        AppUser user = CurrentUser.require();
        String roles = user.roles().stream().map(r -> getTranslation(r.messageKey())).sorted().collect(Collectors.joining(", "));
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        name.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        Div who = new Div(avatar, name);
        who.getStyle().set("display", "flex").set("align-items", "center");

        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        SubMenu sub = menu.addItem(who).getSubMenu();
        Span roleLine = new Span(roles);
        roleLine.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        sub.addItem(roleLine).setEnabled(false);
        sub.addItem(getTranslation("nav.my-account"), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate("account")));
        sub.addItem(getTranslation("shell.logout"), e -> authentication.logout()).setId("logout");
        return menu;
    }
}
