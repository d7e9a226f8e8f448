package io.throughline.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.threeten.extra.MutableClock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The service's clock replaced by one a test moves ({@link #CLOCK}), for a service started with this class as a
 * source ({@link StartedService#on(String, Class[], String...)}). Here, outside the packages the roles scan: a
 * configuration beside the nudges' tests would be picked up by every service the tests start.
 */
@Configuration(proxyBeanMethods = false)
public class TestClock {

    /** One for every service a test starts, so that its nodes agree on the time. */
    public static final MutableClock CLOCK = MutableClock.of(Instant.parse("2026-11-30T07:59:00Z"), ZoneOffset.UTC);

    @Bean
    @Primary
    Clock theTestsClock() {
        return CLOCK;
    }
}
