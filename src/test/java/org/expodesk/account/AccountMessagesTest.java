package org.expodesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The account labels exist in both languages, and English ones with parameters survive MessageFormat. */
class AccountMessagesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\d+}");

    @Test
    void chinese_and_english_have_the_same_keys() throws IOException {
        assertThat(load("account_zh_CN").stringPropertyNames()).isEqualTo(load("account_en").stringPropertyNames());
    }

    @Test
    void no_message_is_empty() throws IOException {
        for (String bundle : new String[] {"account_en", "account_zh_CN"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames()).allSatisfy(key -> assertThat(messages.getProperty(key)).isNotBlank());
        }
    }

    /** MessageFormat treats ' as a quote and would swallow the parameter after it: use ’ instead. */
    @Test
    void messages_with_parameters_have_no_straight_apostrophe() throws IOException {
        for (String bundle : new String[] {"account_en", "account_zh_CN"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames())
                    .filteredOn(key -> PARAMETER.matcher(messages.getProperty(key)).find())
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).doesNotContain("'"));
        }
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(Objects.requireNonNull(
                AccountMessagesTest.class.getResourceAsStream("/i18n/" + bundle + ".properties")), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
