package io.throughline.roles;

import io.throughline.command.web.ApiExceptionHandler;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The command side: the aggregates (Axon finds them as {@code @Aggregate} beans), the command handlers, the command
 * HTTP API and the interceptors every command passes (rejection translation, authorisation, idempotency), snapshots
 * and aggregate caches. The problem responses of the API are shared by every role ({@link EveryRole}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnRole(ServiceRole.COMMAND)
@ComponentScan(basePackages = "io.throughline.command", excludeFilters = {
        @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ApiExceptionHandler.class)})
public class CommandRole {
}
