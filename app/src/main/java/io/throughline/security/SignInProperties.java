package io.throughline.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How signing in is paid for, and how guessing passwords is slowed down.
 *
 * @param basicCache              How long a successful HTTP Basic sign-in or personal access token is remembered on
 *                                this instance (CredentialCache), so that bcrypt and the token lookups are not paid on
 *                                every request; also how long another instance may still accept a token revoked or an
 *                                account disabled on this one, or a password of an account throttled on this one.
 * @param failedSignInsPerAccount How many failed sign-ins (wrong password or unknown account, by the login form or
 *                                HTTP Basic, on any node) within failed-sign-in-window make an account refuse every
 *                                sign-in, the right password too, until fewer than that many remain in the window
 *                                (SignInThrottle).
 * @param failedSignInsPerAddress How many failed sign-ins from one client address, whatever the accounts, within
 *                                failed-sign-in-window make that address refuse every sign-in. Higher than per account:
 *                                an office behind one address shares it, while one client trying many accounts does
 *                                not stop at a few per account.
 * @param failedSignInWindow      The sliding window over which failed sign-ins are counted.
 */
@ConfigurationProperties("throughline.security")
public record SignInProperties(@DefaultValue("60s") Duration basicCache,
                               @DefaultValue("10") int failedSignInsPerAccount,
                               @DefaultValue("100") int failedSignInsPerAddress,
                               @DefaultValue("5m") Duration failedSignInWindow) {
}
