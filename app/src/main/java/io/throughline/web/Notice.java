package io.throughline.web;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one way a page confirms a form that succeeded ("Status reported"): the notice travels with the redirect that
 * follows the POST (a flash attribute, Post/Redirect/Get) and {@code notice.html} shows it on the next page, read out
 * politely by screen readers. An htmx answer that swaps part of a page gets it as an {@code HX-Trigger} event instead,
 * which the same fragment listens for.
 */
public final class Notice {

    /** The flash, model and request attribute the fragment reads. */
    static final String ATTRIBUTE = "notice";

    private Notice() {
    }

    /** A redirect to {@code path} that confirms {@code message} on the page it lands on. */
    public static String redirect(String path, String message) {
        HttpServletRequest request = current().getRequest();
        RequestContextUtils.getOutputFlashMap(request).put(ATTRIBUTE, message);
        return "redirect:" + path;
    }

    /** Confirms {@code message} in the answer being rendered now: an htmx swap, or a page rendered without redirect. */
    public static void now(String message) {
        ServletRequestAttributes attributes = current();
        attributes.getRequest().setAttribute(ATTRIBUTE, message);
        HttpServletResponse response = attributes.getResponse();
        if (response != null && attributes.getRequest().getHeader("HX-Request") != null) {
            String text = new String(JsonStringEncoder.getInstance().quoteAsString(message));
            response.setHeader("HX-Trigger", "{\"notice\":\"" + text + "\"}");
        }
    }

    private static ServletRequestAttributes current() {
        return (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
    }
}
