package io.throughline.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The path of the page being rendered, for the navigation to mark where the reader is ({@code aria-current="page"}):
 * templates no longer reach the request itself.
 */
@ControllerAdvice(basePackages = "io.throughline.web")
class CurrentPage {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getServletPath();
    }
}
