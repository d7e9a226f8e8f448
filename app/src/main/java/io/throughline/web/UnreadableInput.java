package io.throughline.web;

import java.util.List;

/**
 * Form fields the page could not read at all (a malformed period, date or number, a row half filled): refused before
 * any command is sent, each with its message next to its field.
 */
public final class UnreadableInput extends RuntimeException {

    private final transient List<Refusals> refusals;

    UnreadableInput(Refusals refusal) {
        this(List.of(refusal));
    }

    /** @param refusals at least one */
    UnreadableInput(List<Refusals> refusals) {
        super(refusals.get(0).message());
        this.refusals = List.copyOf(refusals);
    }

    /** The first field refused: forms that show one message at a time. */
    public Refusals refusal() {
        return refusals.get(0);
    }

    public List<Refusals> refusals() {
        return refusals;
    }
}
