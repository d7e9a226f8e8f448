package io.throughline.command.limits;

import io.throughline.command.CommandFields;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.kernel.FieldPath;
import io.throughline.kernel.Limits;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.TextValue;
import io.throughline.kernel.metric.Period;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Holds every command to the {@link Limits} before any rule or lookup: each text, id, list, number and date it carries,
 * however deep (a huddle's updates, a check-in's commitments). What passes can be stored as an event and projected
 * into PostgreSQL: no text PostgreSQL refuses (U+0000), no number or date beyond its columns, nothing unbounded.
 * One walk over the command's components ({@link CommandFields}) covers every command, present and future.
 */
public class CommandLimits implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandFields.walk(unitOfWork.getMessage().getPayload(),
                (field, component, value) -> check(field, component == null ? null : component.getName(), value));
        return chain.proceed();
    }

    /**
     * @param field     where the value is, in the terms of the request ({@code priorityUpdates[1].comment}), or null
     *                  for the command itself
     * @param component the record component's own name, which decides a text's limit ({@link Limits#textLengthOf})
     */
    private static void check(FieldPath field, String component, Object value) {
        if (value instanceof String text) {
            refuseIf(field, Limits.problemWithText(text, Limits.textLengthOf(component)));
        } else if (value instanceof TextValue id) {
            refuseIf(field, Limits.problemWithText(id.value(), Limits.ID_LENGTH));
            if (id instanceof Quarter quarter) {
                refuseIf(field, Limits.problemWithDate(quarter.firstDay()));
            } else if (id instanceof Period period) {
                refuseIf(field, Limits.problemWithDate(period.firstDay()));
            }
        } else if (value instanceof BigDecimal number) {
            refuseIf(field, Limits.problemWithNumber(number));
        } else if (value instanceof LocalDate date) {
            refuseIf(field, Limits.problemWithDate(date));
        } else if (value instanceof Collection<?> list && list.size() > Limits.LIST_SIZE) {
            refuseIf(field, "must have at most " + Limits.LIST_SIZE + " entries, had " + list.size());
        }
        // Enums, integers and booleans are bounded by their types; their handlers check their ranges. Records and
        // lists are walked into by CommandFields.
    }

    private static void refuseIf(FieldPath field, String problem) {
        if (problem != null) {
            throw CommandRejectedException.invalid(field, problem);
        }
    }
}
