package io.throughline.roles;

import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The web pages ({@code io.throughline.web}). They send commands and queries through the gateways only, so they work
 * on a node of their own when Axon Server carries those to the command and query nodes. The administration page
 * shows the projections only where the query role runs too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole(ServiceRole.UI)
@ComponentScan(basePackages = "io.throughline.web", excludeFilters = {
        @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
public class UiRole {
}
