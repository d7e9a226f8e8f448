package io.throughline.command;

import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.kernel.CommandRejection;
import io.throughline.kernel.CommandRejection.Kind;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.util.Objects;

/** Matches a {@link CommandRejectedException} by the kind and field of its rejection, for {@code expectException}. */
public final class Rejections {

    private Rejections() {
    }

    public static Matcher<CommandRejectedException> rejected(Kind kind, String field) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRejectedException exception, Description mismatch) {
                CommandRejection rejection = exception.rejection();
                mismatch.appendText("was rejected with ").appendValue(rejection);
                return rejection.kind() == kind && Objects.equals(rejection.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a command rejected as ").appendValue(kind)
                        .appendText(" on field ").appendValue(field);
            }
        };
    }
}
