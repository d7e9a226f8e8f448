package io.throughline.nudge;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** What the SMTP server in the JVM received, as the tests read it: recipient, subject, plain text and HTML. */
record Inbox(List<Mail> mails) {

    record Mail(String to, String subject, String text, String html) {

        /** The digest's sections and items: the lines of the plain text from the first heading to the sign-off. */
        List<String> digestLines() {
            List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
            int first = 0;
            while (first < lines.size() && !lines.get(first).endsWith(":")) {
                first++;
            }
            int last = lines.size();
            while (last > 0 && !lines.get(last - 1).startsWith("Open your week")) {
                last--;
            }
            return lines.subList(first + 1, last - 1);
        }
    }

    static Inbox of(GreenMailExtension server) {
        return new Inbox(Arrays.stream(server.getReceivedMessages()).map(Inbox::read).toList());
    }

    List<Mail> withSubjectStarting(String start) {
        return mails.stream().filter(mail -> mail.subject().startsWith(start)).toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
                    part(message, "text/plain"), part(message, "text/html"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String type) throws MessagingException {
        try {
            if (part.isMimeType(type)) {
                return part.getContent().toString().replace("\r\n", "\n"); // as written, not as SMTP carries it
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart inner = multipart.getBodyPart(i);
                    String found = part(inner, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
