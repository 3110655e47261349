package com.briefingdesk.notice;

import com.briefingdesk.identity.AppUser;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SMTP server of a test (GreenMail, on the host and port the test profile's mail settings name), and what it
 * received. GreenMail lists messages by mailbox, not in the order they came: they are told apart by subject.
 */
public final class TestMailbox {

    private TestMailbox() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"));
    }

    /** Gives the person an address at the domain, and returns it. */
    public static String giveAddress(JdbcClient jdbc, AppUser person, String domain) {
        String address = person.username() + "@" + domain;
        jdbc.sql("update app_user set email = :e where id = :id").param("e", address).param("id", person.id()).update();
        return address;
    }

    public static MimeMessage[] withSubject(GreenMailExtension smtp, String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject.equals(subjectOf(m)))
                .toArray(MimeMessage[]::new);
    }

    /**
     * Everyone the messages went to, once per message. GreenMail keeps a copy of a message for each of its
     * recipients: a message to two people is listed twice, each copy naming both.
     */
    public static List<String> to(MimeMessage[] messages) {
        return Arrays.stream(messages).flatMap(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).map(Object::toString);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public static List<String> to(GreenMailExtension smtp, String subject) {
        return to(withSubject(smtp, subject));
    }

    /** The text, decoded (the mails travel as UTF-8 in base64). */
    public static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
