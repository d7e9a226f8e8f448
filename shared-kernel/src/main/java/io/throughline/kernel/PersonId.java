package io.throughline.kernel;

/** A person, identified by their username: owners, leads and the actors of events. */
public record PersonId(String value) implements TextValue {

    public PersonId {
        value = TextValue.requireText(value, "person id");
    }

    @Override
    public String toString() {
        return value;
    }
}
