package io.throughline.web.words;

import io.throughline.web.People;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;

/**
 * Gives every template {@code #words} ({@link Words}), built once per rendered page: Spring Boot adds dialect beans
 * to its template engine. Days and instants read in UTC, as the rest of the service keeps them.
 */
@Component
class WordsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "words";
    private final MessageSource messages;
    private final Clock clock;
    private final People people;

    WordsDialect(MessageSource messages, Clock clock, People people) {
        super("Throughline words");
        this.messages = messages;
        this.clock = clock;
        this.people = people;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return new Words(messages, clock, ZoneId.of("UTC"), people::names);
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
