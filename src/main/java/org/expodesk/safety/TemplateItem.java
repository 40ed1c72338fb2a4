package org.expodesk.safety;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;

/** One question of a checklist, in both languages, with the answer a sound target gives. */
public record TemplateItem(@NotBlank @Size(max = 300) String textZh, @NotBlank @Size(max = 500) String textEn,
        @NotNull ExpectedAnswer expected, boolean photoRequired, @NotNull Severity severity) {

    public String text(Locale locale) {
        return AppLocales.isChinese(locale) ? textZh : textEn;
    }
}
