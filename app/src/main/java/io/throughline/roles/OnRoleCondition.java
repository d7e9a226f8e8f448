package io.throughline.roles;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.util.Map;

/** Reads {@code throughline.roles} from the environment; listed in the conditions report like Boot's own. */
class OnRoleCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnRole.class.getName());
        ServiceRole role = (ServiceRole) attributes.get("value");
        Roles roles = Roles.of(context.getEnvironment());
        ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnRole.class, role.key());
        return roles.runs(role)
                ? ConditionOutcome.match(message.because(Roles.PROPERTY + "=" + roles))
                : ConditionOutcome.noMatch(message.because(Roles.PROPERTY + "=" + roles));
    }
}
