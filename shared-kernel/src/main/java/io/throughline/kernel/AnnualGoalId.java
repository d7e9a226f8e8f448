package io.throughline.kernel;

/** An annual goal keeps this id through the four quarters of its year, so each quarter's priorities can name it. */
public record AnnualGoalId(String value) implements TextValue {

    public AnnualGoalId {
        value = TextValue.requireText(value, "annual goal id");
    }

    @Override
    public String toString() {
        return value;
    }
}
