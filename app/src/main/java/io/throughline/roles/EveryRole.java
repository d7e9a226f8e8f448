package io.throughline.roles;

import io.throughline.command.web.ApiExceptionHandler;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import java.time.Clock;

/**
 * What every process runs, whatever its roles: storage (the embedded PostgreSQL, Flyway, JPA), serialization, the
 * limits on request bodies, security and the accounts (every role signs its callers in), the actor stamped on every
 * command sent, health and the OpenAPI document (auto-configured, shaped by io.throughline.apidoc), what operators
 * watch (processor metrics and health, the commands' log context), and the API's problem responses, which the query
 * API and the pages use as much as the command API.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = {"io.throughline.actor", "io.throughline.apidoc", "io.throughline.json",
        "io.throughline.operations", "io.throughline.requests", "io.throughline.security", "io.throughline.storage"}, excludeFilters = {
        @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
@Import(ApiExceptionHandler.class)
public class EveryRole {

    /** The roles this process runs, validated: start-up stops on a name that is no role. */
    @Bean
    Roles roles(Environment environment) {
        return Roles.of(environment);
    }

    /** "Today" for scorecards, huddles, the pages' quarters and the lifetime of sign-ins. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
