package io.throughline.nudge;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of the notices, from the Thymeleaf templates under templates/nudge: an e-mail's plain-text and HTML
 * bodies, a chat message's text. An engine of its own, not the pages': these run where the read models are, whether or
 * not that node serves pages, and the plain text needs Thymeleaf's text mode.
 */
@Component
class NoticeTemplates {

    private static final String SETTINGS = "/account#notifications";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final NudgeProperties properties;

    NoticeTemplates(NudgeProperties properties) {
        this.properties = properties;
        engine.addTemplateResolver(html());
        engine.addTemplateResolver(text());
    }

    /** An e-mail's subject and bodies. */
    record Mail(String subject, String text, String html) {
    }

    record Line(String text, String link) {
    }

    record Section(String heading, List<Line> lines) {
    }

    Mail digest(String name, String week, List<DueItem> due) {
        String subject = "Your week in Throughline: " + due.size() + (due.size() == 1 ? " thing" : " things") + " due";
        Context context = context(name, subject);
        context.setVariable("week", week);
        context.setVariable("sections", sections(due));
        context.setVariable("home", properties.link("/me"));
        return new Mail(subject, engine.process("digest", context), engine.process("digest.html", context));
    }

    Mail notice(String name, String subject, String sentence, String path) {
        Context context = context(name, subject);
        context.setVariable("sentence", sentence);
        context.setVariable("link", properties.link(path));
        return new Mail(subject, engine.process("notice", context), engine.process("notice.html", context));
    }

    /** A chat message: a heading, then a line per item with its link. */
    String chat(String heading, List<DueItem> items) {
        return message(heading, items.stream().map(this::line).toList());
    }

    /** A chat message of one line. */
    String chat(String heading, String sentence, String path) {
        return message(heading, List.of(new Line(sentence, properties.link(path))));
    }

    private String message(String heading, Collection<Line> lines) {
        Context context = new Context(Locale.UK);
        context.setVariable("heading", heading);
        context.setVariable("lines", lines);
        return engine.process("chat", context).strip();
    }

    private Context context(String name, String subject) {
        Context context = new Context(Locale.UK);
        context.setVariable("name", name);
        context.setVariable("subject", subject);
        context.setVariable("settings", properties.link(SETTINGS));
        return context;
    }

    private List<Section> sections(List<DueItem> due) {
        Map<DueItem.Section, List<Line>> bySection = new LinkedHashMap<>();
        for (DueItem.Section section : DueItem.Section.values()) {
            bySection.put(section, new ArrayList<>());
        }
        due.forEach(item -> bySection.get(item.section()).add(line(item)));
        return bySection.entrySet().stream().filter(section -> !section.getValue().isEmpty())
                .map(section -> new Section(section.getKey().heading(), section.getValue())).toList();
    }

    private Line line(DueItem item) {
        return new Line(item.text(), properties.link(item.path()));
    }

    /** "digest.html" is the HTML template; "digest", without a suffix, the plain-text one (digest.txt). */
    private static ClassLoaderTemplateResolver html() {
        ClassLoaderTemplateResolver resolver = resolver(TemplateMode.HTML, 1);
        resolver.setResolvablePatterns(Set.of("*.html"));
        return resolver;
    }

    private static ClassLoaderTemplateResolver text() {
        ClassLoaderTemplateResolver resolver = resolver(TemplateMode.TEXT, 2);
        resolver.setSuffix(".txt");
        return resolver;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/nudge/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        return resolver;
    }
}
