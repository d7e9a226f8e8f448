package io.throughline.web.words;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.regex.Pattern;

/**
 * Numbers as leaders type them into the pages, read in the pages' own locale ({@link Words#LOCALE}, en-GB), the one
 * the pages write them in: a comma groups thousands, a point marks the decimals. So "3,750" is 3750 and "3,750.5" is
 * 3750.5. A comma that does not group three digits ("3,75") is refused rather than guessed: it is most likely a
 * decimal comma, and reading it as 375 would store a value a hundred times too large.
 */
public final class Numbers {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Words.LOCALE);
    private static final Pattern GROUPED = Pattern.compile("-?(\\d{1,3}(" + Pattern.quote(
            String.valueOf(SYMBOLS.getGroupingSeparator())) + "\\d{3})+|\\d+)(" + Pattern.quote(
            String.valueOf(SYMBOLS.getDecimalSeparator())) + "\\d+)?");

    private Numbers() {
    }

    /**
     * @param typed what the leader typed; spaces are ignored
     * @return the number, exactly
     * @throws NumberFormatException when the text is no number in the pages' locale
     */
    public static BigDecimal read(String typed) {
        String text = typed.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!GROUPED.matcher(text).matches()) {
            throw new NumberFormatException("must be a number like 3,750 or 0.75, was '" + typed.strip() + "'");
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(Words.LOCALE);
        format.setParseBigDecimal(true);
        return (BigDecimal) format.parse(text, new ParsePosition(0));
    }
}
