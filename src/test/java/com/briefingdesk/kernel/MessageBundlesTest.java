package com.briefingdesk.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages say everything, and every key the code asks for exists. */
class MessageBundlesTest {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static Set<String> allChineseKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String family : BundleI18NProvider.bundleFamilies()) {
            keys.addAll(load(family + "_zh_CN.properties").stringPropertyNames());
        }
        return keys;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(BundleI18NProvider.bundleFamilies()).contains("translations");
        for (String family : BundleI18NProvider.bundleFamilies()) {
            assertThat(load(family + "_zh_CN.properties").stringPropertyNames())
                    .as(family)
                    .containsExactlyInAnyOrderElementsOf(load(family + ".properties").stringPropertyNames());
        }
    }

    @Test
    void noKeyIsDefinedInTwoFamilies() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String family : BundleI18NProvider.bundleFamilies()) {
            for (String key : load(family + "_zh_CN.properties").stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key + " in " + family);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyLiteralKeyInTheCodeIsTranslated() throws IOException {
        Set<String> keys = allChineseKeys();
        // A string literal shaped like a key whose first segment some key has (say "issue.") is taken as a message key.
        Set<String> prefixes = new TreeSet<>();
        keys.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.'))));
        Pattern literal = Pattern.compile("getTranslation\\(\"([a-zA-Z.]+)\"|\"([a-z]+\\.[a-zA-Z.]+[a-zA-Z])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    boolean looksLikeMessage = m.group(1) != null || prefixes.contains(key.substring(0, key.indexOf('.')));
                    if (looksLikeMessage && !key.endsWith(".") && !keys.contains(key)) {
                        missing.add(key + " in " + source.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theProviderSpeaksChineseByDefaultAndEnglishOnRequest() {
        BundleI18NProvider provider = new BundleI18NProvider();
        assertThat(provider.getTranslation("nav.inbox", Locale.SIMPLIFIED_CHINESE)).isEqualTo("待办");
        assertThat(provider.getTranslation("nav.inbox", Locale.GERMAN)).isEqualTo("待办");
        assertThat(provider.getTranslation("nav.inbox", Locale.ENGLISH)).isEqualTo("Inbox");
        assertThat(provider.getTranslation("article.title.help", Locale.ENGLISH, 100)).isEqualTo("At most 100 characters");
    }
}
