package io.throughline.kernel.person;

import java.util.regex.Pattern;

/**
 * What a person's e-mail address must look like: one {@code @} between a local part and a domain, no blanks, at most
 * {@link #MAX_LENGTH} characters (the longest address SMTP carries). Deliverability is the mail server's to judge; this
 * only keeps out what could never be an address, so that a typo is caught when it is typed, not when a digest bounces.
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;
    /** As JSON Schema's {@code pattern} states it and as Java reads it. */
    public static final String PATTERN = "^[^@\\s]+@[^@\\s]+$";
    private static final Pattern ADDRESS = Pattern.compile(PATTERN);

    private EmailAddresses() {
    }

    /** What is wrong with the address, or {@code null} if nothing. */
    public static String problemWith(String address) {
        if (address.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters, was " + address.length();
        }
        return ADDRESS.matcher(address).matches() ? null : "must be an e-mail address such as sam@example.com";
    }
}
