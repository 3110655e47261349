package com.briefingdesk.kernel;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every user-visible string comes from the bundles under vaadin-i18n/; Simplified Chinese first. Each feature may keep
 * its own bundle family there (say {@code approval.properties} and {@code approval_zh_CN.properties}) beside the
 * shared {@code translations} family, so features add their strings without touching each other's files.
 */
@Component
public class BundleI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String FOLDER = "vaadin-i18n/";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> families;

    public BundleI18NProvider() {
        this.families = bundleFamilies();
    }

    /** The names of the bundle families found on the class path, each with a Chinese and an English file. */
    public static List<String> bundleFamilies() {
        try {
            TreeSet<String> names = new TreeSet<>();
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + FOLDER + "*_zh_CN.properties")) {
                String file = resource.getFilename();
                names.add(file.substring(0, file.length() - "_zh_CN.properties".length()));
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : CHINESE;
        for (String family : families) {
            ResourceBundle bundle = ResourceBundle.getBundle(FOLDER + family, effective, NO_FALLBACK);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
            }
        }
        return "!" + key;
    }
}
