package io.throughline.security;

import io.throughline.kernel.person.Role;
import io.throughline.roles.ConditionalOnRole;
import io.throughline.roles.ServiceRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * On a database without users, creates {@code admin} with the password of {@code THROUGHLINE_ADMIN_PASSWORD}, or a
 * random one printed once to the log. There is no built-in password. Registered through the person commands, sent by
 * the service itself ({@code system} in the audit log), on the nodes that handle them: a node with the web pages or
 * the projections alone leaves it to a node with the command role, and starts without waiting for one.
 */
@Component
@ConditionalOnRole(ServiceRole.COMMAND)
@EnableConfigurationProperties(FirstAdminProperties.class)
class FirstAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccounts accounts;
    private final String configuredPassword;

    FirstAdmin(UserAccounts accounts, FirstAdminProperties properties) {
        this.accounts = accounts;
        this.configuredPassword = properties.adminPassword();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(USERNAME)) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        try {
            accounts.create(USERNAME, "Administrator", Set.of(Role.ADMIN), password, null);
        } catch (RuntimeException refused) {
            // Another node starting on the same empty database registered it first: theirs is the administrator.
            if (accounts.exists(USERNAME)) {
                return;
            }
            throw refused;
        }
        if (generated) {
            log.warn("Created the first administrator '{}' with the password {} (shown only now; set "
                    + "THROUGHLINE_ADMIN_PASSWORD before the first start to choose it)", USERNAME, password);
        } else {
            log.info("Created the first administrator '{}' with the password of THROUGHLINE_ADMIN_PASSWORD", USERNAME);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
