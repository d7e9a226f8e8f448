package io.throughline.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The pages' stylesheets, scripts and webjars, each under its own path, instead of Spring Boot's static mapping at
 * {@code /**} ({@code spring.web.resources.add-mappings: false}). With the resource chain on (webjars-locator-lite),
 * Spring asks the handler mapped at {@code /**} to resolve every link a page writes, {@code /teams/…} included, in four
 * class-path locations: two thirds of the company dashboard's rendering time went there.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        // Pages name webjars without their version (/webjars/htmx.org/dist/htmx.min.js); the resolver adds it.
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
