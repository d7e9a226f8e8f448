package io.throughline.web;

import io.throughline.security.UserAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The signed-in person's display name for the navigation bar of every page (their username when they have none),
 * read once per session: a person cannot rename themselves. The error pages (ApiErrorController) show the bar too.
 */
@ControllerAdvice(basePackages = {"io.throughline.web", "io.throughline.requests"})
class SignedInName {

    private static final String ATTRIBUTE = SignedInName.class.getName();

    private final UserAccounts accounts;

    SignedInName(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("signedInName")
    String signedInName(Authentication me, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (me == null || me instanceof AnonymousAuthenticationToken || session == null) {
            return null;
        }
        Object known = session.getAttribute(ATTRIBUTE);
        if (known instanceof String name) {
            return name;
        }
        String name = displayNameOf(me.getName());
        session.setAttribute(ATTRIBUTE, name);
        return name;
    }

    /**
     * From the account itself, not through the query bus: the name belongs to the signed-in principal, like the sign-in
     * that every process answers from the accounts, and a page must render in a process cut off from Axon Server.
     */
    private String displayNameOf(String username) {
        UserAccounts.Account account = accounts.find(username);
        return account == null ? username : account.name();
    }
}
