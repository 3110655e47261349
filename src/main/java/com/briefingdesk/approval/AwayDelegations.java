package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 委托: a person names a deputy for a period while away; tasks that would be theirs go to the deputy meanwhile
 * ({@link AwayDelegationListener}). A period is whole days in the office's time zone, from the first day's start to
 * the end of the last; whether a delegation is active is only a matter of the clock, so it ends by itself.
 */
@Service
public class AwayDelegations {

    /** One delegation; {@code endsAt} is exclusive. */
    public record Delegation(long id, long userId, String userName, long deputyId, String deputyUsername,
                             String deputyName, Instant startsAt, Instant endsAt) {

        public boolean activeAt(Instant now) {
            return !now.isBefore(startsAt) && now.isBefore(endsAt);
        }
    }

    private static final Set<Role> NOT_DELEGATED = EnumSet.of(Role.ADMIN);
    private static final String SELECT = """
            select d.*, u.display_name as user_name, p.username as deputy_username, p.display_name as deputy_name
            from away_delegation d join app_user u on u.id = d.user_id join app_user p on p.id = d.deputy_id
            """;

    private final JdbcClient jdbc;
    private final UserDirectory directory;
    private final OfficeClock clock;

    AwayDelegations(JdbcClient jdbc, UserDirectory directory, OfficeClock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    /** A person's delegations not yet over, earliest first. */
    public List<Delegation> of(AppUser user, Instant now) {
        return jdbc.sql(SELECT + " where d.user_id = :user and d.ends_at > :now order by d.starts_at")
                .param("user", user.id()).param("now", Timestamp.from(now)).query(this::map).list();
    }

    /** Who may stand in: active people of the same unit who hold every role of the person that has work. */
    public List<AppUser> deputies(AppUser user) {
        Set<Role> needed = EnumSet.noneOf(Role.class);
        user.roles().stream().filter(r -> !NOT_DELEGATED.contains(r)).forEach(needed::add);
        return directory.findAll().stream().filter(AppUser::active).filter(u -> u.id() != user.id())
                .filter(u -> u.unitId() == user.unitId()).filter(u -> !needed.isEmpty() && u.roles().containsAll(needed))
                .toList();
    }

    /** Names a deputy from the first to the last day (both included); refused with a reason per field. */
    @Transactional
    public Delegation create(AppUser user, String deputyUsername, LocalDate first, LocalDate last, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<AppUser> deputy = Optional.ofNullable(deputyUsername).filter(s -> !s.isBlank())
                .flatMap(directory::findByUsername);
        if (deputyUsername == null || deputyUsername.isBlank()) {
            problems.put("deputy", "approval.away.deputy.required");
        } else if (deputyUsername.equals(user.username())) {
            problems.put("deputy", "approval.away.deputy.self");
        } else if (deputy.isEmpty() || deputies(user).stream().noneMatch(d -> d.id() == deputy.get().id())) {
            problems.put("deputy", "approval.away.deputy.notEligible");
        }
        LocalDate today = clock.dayOf(now);
        if (first == null) {
            problems.put("start", "approval.away.start.required");
        } else if (first.isBefore(today)) {
            problems.put("start", "approval.away.start.past");
        }
        if (last == null) {
            problems.put("end", "approval.away.end.required");
        } else if (first != null && last.isBefore(first)) {
            problems.put("end", "approval.away.end.beforeStart");
        }
        if (problems.isEmpty()) {
            Instant starts = clock.startOf(first);
            Instant ends = clock.endOf(last);
            if (of(user, now).stream().anyMatch(d -> d.startsAt().isBefore(ends) && starts.isBefore(d.endsAt()))) {
                problems.put("start", "approval.away.overlap");
            } else {
                long id = jdbc.sql("""
                                insert into away_delegation (user_id, deputy_id, starts_at, ends_at)
                                values (:user, :deputy, :starts, :ends) returning id""")
                        .param("user", user.id()).param("deputy", deputy.orElseThrow().id())
                        .param("starts", Timestamp.from(starts)).param("ends", Timestamp.from(ends))
                        .query(Long.class).single();
                return find(id).orElseThrow();
            }
        }
        throw new ValidationException(problems);
    }

    /** Back early: an active delegation ends now, one not yet begun is dropped. */
    @Transactional
    public void end(AppUser user, long id, Instant now) {
        Delegation delegation = find(id).filter(d -> d.userId() == user.id() && d.endsAt().isAfter(now))
                .orElseThrow(() -> new NotFoundException("delegation " + id));
        if (delegation.startsAt().isBefore(now)) {
            jdbc.sql("update away_delegation set ends_at = :now where id = :id").param("id", id)
                    .param("now", Timestamp.from(now)).update();
        } else {
            jdbc.sql("delete from away_delegation where id = :id").param("id", id).update();
        }
    }

    /** The delegation active for this person now, if they are away. */
    public Optional<Delegation> activeFor(String username, Instant now) {
        return jdbc.sql(SELECT + """
                         where u.username = :username and d.starts_at <= :now and d.ends_at > :now
                         order by d.starts_at desc limit 1""")
                .param("username", username).param("now", Timestamp.from(now)).query(this::map).optional();
    }

    private Optional<Delegation> find(long id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(this::map).optional();
    }

    private Delegation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Delegation(rs.getLong("id"), rs.getLong("user_id"), rs.getString("user_name"),
                rs.getLong("deputy_id"), rs.getString("deputy_username"), rs.getString("deputy_name"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant());
    }
}
