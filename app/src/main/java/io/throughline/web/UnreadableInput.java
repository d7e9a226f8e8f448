package io.throughline.web;

/**
 * A form field the page could not read at all (a malformed period, date or number): refused before any command is
 * sent, with the message next to that field.
 */
public final class UnreadableInput extends RuntimeException {

    private final transient Refusals refusal;

    UnreadableInput(Refusals refusal) {
        super(refusal.message());
        this.refusal = refusal;
    }

    public Refusals refusal() {
        return refusal;
    }
}
