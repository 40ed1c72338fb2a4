package org.expodesk.shared.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * All labels of ExpoDesk, read from {@code i18n/<feature>_en.properties} and
 * {@code i18n/<feature>_zh_CN.properties}. Each feature keeps its own pair of files so features can
 * grow without fighting over one file; keys are unique across all of them.
 */
public final class MessageBundles {

    private static final Pattern FILE = Pattern.compile("(.+)_(en|zh_CN)\\.properties");

    /** locale → key → pattern */
    private final Map<Locale, Map<String, String>> messages;
    /** locale → key → file that defined it, for the consistency test */
    private final Map<Locale, Map<String, String>> origins;

    private MessageBundles(Map<Locale, Map<String, String>> messages, Map<Locale, Map<String, String>> origins) {
        this.messages = messages;
        this.origins = origins;
    }

    public static MessageBundles load() {
        Map<Locale, Map<String, String>> messages = new HashMap<>();
        Map<Locale, Map<String, String>> origins = new HashMap<>();
        for (Locale locale : AppLocales.SUPPORTED) {
            messages.put(locale, new HashMap<>());
            origins.put(locale, new TreeMap<>());
        }
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(MessageBundles.class.getClassLoader())
                    .getResources("classpath*:i18n/*.properties");
            for (Resource resource : resources) {
                String name = resource.getFilename();
                Matcher matcher = name == null ? null : FILE.matcher(name);
                if (matcher == null || !matcher.matches()) {
                    continue;
                }
                Locale locale = "en".equals(matcher.group(2)) ? AppLocales.EN : AppLocales.ZH_CN;
                Properties properties = new Properties();
                try (InputStream in = resource.getInputStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : properties.stringPropertyNames()) {
                    String previous = origins.get(locale).put(key, matcher.group(1));
                    if (previous != null && !previous.equals(matcher.group(1))) {
                        throw new IllegalStateException(
                                "Message key '" + key + "' is defined in both " + previous + " and " + matcher.group(1));
                    }
                    messages.get(locale).put(key, properties.getProperty(key));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message bundles", e);
        }
        return new MessageBundles(messages, origins);
    }

    /** The translated text, or {@code !key!} so that a missing label is visible on screen and caught by tests. */
    public String text(Locale locale, String key, Object... params) {
        String pattern = find(locale, key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        if (params.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, AppLocales.closest(locale)).format(params);
    }

    public @Nullable String find(Locale locale, String key) {
        return messages.get(AppLocales.closest(locale)).get(key);
    }

    public Set<String> keys(Locale locale) {
        return messages.get(AppLocales.closest(locale)).keySet();
    }

    /** key → bundle base name (e.g. {@code event}) for one locale. */
    public Map<String, String> origins(Locale locale) {
        return origins.get(AppLocales.closest(locale));
    }
}
