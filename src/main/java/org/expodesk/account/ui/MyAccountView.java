package org.expodesk.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.expodesk.account.AccountService;
import org.expodesk.account.AccountSummary;
import org.expodesk.event.EventService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.LanguageSwitcher;
import org.expodesk.shared.security.Role;
import org.expodesk.shared.ui.LanguageSwitch;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;

/**
 * What every user may do for themselves, whatever their role: see who they are signed in as and what they
 * may do, change their password, and choose their language.
 */
@Route("account")
@PermitAll
@Menu(order = 100, title = "nav.my-account", icon = "vaadin:user")
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final PasswordField current = new PasswordField();
    private final NewPasswordFields newPassword =
            NewPasswordFields.create("account.field.new-password", "account.field.password-repeat", "my-new-password");

    public MyAccountView(AccountService accounts, EventService events, LanguageSwitcher languages) {
        this.accounts = accounts;
        addClassName("view");
        setPadding(false);
        setMaxWidth("56rem");
        add(new ViewTitle(getTranslation("nav.my-account")));

        FlexLayout cards = new FlexLayout(profile(accounts.myAccount(), events), passwordForm(),
                card("my.language.title", new LanguageSwitch(languages)));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setWidthFull();
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-account") + " · " + getTranslation("app.name");
    }

    private Div profile(AccountSummary me, EventService events) {
        DescriptionList facts = new DescriptionList();
        facts.add(new DescriptionList.Term(getTranslation("account.field.username")),
                new DescriptionList.Description(span("my-username", me.username())));
        facts.add(new DescriptionList.Term(getTranslation("account.field.display-name")),
                new DescriptionList.Description(span("my-display-name", me.displayName())));
        RoleBadges roles = new RoleBadges(me.roles());
        roles.setId("my-roles");
        facts.add(new DescriptionList.Term(getTranslation("account.field.roles")), new DescriptionList.Description(roles));
        facts.add(new DescriptionList.Term(getTranslation("my.events")),
                new DescriptionList.Description(span("my-events", myEvents(me, events))));
        // Label and value side by side, as on a printed form: compact on a phone, no browser indent.
        facts.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-m)").set("margin", "0").set("align-items", "center");
        facts.getChildren().forEach(c -> c.getElement().getStyle().set("margin", "0"));
        facts.getChildren().filter(DescriptionList.Term.class::isInstance)
                .forEach(c -> c.getElement().getClassList().add(LumoUtility.TextColor.SECONDARY));
        return card("my.profile.title", facts);
    }

    private String myEvents(AccountSummary me, EventService events) {
        if (me.roles().contains(Role.ADMIN)) {
            return getTranslation("account.events.all");
        }
        String names = events.selectable().stream().map(e -> e.name(getLocale()))
                .collect(Collectors.joining(AppLocales.isChinese(getLocale()) ? "、" : ", "));
        return names.isEmpty() ? getTranslation("account.events.none") : names;
    }

    private Div passwordForm() {
        current.setLabel(getTranslation("account.field.current-password"));
        current.setId("my-current-password");
        current.setRequiredIndicatorVisible(true);
        current.addValueChangeListener(e -> current.setInvalid(false));
        Button change = new Button(getTranslation("my.password.change"), e -> changePassword());
        change.setId("my-change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, newPassword.password(), newPassword.repeat(), change);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph hint = new Paragraph(getTranslation("my.password.hint"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        return card("my.password.title", hint, form);
    }

    private void changePassword() {
        newPassword.validValue().ifPresent(password -> {
            try {
                accounts.changeMyPassword(current.getValue(), password);
                current.clear();
                newPassword.clear();
                Toast.success(getTranslation("my.password.changed"));
            } catch (BusinessRuleException e) {
                if ("account.error.current-password-wrong".equals(e.messageKey())) {
                    current.setErrorMessage(getTranslation(e.messageKey()));
                    current.setInvalid(true);
                }
                Toast.error(e);
            }
        });
    }

    private Div card(String titleKey, Component... content) {
        H3 title = new H3(getTranslation(titleKey));
        title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.NONE);
        Div card = new Div(title);
        card.add(content);
        card.addClassNames(LumoUtility.Background.BASE, LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.LARGE, LumoUtility.Padding.MEDIUM, LumoUtility.BoxSizing.BORDER);
        card.getStyle().set("flex", "1 1 22rem").set("min-width", "0");
        return card;
    }

    private static Span span(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }
}
