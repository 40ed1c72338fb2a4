package org.expodesk.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Gives Vaadin the labels of both languages; every {@code getTranslation} call ends here. */
@Component
public class ExpoDeskI18NProvider implements I18NProvider {

    private final MessageBundles bundles = MessageBundles.load();

    @Override
    public List<Locale> getProvidedLocales() {
        return AppLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return bundles.text(locale, key, params);
    }

    public MessageBundles bundles() {
        return bundles;
    }
}
