package io.throughline.query.progress;

import io.throughline.query.ProcessingGroups;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DashboardProgressRegistration {

    @Bean
    ConfigurerModule theDashboardProcessorReportsItsProgress(DashboardProgress progress) {
        return configurer -> configurer.eventProcessing()
                .registerHandlerInterceptor(ProcessingGroups.DASHBOARD, config -> progress.reporter());
    }
}
