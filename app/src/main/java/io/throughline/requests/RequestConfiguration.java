package io.throughline.requests;

import io.throughline.query.progress.DashboardProgress;
import org.apache.catalina.Pipeline;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.util.Arrays;

/**
 * What requests go through before a controller: the body's limits, the pace of changes, and problems for what is
 * refused early.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class RequestConfiguration {

    /**
     * Before every filter that reads a body: Spring's FormContentFilter would read a form-encoded PUT, PATCH or DELETE
     * whole into memory, however large, before Spring Security has even asked who is calling. After the filter that
     * sets the request's character encoding.
     */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Right after Spring Security's filters, before anything that runs a command. */
    @Bean
    FilterRegistrationBean<CommandIntake> commandIntake(IntakeProperties settings, EventStore log,
                                                        ObjectProvider<DashboardProgress> progress, Unavailable unavailable) {
        FilterRegistrationBean<CommandIntake> registration =
                new FilterRegistrationBean<>(new CommandIntake(settings, log, progress, unavailable));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /**
     * Replaces the error page Spring Boot gives Tomcat's host. Runs after Spring Boot's customizer (unordered comes
     * last), and names its valve to the host, which would otherwise add Tomcat's default page beside it.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            Pipeline pipeline = context.getParent().getPipeline();
            Arrays.stream(pipeline.getValves()).filter(ErrorReportValve.class::isInstance)
                    .forEach(pipeline::removeValve);
            pipeline.addValve(new ProblemErrorReportValve());
            ((StandardHost) context.getParent()).setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        });
    }

    /** Replaces Spring Boot's own, which it backs off for. */
    @Bean
    ApiErrorController apiErrorController(ErrorAttributes attributes, ServerProperties server,
                                          ObjectProvider<ErrorViewResolver> views) {
        return new ApiErrorController(attributes, server.getError(), views.orderedStream().toList());
    }
}
