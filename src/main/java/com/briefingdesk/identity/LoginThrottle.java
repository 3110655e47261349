package com.briefingdesk.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a login after consecutive failed attempts, for every door (the login form, Cockpit through it, Camunda's REST
 * API). Counted per typed name, whether such a person exists or not, so that a lockout reveals nothing.
 */
@Component
public class LoginThrottle {

    /** Longer names are cut: nobody's login is that long, and the key must fit its column. */
    static final int KEY_LENGTH = 200;

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration lockout;

    LoginThrottle(JdbcClient jdbc, @Value("${briefing.login.max-failures:5}") int maxFailures,
                  @Value("${briefing.login.lockout:PT15M}") Duration lockout) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    public boolean isLocked(String username) {
        return lockedUntil(username).isPresent();
    }

    /** When the login opens again, while it is locked. */
    public Optional<Instant> lockedUntil(String username) {
        return jdbc.sql("select locked_until from login_throttle where username = :username")
                .param("username", key(username)).query(java.sql.Timestamp.class).optional()
                .map(java.sql.Timestamp::toInstant).filter(until -> until.isAfter(Instant.now()));
    }

    /**
     * One more failed attempt; the one that reaches the limit locks the login. Attempts while locked do not count.
     * Its own transaction: the attempt counts even when the caller's work (a password change refused) rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username) {
        String key = key(username);
        if (isLocked(key)) {
            return;
        }
        Instant now = Instant.now();
        int failures = jdbc.sql("""
                        insert into login_throttle (username, failures, last_failure_at) values (:username, 1, :now)
                        on conflict (username) do update set failures = case
                            when login_throttle.locked_until is not null then 1
                            else login_throttle.failures + 1 end,
                          last_failure_at = :now, locked_until = null
                        returning failures""")
                .param("username", key).param("now", java.sql.Timestamp.from(now)).query(Integer.class).single();
        if (failures >= maxFailures) {
            jdbc.sql("update login_throttle set locked_until = :until where username = :username")
                    .param("username", key).param("until", java.sql.Timestamp.from(now.plus(lockout))).update();
        }
    }

    /** A successful login clears the count. */
    @Transactional
    public void succeeded(String username) {
        unlock(username);
    }

    /** An administrator opens a locked login again before its time. */
    @Transactional
    public void unlock(String username) {
        jdbc.sql("delete from login_throttle where username = :username").param("username", key(username)).update();
    }

    /**
     * The stored form of a typed name: PostgreSQL refuses NUL in text, and the column has a length. Whatever is
     * typed still counts against some key, so odd names are throttled too.
     */
    static String key(String username) {
        String name = username == null ? "" : username.replace("\0", "");
        return name.length() > KEY_LENGTH ? name.substring(0, KEY_LENGTH) : name;
    }
}
