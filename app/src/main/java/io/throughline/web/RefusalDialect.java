package io.throughline.web;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

import java.util.List;
import java.util.Set;

/**
 * {@code tl:refusal="'form'"} on an input ties it to the message of a refused form, as assistive technology needs:
 * when the form named by the expression was refused for the input's {@code name}, the input gets
 * {@code aria-invalid="true"}, {@code aria-describedby} naming the message that {@code fragments :: field-error}
 * renders (id {@link Refusals#errorId}), and {@code autofocus}, so a keyboard or screen-reader user lands on the field
 * at fault and hears why. Otherwise the attribute just goes away. Where the refusal names the field otherwise than
 * the input does ({@code commitments[0].text}), the expression gives both: {@code tl:refusal="${ {'form', field} }"}.
 * A form that reports all its mistakes at once (the huddle's {@link FormErrors} as {@code errors}) is read the same way.
 * Runs after the standard dialect, so a {@code th:name} is already set.
 */
@Component
class RefusalDialect extends AbstractProcessorDialect {

    RefusalDialect() {
        super("Throughline refusals", "tl", StandardDialect.PROCESSOR_PRECEDENCE + 100);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new RefusedInput(dialectPrefix));
    }

    private static final class RefusedInput extends AbstractAttributeTagProcessor {

        RefusedInput(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "refusal", true, 1000, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, IElementTagStructureHandler structureHandler) {
            Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue).execute(context);
            Object form = value instanceof List<?> formAndField ? formAndField.get(0) : value;
            String field = value instanceof List<?> formAndField ? String.valueOf(formAndField.get(1))
                    : tag.getAttributeValue("name");
            if (form == null || field == null || !refused(context, form.toString(), field)) {
                return;
            }
            String describedBy = tag.getAttributeValue("aria-describedby");
            String errorId = Refusals.errorId(form.toString(), field);
            structureHandler.setAttribute("aria-invalid", "true");
            structureHandler.setAttribute("aria-describedby", describedBy == null ? errorId : describedBy + " " + errorId);
            structureHandler.setAttribute("autofocus", "autofocus");
        }

        /** The page's one refused form ({@code failedForm}, {@code refusal}), or a form's several ({@code errors}). */
        private static boolean refused(ITemplateContext context, String form, String field) {
            if (context.getVariable("errors") instanceof FormErrors errors && errors.of(field) != null) {
                return true;
            }
            return form.equals(context.getVariable("failedForm"))
                    && context.getVariable("refusal") instanceof Refusals refusal && refusal.concerns(field);
        }
    }
}
