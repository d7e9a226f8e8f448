package io.throughline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's own settings ({@code throughline.*}) are documented where IDEs and readers look: in the configuration
 * metadata that spring-boot-configuration-processor writes from the {@code @ConfigurationProperties} records, each
 * with a description and, where it has one, its default. The rule for defaults: each lives in its record
 * ({@code @DefaultValue}) and nowhere else, so the application files set a {@code throughline.*} setting only to
 * change it.
 */
class ConfigurationMetadataTest {

    /** The settings README and application.yml named when they were read with {@code @Value}. */
    private static final Set<String> SETTINGS = Set.of("throughline.admin-password", "throughline.node-name",
            "throughline.roles", "throughline.security.basic-cache",
            "throughline.security.failed-sign-ins-per-account", "throughline.security.failed-sign-ins-per-address",
            "throughline.security.failed-sign-in-window", "throughline.commands.concurrent-append-retries",
            "throughline.commands.retry-interval", "throughline.commands.cached-aggregates",
            "throughline.database.retry-after", "throughline.metric.snapshot-every",
            "throughline.embedded-postgres.enabled", "throughline.embedded-postgres.data-directory",
            "throughline.embedded-postgres.port", "throughline.embedded-postgres.when-port-taken",
            "throughline.embedded-postgres.database");
    /** Unset, these mean "generate one" and "the JVM's pid@host": no value stands for them. */
    private static final Set<String> WITHOUT_DEFAULT = Set.of("throughline.admin-password", "throughline.node-name");

    @Test
    void everySettingIsDescribedWithItsDefault() throws IOException {
        Map<String, JsonNode> metadata = throughlineMetadata();

        assertThat(metadata).containsKeys(SETTINGS.toArray(String[]::new));
        metadata.forEach((name, property) -> {
            assertThat(property.path("description").asText()).as("description of " + name).isNotBlank();
            assertThat(property.has("defaultValue")).as("default of " + name).isEqualTo(!WITHOUT_DEFAULT.contains(name));
        });
    }

    @Test
    void theApplicationFilesSetOnlyDocumentedSettingsAndNeverToTheirDefault() throws IOException {
        Map<String, JsonNode> metadata = throughlineMetadata();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:application*.yml");
        assertThat(files).isNotEmpty();

        for (Resource file : files) {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(file.getDescription(), file)) {
                for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                    String setting = name.replaceFirst("\\[\\d+]$", "");
                    if (!setting.startsWith("throughline.")) {
                        continue;
                    }
                    assertThat(metadata).as(file.getDescription() + " sets " + setting + ", undocumented").containsKey(setting);
                    JsonNode defaultValue = metadata.get(setting).get("defaultValue");
                    assertThat(String.valueOf(source.getProperty(name)))
                            .as(file.getDescription() + " repeats the default of " + setting)
                            .isNotEqualTo(defaultValue == null ? null : defaultValue.asText());
                }
            }
        }
    }

    /** No application file maps them any more: Spring's binding of environment variables does. */
    @Test
    void theEnvironmentVariablesNamedInReadmeReachTheirSettings() throws IOException {
        Map<String, Object> variables = Map.of("THROUGHLINE_ADMIN_PASSWORD", "a-long-admin-password",
                "THROUGHLINE_NODE_NAME", "node-7", "THROUGHLINE_ROLES", "query,ui",
                "THROUGHLINE_EMBEDDED_POSTGRES_PORT", "25432");
        Binder binder = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)));
        Map<String, JsonNode> metadata = throughlineMetadata();

        assertThat(metadata).containsKeys("throughline.admin-password", "throughline.node-name", "throughline.roles",
                "throughline.embedded-postgres.port");
        assertThat(binder.bind("throughline.admin-password", String.class).get()).isEqualTo("a-long-admin-password");
        assertThat(binder.bind("throughline.node-name", String.class).get()).isEqualTo("node-7");
        assertThat(binder.bind("throughline.roles", Bindable.listOf(String.class)).get()).containsExactly("query", "ui");
        assertThat(binder.bind("throughline.embedded-postgres.port", Integer.class).get()).isEqualTo(25432);
    }

    /** Every module's generated metadata on the classpath, by setting. */
    private static Map<String, JsonNode> throughlineMetadata() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> settings = new TreeMap<>();
        List<URL> files = Collections.list(ConfigurationMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"));
        for (URL file : files) {
            for (JsonNode property : json.readTree(file).path("properties")) {
                String name = property.path("name").asText();
                if (name.startsWith("throughline.")) {
                    settings.put(name, property);
                }
            }
        }
        return settings;
    }
}
