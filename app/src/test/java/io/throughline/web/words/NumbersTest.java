package io.throughline.web.words;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumbersTest {

    @Test
    void aCommaGroupsThousandsAndAPointMarksDecimals() {
        assertThat(Numbers.read("3,750")).isEqualByComparingTo("3750");
        assertThat(Numbers.read("3,750.5")).isEqualByComparingTo("3750.5");
        assertThat(Numbers.read("1,234,567")).isEqualByComparingTo("1234567");
        assertThat(Numbers.read(" 412 ")).isEqualByComparingTo("412");
        assertThat(Numbers.read("0.75")).isEqualByComparingTo("0.75");
        assertThat(Numbers.read("-2.5")).isEqualByComparingTo("-2.5");
        assertThat(Numbers.read("12 500")).isEqualByComparingTo("12500");
    }

    @Test
    void theDecimalsAreKeptExactly() {
        assertThat(Numbers.read("0.1")).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void aCommaThatGroupsNoThousandsIsRefusedNotGuessed() {
        for (String unreadable : new String[]{"3,75", "3,7500", ",750", "3.750,5", "abc", "1e3", "", "12%"}) {
            assertThatThrownBy(() -> Numbers.read(unreadable)).as(unreadable)
                    .isInstanceOf(NumberFormatException.class).hasMessageContaining("3,750");
        }
    }
}
