package com.briefingdesk.account;

import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditTrail;
import com.briefingdesk.audit.ChangeDetail;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.ContactDetails;
import com.briefingdesk.identity.LoginThrottle;
import com.briefingdesk.identity.PasswordPolicy;
import com.briefingdesk.identity.SignedInSessions;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.ValidationException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person keeps up themselves: where notices reach them, and their password (the administrator's initial
 * one is to be replaced, and only its owner should know it). Both are recorded in the audit trail.
 */
@Service
public class OwnAccount {

    private final UserDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final LoginThrottle throttle;

    OwnAccount(UserDirectory directory, PasswordEncoder passwordEncoder, AuditTrail audit, LoginThrottle throttle) {
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.throttle = throttle;
    }

    @Transactional
    public AppUser updateContact(AppUser user, ContactDetails contact) {
        if (!contact.problems().isEmpty()) {
            throw new ValidationException(contact.problems());
        }
        AppUser before = directory.findById(user.id()).orElseThrow();
        AppUser after = directory.setContact(user.id(), contact);
        ChangeDetail detail = new ChangeDetail().field("email", before.email(), after.email())
                .field("phone", before.phone(), after.phone());
        if (!detail.isEmpty()) {
            audit.record(user, AuditAction.USER_UPDATED, "user", user.username(), detail.toString());
        }
        return after;
    }

    /**
     * Refused, field by field, unless the current password is right and the new one is good and typed twice. A wrong
     * current password counts as a failed login: an unattended open session is no way around the lock-out. Answers
     * when the password changed: the person's sessions signed in before that end ({@link SignedInSessions}).
     */
    @Transactional
    public Instant changePassword(AppUser user, String current, String chosen, String repeated) {
        if (throttle.isLocked(user.username())) {
            throw new ValidationException(Map.of("current", "account.password.locked"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String hash = directory.passwordHashOf(user.username()).orElseThrow();
        if (current == null || !passwordEncoder.matches(current, hash)) {
            throttle.failed(user.username());
            problems.put("current", "account.password.currentWrong");
        }
        PasswordPolicy.problem(chosen).ifPresent(key -> problems.put("chosen", key));
        if (!problems.containsKey("chosen") && chosen.equals(current)) {
            problems.put("chosen", "account.password.unchanged");
        }
        if (!Objects.equals(chosen, repeated)) {
            problems.put("repeated", "account.password.mismatch");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        throttle.succeeded(user.username());
        Instant changedAt = directory.setPasswordHash(user.id(), passwordEncoder.encode(chosen));
        audit.record(user, AuditAction.PASSWORD_CHANGED, "user", user.username(), null);
        return changedAt;
    }
}
