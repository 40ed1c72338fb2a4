package org.expodesk.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.expodesk.badge.BadgeStatus;
import org.expodesk.booth.BoothKind;
import org.expodesk.booth.BoothStatus;
import org.expodesk.booth.SplitAxis;
import org.expodesk.booth.Wall;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventStatus;
import org.expodesk.shared.security.Role;
import org.expodesk.unit.UnitKind;
import org.junit.jupiter.api.Test;

/** Every label exists in Chinese and in English, and every key the code uses is defined. */
class MessageBundlesTest {

    private static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9_-]+)+)\"");

    private final MessageBundles bundles = MessageBundles.load();

    @Test
    void chinese_and_english_bundles_have_the_same_keys_file_by_file() {
        var zh = bundles.origins(AppLocales.ZH_CN);
        var en = bundles.origins(AppLocales.EN);
        Set<String> onlyZh = new TreeSet<>(zh.keySet());
        onlyZh.removeAll(en.keySet());
        Set<String> onlyEn = new TreeSet<>(en.keySet());
        onlyEn.removeAll(zh.keySet());
        assertThat(onlyZh).as("keys only in the zh_CN bundles").isEmpty();
        assertThat(onlyEn).as("keys only in the en bundles").isEmpty();
        zh.forEach((key, file) -> assertThat(en.get(key)).as("bundle file of " + key).isEqualTo(file));
    }

    @Test
    void no_label_is_empty_and_chinese_labels_are_not_left_in_english() {
        for (String key : bundles.keys(AppLocales.ZH_CN)) {
            assertThat(bundles.find(AppLocales.ZH_CN, key)).as(key).isNotBlank();
            assertThat(bundles.find(AppLocales.EN, key)).as(key).isNotBlank();
        }
        long identical = bundles.keys(AppLocales.ZH_CN).stream()
                .filter(k -> bundles.find(AppLocales.ZH_CN, k).equals(bundles.find(AppLocales.EN, k)))
                .filter(k -> !bundles.find(AppLocales.EN, k).matches("[A-Za-z0-9 .·]*ExpoDesk[A-Za-z0-9 .·]*|[^A-Za-z]*"))
                .count();
        assertThat(identical).as("labels with the same text in both languages (probably untranslated)").isZero();
    }

    @Test
    void every_key_used_in_the_code_is_defined_in_both_languages() {
        Set<String> namespaces = bundles.keys(AppLocales.EN).stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String key : keysUsedInSources(namespaces)) {
            // A literal that only starts keys (code appends ".confirm.title" and the like) is a prefix, not a key.
            boolean prefix = bundles.keys(AppLocales.EN).stream().anyMatch(k -> k.startsWith(key + "."));
            if (!prefix && (bundles.find(AppLocales.ZH_CN, key) == null || bundles.find(AppLocales.EN, key) == null)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("message keys used in src/main/java but missing from a bundle").isEmpty();
    }

    @Test
    void every_enum_shown_on_screen_has_a_label() {
        List<String> keys = new ArrayList<>();
        Stream.of(Role.values()).map(Role::messageKey).forEach(keys::add);
        Stream.of(EventKind.values()).map(EventKind::messageKey).forEach(keys::add);
        Stream.of(EventStatus.values()).map(EventStatus::messageKey).forEach(keys::add);
        Stream.of(UnitKind.values()).map(UnitKind::messageKey).forEach(keys::add);
        Stream.of(BadgeStatus.values()).map(BadgeStatus::messageKey).forEach(keys::add);
        Stream.of(BoothKind.values()).map(BoothKind::messageKey).forEach(keys::add);
        Stream.of(BoothStatus.values()).map(BoothStatus::messageKey).forEach(keys::add);
        Stream.of(Wall.values()).map(Wall::messageKey).forEach(keys::add);
        Stream.of(SplitAxis.values()).map(SplitAxis::messageKey).forEach(keys::add);
        for (String key : keys) {
            assertThat(bundles.find(AppLocales.ZH_CN, key)).as(key).isNotNull();
            assertThat(bundles.find(AppLocales.EN, key)).as(key).isNotNull();
        }
    }

    /** MessageFormat swallows a straight apostrophe and the parameter after it; the typographic ’ is safe. */
    @Test
    void messages_with_parameters_use_no_straight_apostrophe() {
        for (var locale : AppLocales.SUPPORTED) {
            for (String key : bundles.keys(locale)) {
                String pattern = bundles.find(locale, key);
                if (pattern != null && pattern.contains("{0}")) {
                    assertThat(pattern).as(key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void a_missing_key_is_shown_visibly_rather_than_silently() {
        assertThat(bundles.text(AppLocales.EN, "no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void parameters_are_formatted_in_the_language_of_the_screen() {
        assertThat(bundles.text(AppLocales.ZH_CN, "dashboard.countdown.days", 38)).isEqualTo("38 天");
        assertThat(bundles.text(AppLocales.EN, "dashboard.countdown.days", 38)).isEqualTo("38 days");
    }

    private static Set<String> keysUsedInSources(Set<String> namespaces) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = STRING_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String literal = m.group(1);
                    String namespace = literal.substring(0, literal.indexOf('.'));
                    if (namespaces.contains(namespace) && !literal.endsWith(".") && !literal.contains("..")) {
                        keys.add(literal);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
