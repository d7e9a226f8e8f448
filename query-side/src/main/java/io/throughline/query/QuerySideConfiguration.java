package io.throughline.query;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The clock ("today" for scorecards) comes from the application, which every role shares. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling // samples the processors' positions for their speed
public class QuerySideConfiguration {
}
