package io.throughline.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
class SerializationConfiguration {

    /** Joins Spring's web ObjectMapper, so API bodies carry ids, quarters and periods as plain strings. */
    @Bean
    Module textValueModule() {
        return new TextValueModule();
    }

    /**
     * Axon's serializer for messages, events and snapshots. Stored events are contracts kept for years, so their JSON
     * form is fixed here, with its own ObjectMapper, and does not follow changes to the web layer's one.
     * Unknown properties are ignored so that an older node can read events written by a newer one.
     */
    @Bean
    @Primary
    Serializer serializer(RevisionResolver revisionResolver) {
        JsonMapper eventMapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new TextValueModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return JacksonSerializer.builder().objectMapper(eventMapper).revisionResolver(revisionResolver).build();
    }
}
