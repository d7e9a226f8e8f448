package io.throughline.requests;

import org.apache.catalina.Pipeline;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.util.Arrays;

/** What API requests go through before a controller: the body's limits, and problems for what is refused early. */
@Configuration(proxyBeanMethods = false)
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
