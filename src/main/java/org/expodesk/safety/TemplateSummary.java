package org.expodesk.safety;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.expodesk.shared.i18n.AppLocales;

/**
 * One revision of a checklist template. {@code familyKey} names the template across its revisions; only the
 * current revision is offered for new inspections, older ones stay for the inspections that used them.
 */
public record TemplateSummary(long id, String familyKey, int revision, SafetyDomain domain, String nameZh, String nameEn,
        boolean current, Instant createdAt, String createdBy, List<TemplateItem> items) {

    public TemplateSummary {
        items = List.copyOf(items);
    }

    public String name(Locale locale) {
        return AppLocales.isChinese(locale) ? nameZh : nameEn;
    }

    /** The item at a position counted from 1, as answers and rectifications name it. */
    public TemplateItem item(int position) {
        return items.get(position - 1);
    }
}
