package io.throughline.actor;

import io.throughline.kernel.AuditMetadata;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting: the authenticated principal, and nothing a client writes into a request. Stamped into the metadata of
 * every command by {@link ActorConfiguration}.
 */
@Component
public class RequestActor {

    public String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return AuditMetadata.SYSTEM;
        }
        return authentication.getName();
    }
}
