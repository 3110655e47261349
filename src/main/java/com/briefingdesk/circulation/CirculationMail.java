package com.briefingdesk.circulation;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.kernel.BundleI18NProvider;
import com.briefingdesk.publication.IssueDocumentText;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mail to a unit's recipients when an issue reaches them and when they are reminded. Sent only after the
 * transaction commits, so a rolled-back step mails nobody; a mail server that is down is logged and never holds
 * up the circulation, whose tasks wait in the inbox anyway. Off unless briefing.mail.enabled: a log line stands
 * in for each mail.
 */
@Component
class CirculationMail {

    private static final Logger log = LoggerFactory.getLogger(CirculationMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final UserDirectory directory;
    private final BundleI18NProvider messages;
    private final boolean enabled;
    private final String from;
    private final String link;

    CirculationMail(ObjectProvider<JavaMailSender> sender, UserDirectory directory, BundleI18NProvider messages,
                    @Value("${briefing.mail.enabled:false}") boolean enabled,
                    @Value("${briefing.mail.from:briefing-desk@localhost}") String from,
                    @Value("${briefing.mail.link-base:http://localhost:8080/}") String link) {
        this.sender = sender;
        this.directory = directory;
        this.messages = messages;
        this.enabled = enabled;
        this.from = from;
        this.link = link.endsWith("/") ? link : link + "/";
    }

    void circulated(Issue issue, long unitId) {
        String title = IssueDocumentText.documentTitle(issue);
        send(unitId, text("mail.circulated.subject", title), text("mail.circulated.body", title,
                issue.series().issuingOffice(), link + PublishedIssueView.ROUTE_PREFIX + issue.id()));
    }

    void reminder(Issue issue, long unitId) {
        String title = IssueDocumentText.documentTitle(issue);
        send(unitId, text("mail.reminder.subject", title), text("mail.reminder.body", title,
                issue.series().issuingOffice(), link + PublishedIssueView.ROUTE_PREFIX + issue.id()));
    }

    private void send(long unitId, String subject, String body) {
        List<String> to = directory.findAll().stream()
                .filter(u -> u.active() && u.unitId() == unitId && u.has(Role.RECIPIENT))
                .map(AppUser::email).filter(e -> e != null && !e.isBlank()).toList();
        if (to.isEmpty()) {
            log.info("No e-mail address for the recipients of unit {}: '{}' waits in their inbox only", unitId,
                    subject);
            return;
        }
        if (!enabled) {
            log.info("Mail is off (briefing.mail.enabled): would send '{}' to {}", subject, to);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(body);
        afterCommit(() -> {
            try {
                sender.getObject().send(message);
            } catch (MailException | IllegalStateException e) {
                log.warn("Could not send '{}' to {}: {}", subject, to, e.getMessage());
            }
        });
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private String text(String key, Object... params) {
        return messages.getTranslation(key, BundleI18NProvider.CHINESE, params);
    }
}
