package io.throughline.roles;

import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The nudges ({@code io.throughline.nudge}): digests and notices, decided from the read models, recorded in the notice
 * outbox and delivered from it. They run where the read models do, with the query role.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole(ServiceRole.QUERY)
@ComponentScan(basePackages = "io.throughline.nudge", excludeFilters = {
        @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
public class NudgeRole {
}
