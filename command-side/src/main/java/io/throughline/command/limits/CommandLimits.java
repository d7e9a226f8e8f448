package io.throughline.command.limits;

import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.kernel.Limits;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.TextValue;
import io.throughline.kernel.metric.Period;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Holds every command to the {@link Limits} before any rule or lookup: each text, id, list, number and date it carries,
 * however deep (a huddle's updates, a check-in's commitments). What passes can be stored as an event and projected
 * into PostgreSQL: no text PostgreSQL refuses (U+0000), no number or date beyond its columns, nothing unbounded.
 * Commands are records of records, so one walk over their components covers every command, present and future.
 */
public class CommandLimits implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Components holding a name or title, held to the shorter limit; any other text has the longer one. */
    private static final Set<String> NAMES = Set.of("name", "title", "unit", "category");

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        check(null, null, unitOfWork.getMessage().getPayload());
        return chain.proceed();
    }

    /**
     * @param field     where the value is, in the terms of the request ({@code priorityUpdates[1].comment}), or null
     *                  for the command itself
     * @param component the record component's own name, which decides a text's limit
     */
    private static void check(String field, String component, Object value) {
        if (value instanceof String text) {
            refuseIf(field, Limits.problemWithText(text, NAMES.contains(component) ? Limits.NAME_LENGTH : Limits.TEXT_LENGTH));
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
        } else if (value instanceof Collection<?> list) {
            if (list.size() > Limits.LIST_SIZE) {
                refuseIf(field, "must have at most " + Limits.LIST_SIZE + " entries, had " + list.size());
            }
            int index = 0;
            for (Object entry : list) {
                check(field + "[" + index++ + "]", component, entry);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent part : record.getClass().getRecordComponents()) {
                check(field == null ? part.getName() : field + "." + part.getName(), part.getName(), valueOf(part, record));
            }
        }
        // Enums, integers and booleans are bounded by their types; their handlers check their ranges.
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of a command", e);
        }
    }

    private static void refuseIf(String field, String problem) {
        if (problem != null) {
            throw CommandRejectedException.invalid(field, problem);
        }
    }
}
