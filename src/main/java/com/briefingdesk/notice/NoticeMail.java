package com.briefingdesk.notice;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.BundleI18NProvider;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mail to the people someone is waiting on: the units an issue reaches, the units asked to write, a submitter
 * whose article waits for revision, whoever holds a task an administrator chases. Sent only after the transaction
 * commits, so a rolled-back step mails nobody; a mail server that is down is logged and holds nothing up, because
 * the work waits in the inbox anyway. Off unless {@code briefing.mail.enabled}: a log line stands in for each mail.
 * Written in Chinese, the language of the offices that send them.
 */
@Component
public class NoticeMail {

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final UserDirectory directory;
    private final BundleI18NProvider messages;
    private final boolean enabled;
    private final String from;
    private final String linkBase;

    NoticeMail(ObjectProvider<JavaMailSender> sender, UserDirectory directory, BundleI18NProvider messages,
            @Value("${briefing.mail.enabled:false}") boolean enabled,
            @Value("${briefing.mail.from:briefing-desk@localhost}") String from,
            @Value("${briefing.mail.link-base:http://localhost:8080/}") String linkBase) {
        this.sender = sender;
        this.directory = directory;
        this.messages = messages;
        this.enabled = enabled;
        this.from = from;
        this.linkBase = linkBase.endsWith("/") ? linkBase : linkBase + "/";
    }

    /** The active people of a unit who have the role. */
    private List<AppUser> ofUnit(long unitId, Role role) {
        return directory.findActiveOfUnit(unitId).stream().filter(u -> u.has(role)).toList();
    }

    /** The active people in any of the candidate groups (a task offered to them). */
    public List<AppUser> ofGroups(Collection<String> groups) {
        return directory.findAll().stream()
                .filter(u -> u.active() && u.candidateGroups().stream().anyMatch(groups::contains)).toList();
    }

    /** A message of the bundles, in the notices' language. */
    public String text(String key, Object... params) {
        return messages.getTranslation(key, BundleI18NProvider.CHINESE, params);
    }

    /** Where a recipient opens a page of the application (briefing.mail.link-base before the route). */
    public String link(String route) {
        return linkBase + route;
    }

    /**
     * Mails the unit's people who have the role. The subject and the body are messages of the bundles, given the
     * same parameters (a subject names the first of them).
     */
    public void toUnit(long unitId, Role role, String subjectKey, String bodyKey, Object... params) {
        send(ofUnit(unitId, role), text(subjectKey, params), text(bodyKey, params));
    }

    /**
     * Mails the people who have an address; the others find the work in their inbox only. One message per address:
     * nobody learns the others' addresses, and a recipient the mail server refuses does not stop the rest.
     */
    public void send(Collection<AppUser> people, String subject, String body) {
        List<String> to = people.stream().map(AppUser::email).filter(e -> e != null && !e.isBlank()).distinct()
                .toList();
        if (to.isEmpty()) {
            log.info("No e-mail address among {}: '{}' waits in their inbox only",
                    people.stream().map(AppUser::username).toList(), subject);
            return;
        }
        if (!enabled) {
            log.info("Mail is off (briefing.mail.enabled): would send '{}' to {}", subject, to);
            return;
        }
        SimpleMailMessage[] messages = to.stream().map(address -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(address);
            message.setSubject(subject);
            message.setText(body);
            return message;
        }).toArray(SimpleMailMessage[]::new);
        afterCommit(() -> {
            try {
                sender.getObject().send(messages);
            } catch (MailSendException e) {
                log.warn("Could not send '{}' to {} of {}: {}", subject, e.getFailedMessages().size(), to,
                        e.getMessage());
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
}
