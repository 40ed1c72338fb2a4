package org.expodesk.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.LanguageSwitcher;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Chooses the language of every new screen: the account's remembered choice once signed in, before that
 * the choice made on the sign-in page (a cookie), else the browser's language. {@link #switchTo} changes
 * it for the whole session at once and remembers it.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener, LanguageSwitcher {

    static final String COOKIE = "expodesk-lang";
    private static final String RESOLVED_FOR = LanguagePreference.class.getName() + ".resolvedFor";

    private final AccountService accounts;

    LanguagePreference(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    private void apply(UI ui) {
        VaadinSession session = ui.getSession();
        String who = CurrentUser.get().map(u -> "account:" + u.accountId()).orElse("anonymous");
        if (!who.equals(session.getAttribute(RESOLVED_FOR))) {
            session.setLocale(resolve(VaadinService.getCurrentRequest(), session.getLocale()));
            session.setAttribute(RESOLVED_FOR, who);
        }
        ui.setLocale(session.getLocale());
    }

    private Locale resolve(@Nullable VaadinRequest request, @Nullable Locale browser) {
        if (CurrentUser.get().isPresent()) {
            String remembered = accounts.myPreferences().languageTag();
            if (remembered != null) {
                return AppLocales.fromTag(remembered);
            }
        }
        String cookie = request == null || request.getCookies() == null ? null
                : Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName()))
                        .map(Cookie::getValue).filter(Objects::nonNull).findFirst().orElse(null);
        if (cookie != null) {
            return AppLocales.fromTag(cookie);
        }
        return AppLocales.closest(browser);
    }

    /** Switches every screen of this session to the language, remembers it, and reloads the page so every label changes at once. */
    @Override
    public void switchTo(UI ui, Locale requested) {
        Locale locale = AppLocales.closest(requested);
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        CurrentUser.get().map(AppUser::accountId).ifPresent(id -> accounts.rememberLanguage(locale));
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + ';path=/;max-age=31536000;SameSite=Lax'",
                COOKIE, locale.toLanguageTag());
        ui.getPage().reload();
    }
}
