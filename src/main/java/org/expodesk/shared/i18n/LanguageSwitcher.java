package org.expodesk.shared.i18n;

import com.vaadin.flow.component.UI;
import java.util.Locale;

/** Changes the language of the whole browser session at once and remembers the choice. */
public interface LanguageSwitcher {

    void switchTo(UI ui, Locale locale);
}
