package org.liftshift.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every NLS message class of the workbench and its messages.properties agree: each field has its text
 * and each text its field; and a text with placeholders binds to what it says, its apostrophes
 * included.
 */
class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = { "editor", "kit", "assessment", "navigator", "preferences", "help", "problems", "internal", "wizards",
            "topology", "report", "azure" })
    void fieldsAndPropertiesMatch(String pkg) throws Exception {
        String packageName = "org.liftshift.ui." + pkg;
        Class<?> messages = Class.forName(packageName + ".Messages");
        Properties texts = new Properties();
        try (InputStream in = messages.getResourceAsStream("messages.properties")) {
            assertThat(in).as(packageName + "/messages.properties").isNotNull();
            texts.load(in);
        }
        Set<String> fields = new TreeSet<>();
        for (Field field : messages.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                fields.add(field.getName());
                field.setAccessible(true); // the Messages classes are package-private
                String value = (String) field.get(null);
                assertThat(value).as(field.getName()).isEqualTo(texts.getProperty(field.getName()));
            }
        }
        assertThat(fields).as("fields of " + messages.getName()).containsExactlyInAnyOrderElementsOf(texts.stringPropertyNames());
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            int count = placeholders(text);
            if (count == 0) {
                continue;
            }
            // NLS.bind reads a lone ' as the start of a quoted span and drops it: an apostrophe must be ''
            Object[] arguments = new Object[count];
            String expected = text.replace("''", "'");
            for (int i = 0; i < count; i++) {
                arguments[i] = "<" + i + ">";
                expected = expected.replace("{" + i + "}", "<" + i + ">");
            }
            assertThat(NLS.bind(text, arguments)).as(key).isEqualTo(expected);
        }
    }

    private static int placeholders(String text) {
        int count = 0;
        while (text.contains("{" + count + "}")) {
            count++;
        }
        return count;
    }
}
