package io.throughline.nudge;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * E-mail through the mail server of {@code spring.mail.*}: a plain-text and an HTML body in one message. Without
 * {@code spring.mail.host} Spring Boot makes no sender, and every e-mail fails saying so (shown on /admin).
 */
@Component
class MailChannel {

    private final ObjectProvider<JavaMailSender> sender;
    private final NudgeProperties properties;

    MailChannel(ObjectProvider<JavaMailSender> sender, NudgeProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    void send(Notice notice) throws DeliveryFailed {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new DeliveryFailed("no mail server is configured (spring.mail.host)");
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper parts = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            parts.setFrom(properties.from());
            parts.setTo(notice.address());
            parts.setSubject(notice.subject());
            parts.setText(notice.text(), notice.html());
            mail.send(message);
        } catch (MessagingException | org.springframework.mail.MailException failed) {
            throw new DeliveryFailed("the mail server refused it: " + DeliveryFailed.rootMessage(failed));
        }
    }
}
