package io.throughline.kernel.checkin;

import io.throughline.kernel.TextValue;

public record CheckInId(String value) implements TextValue {

    public CheckInId {
        value = TextValue.requireText(value, "check-in id");
    }

    @Override
    public String toString() {
        return value;
    }
}
