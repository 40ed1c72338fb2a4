package org.expodesk.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every kind, place kind, role and conflict the programme shows has a label in both languages. */
class ProgrammeLabelsTest {

    @Test
    void every_programme_enum_shown_on_screen_or_paper_has_a_chinese_and_an_english_label() {
        MessageBundles bundles = MessageBundles.load();
        List<String> keys = new ArrayList<>();
        Stream.of(SessionKind.values()).map(SessionKind::messageKey).forEach(keys::add);
        Stream.of(PlaceKind.values()).map(PlaceKind::messageKey).forEach(keys::add);
        Stream.of(SessionRole.values()).map(SessionRole::messageKey).forEach(keys::add);
        Stream.of(SessionConflict.Kind.values()).map(k -> new SessionConflict(k, null, null, null, null, null, null, null).messageKey())
                .forEach(keys::add);

        assertThat(keys).allSatisfy(key -> {
            assertThat(bundles.find(AppLocales.ZH_CN, key)).as(key).isNotBlank();
            assertThat(bundles.find(AppLocales.EN, key)).as(key).isNotBlank();
        });
    }
}
