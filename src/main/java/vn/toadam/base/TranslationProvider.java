package vn.toadam.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Vietnamese first, English second. {@code translations_vi.properties} holds Vietnamese,
 * {@code translations.properties} English; no fallback to the JVM's default locale.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "vaadin-i18n.translations";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    public static String translate(String key, Locale locale, Object... params) {
        Locale target = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, target == ENGLISH ? Locale.ROOT : target, NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
        return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, target).format(params);
    }
}
