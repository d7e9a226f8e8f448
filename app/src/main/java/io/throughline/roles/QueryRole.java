package io.throughline.roles;

import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The query side: the projections and so their event processors ({@code dashboard}, {@code audit},
 * {@code integrity}: Axon builds a processor only for a processing group that has handler beans), the query handlers,
 * the query HTTP API, time travel, replay and the administration of the projections.
 * <p>
 * The read models' JPA entities and Spring Data repositories are not scanned here but from the application's root
 * package, like Axon's own entities, on every node: one persistence unit validated against the one Flyway schema.
 * A node without this role has the repositories as idle proxies; nothing there reads or writes them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole(ServiceRole.QUERY)
@ComponentScan(basePackages = "io.throughline.query", excludeFilters = {
        @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
public class QueryRole {
}
