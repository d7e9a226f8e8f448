package io.throughline.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How signing in is paid for.
 *
 * @param basicCache How long a successful HTTP Basic sign-in or personal access token is remembered on this instance
 *                   (CredentialCache), so that bcrypt and the token lookups are not paid on every request; also how
 *                   long another instance may still accept a token revoked or an account disabled on this one.
 */
@ConfigurationProperties("throughline.security")
public record SignInProperties(@DefaultValue("60s") Duration basicCache) {
}
