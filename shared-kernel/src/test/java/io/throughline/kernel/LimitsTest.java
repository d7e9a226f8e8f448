package io.throughline.kernel;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LimitsTest {

    /** The API document states TEXT_PATTERN, the service enforces problemWithText: both accept the same characters. */
    @Test
    void theStatedPatternAcceptsExactlyTheCharactersTheServiceStores() {
        Pattern stated = Pattern.compile(Limits.TEXT_PATTERN);
        for (int codePoint = 0; codePoint <= 0xFFFF; codePoint++) {
            if (Character.getType(codePoint) == Character.SURROGATE) {
                continue;
            }
            String text = Character.toString(codePoint);
            assertThat(stated.matcher(text).matches()).as("U+%04X", codePoint)
                    .isEqualTo(Limits.problemWithText(text, 1) == null);
        }
    }

    @Test
    void namesAndTitlesAreShorterThanOtherText() {
        assertThat(Limits.textLengthOf("title")).isEqualTo(Limits.NAME_LENGTH);
        assertThat(Limits.textLengthOf("comment")).isEqualTo(Limits.TEXT_LENGTH);
        assertThat(Limits.textLengthOf(null)).isEqualTo(Limits.TEXT_LENGTH);
    }
}
