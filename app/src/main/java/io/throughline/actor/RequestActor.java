package io.throughline.actor;

import io.throughline.kernel.AuditMetadata;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/**
 * Who is acting: the authenticated principal, and nothing a client writes into a request. Stamped into the metadata of
 * every command by {@link ActorConfiguration}.
 */
@Component
public class RequestActor {

    /** The actor's roles, without the {@code ROLE_} prefix, comma-separated; empty outside a signed-in request. */
    public String roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return "";
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .sorted().collect(Collectors.joining(","));
    }

    public String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return AuditMetadata.SYSTEM;
        }
        return authentication.getName();
    }
}
