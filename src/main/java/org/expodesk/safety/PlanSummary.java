package org.expodesk.safety;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;

/** A contingency plan (预案): the people to call, in order, and the steps to take, in both languages. */
public record PlanSummary(long id, long eventId, IncidentKind kind, String titleZh, String titleEn,
        List<Contact> contacts, List<Step> steps, long version) {

    public PlanSummary {
        contacts = List.copyOf(contacts);
        steps = List.copyOf(steps);
    }

    public String title(Locale locale) {
        return AppLocales.isChinese(locale) ? titleZh : titleEn;
    }

    /** {@code mobile} may also be a short public number (119, 110, 120, 12345): ContingencyService checks it. */
    public record Contact(@NotBlank @Size(max = 60) String name, @NotBlank @Size(max = 100) String role,
            @NotBlank @Size(max = 30) String mobile) {
    }

    public record Step(@NotBlank @Size(max = 400) String textZh, @NotBlank @Size(max = 600) String textEn) {

        public String text(Locale locale) {
            return AppLocales.isChinese(locale) ? textZh : textEn;
        }
    }

    /** What the plan's editor saves. */
    public record Draft(@NotBlank @Size(max = 100) String titleZh, @NotBlank @Size(max = 200) String titleEn,
            List<@Valid Contact> contacts, List<@Valid Step> steps) {
    }
}
