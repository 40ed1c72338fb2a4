package org.expodesk.account.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.expodesk.account.AccountService;
import org.expodesk.account.AccountSummary;
import org.expodesk.event.EventService;
import org.expodesk.person.PersonService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.Role;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;
import org.jspecify.annotations.Nullable;

/** Every account: search, create, edit roles and events, disable and enable, reset a forgotten password. Pages in the database. */
@Route("accounts")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 90, title = "nav.accounts", icon = "vaadin:users")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final EventService events;
    private final PersonService persons;
    private final EventNames eventNames;
    private final DateTimeFormatter lastLogin;
    private final long myAccountId = CurrentUser.require().accountId();
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    public AccountsView(AccountService accounts, EventService events, PersonService persons, Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.persons = persons;
        this.eventNames = new EventNames(events);
        // Sign-in times in the office's own time zone, the way the office reads a clock.
        this.lastLogin = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        addClassName("view");
        setSizeFull();
        setPadding(false);

        Button create = new Button(getTranslation("account.action.new"), VaadinIcon.PLUS.create(), e -> openForm(null));
        create.setId("account-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewTitle(getTranslation("account.list.title"), create));

        search.setPlaceholder(getTranslation("account.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("account-search");
        search.setWidth("min(24rem, 100%)");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(search);

        configureGrid();
        add(grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.list.title") + " · " + getTranslation("app.name");
    }

    private void configureGrid() {
        grid.setId("account-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("account.field.username"))
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("account.field.display-name"))
                .setSortProperty("displayName").setFlexGrow(2);
        grid.addComponentColumn(a -> new RoleBadges(a.roles())).setHeader(getTranslation("account.field.roles"))
                .setFlexGrow(2);
        grid.addColumn(this::eventsText).setHeader(getTranslation("account.field.events")).setFlexGrow(3)
                .setTooltipGenerator(this::eventsText);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("account.field.status"))
                .setSortProperty("enabled").setAutoWidth(true);
        grid.addColumn(a -> a.lastLoginAt() == null ? getTranslation("account.last-login.never") : lastLogin.format(a.lastLoginAt()))
                .setHeader(getTranslation("account.field.last-login")).setSortProperty("lastLoginAt").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("grid.actions"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> accounts.list(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) accounts.count(search.getValue()));
        grid.setEmptyStateText(getTranslation("account.list.empty"));
    }

    private String eventsText(AccountSummary account) {
        if (account.roles().contains(Role.ADMIN)) {
            return getTranslation("account.events.all");
        }
        String names = eventNames.join(account.eventIds(), getLocale());
        return names.isEmpty() ? getTranslation("account.events.none") : names;
    }

    private Span statusBadge(AccountSummary account) {
        Span badge = new Span(getTranslation(account.enabled() ? "account.status.enabled" : "account.status.disabled"));
        badge.getElement().getThemeList().add(account.enabled() ? "badge pill success" : "badge pill error");
        return badge;
    }

    private HorizontalLayout actions(AccountSummary account) {
        Button edit = iconButton(VaadinIcon.EDIT, "action.edit", "account-edit", e -> openForm(account.id()));
        Button toggle = iconButton(account.enabled() ? VaadinIcon.BAN : VaadinIcon.CHECK_CIRCLE_O,
                account.enabled() ? "account.action.disable" : "account.action.enable", "account-toggle",
                e -> confirmToggle(account));
        // One's own account is not disabled from here (the service refuses too); greyed out, the reason is visible.
        toggle.setEnabled(account.id() != myAccountId);
        Button reset = iconButton(VaadinIcon.KEY, "account.action.reset-password", "account-reset",
                e -> new ResetPasswordDialog(accounts, account).open());
        HorizontalLayout actions = new HorizontalLayout(edit, toggle, reset);
        actions.setSpacing(false);
        return actions;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, String className,
            ComponentEventListener<ClickEvent<Button>> onClick) {
        Button button = new Button(icon.create(), onClick);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addClassName(className);
        return button;
    }

    private void openForm(@Nullable Long accountId) {
        new AccountFormDialog(accounts, events, persons, eventNames, accountId, saved -> grid.getDataProvider().refreshAll())
                .open();
    }

    private void confirmToggle(AccountSummary account) {
        boolean disabling = account.enabled();
        String action = disabling ? "account.disable" : "account.enable";
        ConfirmDialog confirm = new ConfirmDialog(getTranslation(action + ".confirm.title"),
                getTranslation(action + ".confirm.text", account.displayName(), account.username()),
                getTranslation(disabling ? "account.action.disable" : "account.action.enable"), e -> {
                    try {
                        accounts.setEnabled(account.id(), !disabling);
                        Toast.success(getTranslation(action + ".done", account.username()));
                        grid.getDataProvider().refreshAll();
                    } catch (BusinessRuleException ex) {
                        Toast.error(ex);
                    }
                });
        if (disabling) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }
}
