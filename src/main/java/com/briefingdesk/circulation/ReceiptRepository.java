package com.briefingdesk.circulation;

import com.briefingdesk.issue.CirculationProgress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The receipts of circulated issues, one per issue and receiving unit. */
@Repository
class ReceiptRepository {

    private static final String SELECT = """
            select r.*, n.name as unit_name, o.display_name as opened_by_name, a.display_name as acknowledged_by_name
            from issue_receipt r join unit n on n.id = r.unit_id
            left join app_user o on o.id = r.opened_by left join app_user a on a.id = r.acknowledged_by
            """;

    private final JdbcClient jdbc;

    ReceiptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the receipt unless it exists: circulating again tells nobody twice. Returns whether it is new. */
    boolean create(long issueId, long unitId) {
        return jdbc.sql("""
                        insert into issue_receipt (issue_id, unit_id) values (:issue, :unit)
                        on conflict (issue_id, unit_id) do nothing""")
                .param("issue", issueId).param("unit", unitId).update() == 1;
    }

    /** Per issue among these with any receipt: how many of its units have acknowledged it, of how many. */
    Map<Long, CirculationProgress.Acknowledged> acknowledged(Collection<Long> issueIds) {
        Map<Long, CirculationProgress.Acknowledged> progress = new HashMap<>();
        if (issueIds.isEmpty()) {
            return progress;
        }
        jdbc.sql("""
                        select issue_id, count(acknowledged_at) as acknowledged, count(*) as units
                        from issue_receipt where issue_id in (:ids) group by issue_id""")
                .param("ids", issueIds)
                .query(rs -> {
                    progress.put(rs.getLong("issue_id"),
                            new CirculationProgress.Acknowledged(rs.getInt("acknowledged"), rs.getInt("units")));
                });
        return progress;
    }

    List<Receipt> ofIssue(long issueId) {
        return jdbc.sql(SELECT + " where r.issue_id = :issue order by r.unit_id").param("issue", issueId)
                .query(this::map).list();
    }

    Optional<Receipt> find(long issueId, long unitId) {
        return jdbc.sql(SELECT + " where r.issue_id = :issue and r.unit_id = :unit")
                .param("issue", issueId).param("unit", unitId).query(this::map).optional();
    }

    /** The first opening is the one that counts. */
    void markOpened(long issueId, long unitId, long userId) {
        jdbc.sql("""
                        update issue_receipt set opened_at = now(), opened_by = :user
                        where issue_id = :issue and unit_id = :unit and opened_at is null""")
                .param("issue", issueId).param("unit", unitId).param("user", userId).update();
    }

    /** The first acknowledgement stays; acknowledging again changes nothing. An acknowledgement is an opening too. */
    void acknowledge(long issueId, long unitId, long userId) {
        jdbc.sql("""
                        update issue_receipt set acknowledged_at = coalesce(acknowledged_at, now()),
                               acknowledged_by = coalesce(acknowledged_by, :user),
                               opened_at = coalesce(opened_at, now()), opened_by = coalesce(opened_by, :user)
                        where issue_id = :issue and unit_id = :unit""")
                .param("issue", issueId).param("unit", unitId).param("user", userId).update();
    }

    void recordReminder(long issueId, long unitId) {
        jdbc.sql("""
                        update issue_receipt set reminders = reminders + 1, last_reminded_at = now()
                        where issue_id = :issue and unit_id = :unit and acknowledged_at is null""")
                .param("issue", issueId).param("unit", unitId).update();
    }

    private Receipt map(ResultSet rs, int row) throws SQLException {
        return new Receipt(rs.getLong("issue_id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                instant(rs.getTimestamp("notified_at")), instant(rs.getTimestamp("opened_at")),
                rs.getString("opened_by_name"), instant(rs.getTimestamp("acknowledged_at")),
                rs.getString("acknowledged_by_name"), rs.getInt("reminders"),
                instant(rs.getTimestamp("last_reminded_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
