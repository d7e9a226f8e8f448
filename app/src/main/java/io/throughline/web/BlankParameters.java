package io.throughline.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A query parameter sent empty (a filter form's untouched field, {@code actor=}) means "not given", for pages and API
 * alike: otherwise an empty filter would match nothing.
 */
@ControllerAdvice
class BlankParameters {

    @InitBinder
    void blankIsAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
