package io.throughline.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, {@code admin}.
 *
 * @param adminPassword The first administrator's password, used once, when the database has no users yet; usually
 *                      given as the environment variable THROUGHLINE_ADMIN_PASSWORD. Unset, a random password is
 *                      generated and printed once to the log.
 */
@ConfigurationProperties("throughline")
public record FirstAdminProperties(String adminPassword) {
}
