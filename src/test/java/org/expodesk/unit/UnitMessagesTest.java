package org.expodesk.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.MessageBundles;
import org.junit.jupiter.api.Test;

/** The unit labels exist in both languages, so neither screen shows a {@code !key!} marker. */
class UnitMessagesTest {

    private final MessageBundles bundles = MessageBundles.load();

    @Test
    void chinese_and_english_bundles_have_the_same_keys() {
        assertThat(unitKeys(AppLocales.EN)).isEqualTo(unitKeys(AppLocales.ZH_CN)).isNotEmpty();
    }

    @Test
    void every_kind_has_a_label() {
        for (UnitKind kind : UnitKind.values()) {
            assertThat(bundles.find(AppLocales.ZH_CN, kind.messageKey())).as(kind.name()).isNotBlank();
            assertThat(bundles.find(AppLocales.EN, kind.messageKey())).as(kind.name()).isNotBlank();
        }
    }

    /** MessageFormat swallows a straight apostrophe and the parameter after it; the typographic ’ is safe. */
    @Test
    void messages_with_parameters_use_no_straight_apostrophe() {
        for (String key : unitKeys(AppLocales.EN)) {
            String pattern = bundles.find(AppLocales.EN, key);
            if (pattern != null && pattern.contains("{0}")) {
                assertThat(pattern).as(key).doesNotContain("'");
            }
        }
    }

    private Set<String> unitKeys(java.util.Locale locale) {
        Set<String> keys = new TreeSet<>();
        for (Map.Entry<String, String> origin : bundles.origins(locale).entrySet()) {
            if (origin.getValue().equals("unit")) {
                keys.add(origin.getKey());
            }
        }
        return keys;
    }
}
