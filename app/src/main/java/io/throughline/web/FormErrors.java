package io.throughline.web;

import java.util.List;
import java.util.Objects;

/**
 * Every reason a form was refused, each shown at the input it names, so that a leader fixes them all in one go rather
 * than one per round trip. Public, with public methods: templates call them.
 */
public record FormErrors(List<Refusals> all) {

    static FormErrors of(Refusals refusal) {
        return new FormErrors(List.of(refusal));
    }

    /** The message for the input named {@code name} in the template, or null when it is fine. */
    public String of(String name) {
        return all.stream().filter(refusal -> refusal.concerns(name)).map(Refusals::message).findFirst().orElse(null);
    }

    /** The id of the message for the input named {@code name} of the form, as {@link RefusalDialect} points to it. */
    public String idFor(String form, String name) {
        return Refusals.errorId(form, name);
    }

    /** The messages about the whole form rather than one input. */
    public List<String> general() {
        return all.stream().filter(refusal -> refusal.field() == null).map(Refusals::message).toList();
    }

    /** How many inputs need a look. */
    public long atInputs() {
        return all.stream().map(Refusals::field).filter(Objects::nonNull).count();
    }
}
