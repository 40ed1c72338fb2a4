package org.expodesk.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.LanguageSwitcher;

/** 中文 | English: each language named in itself, so anyone finds their own. */
public class LanguageSwitch extends Composite<HorizontalLayout> {

    private final LanguageSwitcher preference;

    public LanguageSwitch(LanguageSwitcher preference) {
        this.preference = preference;
        getContent().setSpacing(false);
        getContent().setAlignItems(HorizontalLayout.Alignment.CENTER);
        getContent().addClassName("language-switch");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getContent().removeAll();
        Locale current = attachEvent.getUI().getLocale();
        getContent().add(button("中文", "中文", AppLocales.ZH_CN, AppLocales.isChinese(current)), new Span("|"),
                button("English", "EN", AppLocales.EN, !AppLocales.isChinese(current)));
    }

    /** The short label replaces the long one on phones (see expodesk.css), so the header fits 390 px. */
    private Button button(String label, String shortLabel, Locale locale, boolean active) {
        Button button = new Button();
        button.addClickListener(e -> preference.switchTo(e.getSource().getUI().orElseThrow(), locale));
        Span full = new Span(label);
        full.addClassName("lang-long");
        Span compact = new Span(shortLabel);
        compact.addClassName("lang-short");
        button.getElement().appendChild(full.getElement(), compact.getElement());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setId("lang-" + (AppLocales.isChinese(locale) ? "zh" : "en"));
        button.setEnabled(!active);
        button.getElement().setAttribute("lang", locale.toLanguageTag());
        return button;
    }
}
