package org.expodesk.exhibitor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.expodesk.event.EventSummary;
import org.expodesk.exhibitor.ExhibitorSummary;
import org.expodesk.exhibitor.RegistrationDraft;
import org.expodesk.exhibitor.RegistrationService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.i18n.LanguageSwitcher;
import org.expodesk.shared.ui.LanguageSwitch;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The public registration page of one event (参展报名): no account needed, in Chinese or English, usable on a
 * phone. The page keeps what was typed in the browser session, so switching the language (which reloads the
 * page) loses nothing but the passwords. Submitting registers the company and creates its account; the answer
 * says what to sign in with. Only events taking registrations have a page; others say so.
 */
@StyleSheet("styles/exhibitor.css")
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegistrationView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final String DRAFT = RegistrationView.class.getName() + ".draft.";

    private final RegistrationService registrations;
    private final LanguageSwitcher languages;
    private @Nullable EventSummary event;
    private @Nullable RegistrationForm form;
    private final Paragraph error = new Paragraph();

    public RegistrationView(RegistrationService registrations, LanguageSwitcher languages) {
        this.registrations = registrations;
        this.languages = languages;
        addClassName("registration-page");
        error.setId("register-error");
        error.addClassName("registration-error");
        error.setVisible(false);
    }

    @Override
    public void setParameter(BeforeEvent beforeEvent, Long eventId) {
        removeAll();
        event = registrations.openEvent(eventId).orElse(null);
        Div card = new Div();
        card.addClassName("registration-card");
        Div top = new Div(new Span(getTranslation("app.name")), new LanguageSwitch(languages));
        top.addClassName("registration-top");
        add(top, card);
        EventSummary open = event;
        if (open == null) {
            Paragraph closed = new Paragraph(getTranslation("exhibitor.error.registration-closed"));
            closed.setId("register-closed");
            card.add(new H1(getTranslation("exhibitor.register.title")), closed);
            return;
        }
        H1 title = new H1(getTranslation("exhibitor.register.title"));
        H2 eventName = new H2(open.name(getLocale()));
        eventName.setId("register-event");
        Paragraph intro = new Paragraph(getTranslation("exhibitor.register.intro"));
        intro.addClassName("registration-intro");
        RegistrationForm fields = new RegistrationForm();
        form = fields;
        fields.binder.readBean(remembered(open.id()));
        fields.binder.addValueChangeListener(e -> remember(open.id(), fields));
        Button submit = new Button(getTranslation("exhibitor.register.submit"), e -> submit(open.id(), fields));
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit.setEnabled(true));
        card.add(title, eventName, intro, error, fields, submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exhibitor.register.title") + " · " + getTranslation("app.name");
    }

    private void submit(long eventId, RegistrationForm fields) {
        error.setVisible(false);
        RegistrationDraft draft = new RegistrationDraft();
        if (!fields.binder.writeBeanIfValid(draft)) {
            showError(getTranslation("exhibitor.register.fix-fields"));
            return;
        }
        try {
            ExhibitorSummary saved = registrations.register(eventId, draft, clientAddress());
            VaadinSession.getCurrent().setAttribute(DRAFT + eventId, null);
            showDone(saved, draft.login());
        } catch (BusinessRuleException e) {
            if ("exhibitor.error.already-registered".equals(e.messageKey())) {
                fields.creditCode.setInvalid(true);
                fields.creditCode.setErrorMessage(ExhibitorTexts.reason(this, e));
            }
            showError(ExhibitorTexts.reason(this, e));
        } catch (AccessDeniedException e) {
            showError(getTranslation("exhibitor.register.signed-in"));
        }
    }

    private void showDone(ExhibitorSummary saved, String login) {
        removeAll();
        Div card = new Div();
        card.addClassName("registration-card");
        card.setId("register-done");
        Div top = new Div(new Span(getTranslation("app.name")), new LanguageSwitch(languages));
        top.addClassName("registration-top");
        card.add(new H1(getTranslation("exhibitor.register.done.title")),
                new Paragraph(getTranslation("exhibitor.register.done.text", saved.nameZh())),
                new Paragraph(getTranslation("exhibitor.register.done.login", login)),
                new Anchor("login", getTranslation("exhibitor.register.done.sign-in")));
        add(top, card);
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
        error.getElement().callJsFunction("scrollIntoView");
    }

    /** The request's remote address: the connection's, or the proxy's header when the deployer configured forward headers. */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null || address.isBlank() ? "unknown" : address;
    }

    private RegistrationDraft remembered(long eventId) {
        Object saved = Optional.ofNullable(VaadinSession.getCurrent()).map(s -> s.getAttribute(DRAFT + eventId)).orElse(null);
        return saved instanceof RegistrationDraft draft ? draft : new RegistrationDraft();
    }

    /** Keeps what was typed, without the passwords, so that the language switch's reload loses nothing else. */
    private void remember(long eventId, RegistrationForm fields) {
        RegistrationDraft draft = new RegistrationDraft();
        fields.binder.writeBeanAsDraft(draft, true);
        draft.setPassword(null);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(DRAFT + eventId, draft);
        }
    }

    @Nullable RegistrationForm form() {
        return form;
    }
}
