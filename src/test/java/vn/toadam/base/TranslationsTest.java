package vn.toadam.base;

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

/** Every user-facing string exists in Vietnamese and English, and every key the code uses is defined. */
class TranslationsTest {

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("translations_vi.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("translations.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTheCodeIsTranslated() throws IOException {
        Set<String> keys = load("translations_vi.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("\"((?:error|card|join|workshop|setup|account|login|chat|board|nav|home|action|notfound|group|participant|practice|procedure|rubric|report|export|import|overview|phase|vote|timer|moderate|recommendation|projector|audit|live)\\.[a-zA-Z.-]*[a-zA-Z-])\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys).containsAll(used);
        for (String prefix : new String[] {"card.type.", "workshop.status."}) {
            assertThat(keys.stream().filter(k -> k.startsWith(prefix))).isNotEmpty();
        }
    }

    @Test
    void vietnameseIsTheDefaultAndEnglishIsSeparate() {
        assertThat(TranslationProvider.translate("card.type.DIFFICULTY", null)).isEqualTo("Khó khăn");
        assertThat(TranslationProvider.translate("card.type.DIFFICULTY", Locale.forLanguageTag("vi-VN"))).isEqualTo("Khó khăn");
        assertThat(TranslationProvider.translate("card.type.DIFFICULTY", Locale.ENGLISH)).isEqualTo("Difficulties");
        assertThat(TranslationProvider.translate("error.too-long", Locale.ENGLISH, 1000))
                .isEqualTo("Too long: at most 1,000 characters.");
    }
}
