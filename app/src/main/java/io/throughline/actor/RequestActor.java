package io.throughline.actor;

import io.throughline.kernel.AuditMetadata;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting. Until authentication exists this is the {@code X-User} request header, and this is the only place
 * that reads it: the security work replaces this class and nothing else.
 */
@Component
public class RequestActor {

    public static final String HEADER = "X-User";
    public static final String ANONYMOUS = "anonymous";

    public String current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return AuditMetadata.SYSTEM;
        }
        HttpServletRequest request = attributes.getRequest();
        String user = request.getHeader(HEADER);
        return user == null || user.isBlank() ? ANONYMOUS : user.strip();
    }
}
