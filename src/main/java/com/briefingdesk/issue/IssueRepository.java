package com.briefingdesk.issue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issues, their placed articles, recipients and opinions, in our own tables. */
@Repository
class IssueRepository {

    /** An issue row before its series, articles and recipients are attached. */
    record Row(long id, long seriesId, IssueStatus status, boolean supplement, String marking, String editorNote,
               LocalDate issueDate, int printCount,
               Integer year, Integer numberInYear, Integer serialNumber, Instant signedOffAt,
               String signedOffByName, Instant publishedAt, String processInstanceId, Instant createdAt,
               int version) { }

    /** A placed article before the article itself is attached. */
    record Placement(long articleId, int position, String columnName) { }

    private static final String SELECT = """
            select i.*, u.display_name as signed_off_by_name from issue i
            left join app_user u on u.id = i.signed_off_by
            """;

    /** A name on the 版记 that is the name of a member unit is that unit: circulation goes to it. */
    static final String UNIT_OF_LABEL = "(select min(id) from unit where name = :label and kind = 'MEMBER' and active)";

    private final JdbcClient jdbc;

    IssueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long seriesId, String marking, int printCount, long userId) {
        return jdbc.sql("""
                        insert into issue (series_id, status, marking, print_count, created_by)
                        values (:series, 'COMPOSING', :marking, :printCount, :user) returning id""")
                .param("series", seriesId).param("marking", marking).param("printCount", printCount)
                .param("user", userId).query(Long.class).single();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(this::map).optional();
    }

    /** The rows of the issues, in the order of the ids given; an id without an issue is left out. */
    List<Row> find(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> rows = new HashMap<>();
        jdbc.sql(SELECT + " where i.id in (:ids)").param("ids", ids).query(this::map).list()
                .forEach(row -> rows.put(row.id(), row));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    Optional<Row> findForUpdate(long id) {
        return jdbc.sql("select i.*, null as signed_off_by_name from issue i where i.id = :id for update")
                .param("id", id).query(this::map).optional();
    }

    Optional<Row> findByProcessInstance(String processInstanceId) {
        return jdbc.sql(SELECT + " where i.process_instance_id = :pi").param("pi", processInstanceId)
                .query(this::map).optional();
    }

    /** Every issue, newest first, as the list shows it: one query, however many years of issues there are. */
    List<IssueSummary> summaries() {
        return jdbc.sql("""
                        select i.id, i.series_id, s.title as series_title, s.serial_prefix, i.status, i.supplement,
                               i.year, i.number_in_year, i.serial_number, i.created_at, i.process_instance_id,
                               (select count(*) from issue_article a where a.issue_id = i.id) as article_count
                        from issue i join briefing_series s on s.id = i.series_id
                        order by i.created_at desc, i.id desc""")
                .query((rs, n) -> new IssueSummary(rs.getLong("id"), rs.getLong("series_id"),
                        rs.getString("series_title"), rs.getString("serial_prefix"),
                        IssueStatus.valueOf(rs.getString("status")), rs.getBoolean("supplement"),
                        rs.getObject("year", Integer.class), rs.getObject("number_in_year", Integer.class),
                        rs.getObject("serial_number", Integer.class), rs.getInt("article_count"),
                        toInstant(rs.getTimestamp("created_at")), rs.getString("process_instance_id"))).list();
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update issue set process_instance_id = :pi where id = :id")
                .param("id", id).param("pi", processInstanceId).update();
    }

    void setStatus(long id, IssueStatus status) {
        int updated = jdbc.sql("update issue set status = :status, updated_at = now() where id = :id")
                .param("id", id).param("status", status.name()).update();
        if (updated != 1) {
            throw new IllegalStateException("no issue " + id);
        }
    }

    void updateSettings(long id, boolean supplement, String marking, String editorNote, LocalDate issueDate,
                        int printCount) {
        jdbc.sql("""
                        update issue set supplement = :supplement, marking = :marking, editor_note = :note,
                               issue_date = :date, print_count = :printCount, updated_at = now(),
                               version = version + 1
                        where id = :id""")
                .param("id", id).param("supplement", supplement).param("marking", marking).param("note", editorNote)
                .param("date", issueDate).param("printCount", printCount).update();
    }

    void setSignOff(long id, long userId) {
        jdbc.sql("update issue set signed_off_by = :user where id = :id").param("id", id).param("user", userId)
                .update();
    }

    void setNumbers(long id, int year, int number, int serial) {
        jdbc.sql("""
                        update issue set year = :year, number_in_year = :number, serial_number = :serial,
                               signed_off_at = now(), status = 'SIGNED_OFF', updated_at = now() where id = :id""")
                .param("id", id).param("year", year).param("number", number).param("serial", serial).update();
    }

    /** Published once: a retried step keeps the first time. */
    void setPublished(long id) {
        jdbc.sql("""
                        update issue set status = 'PUBLISHED', published_at = coalesce(published_at, now()),
                               updated_at = now() where id = :id""")
                .param("id", id).update();
    }

    void setArchived(long id) {
        jdbc.sql("""
                        update issue set status = 'ARCHIVED', archived_at = coalesce(archived_at, now()),
                               updated_at = now() where id = :id""")
                .param("id", id).update();
    }

    // --- placed articles ---

    /** The placed articles of each of the issues, in their order; an issue without any is left out. */
    Map<Long, List<Placement>> placements(Collection<Long> issueIds) {
        Map<Long, List<Placement>> placements = new HashMap<>();
        jdbc.sql("select issue_id, article_id, position, column_name from issue_article where issue_id in (:ids) "
                        + "order by issue_id, position")
                .param("ids", issueIds)
                .query(rs -> {
                    placements.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Placement(rs.getLong(2), rs.getInt(3), rs.getString(4)));
                });
        return placements;
    }

    List<Placement> placements(long issueId) {
        return jdbc.sql("select article_id, position, column_name from issue_article where issue_id = :id order by position")
                .param("id", issueId)
                .query((rs, n) -> new Placement(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
    }

    void replacePlacements(long issueId, List<Placement> placements) {
        jdbc.sql("delete from issue_article where issue_id = :id").param("id", issueId).update();
        for (Placement placement : placements) {
            jdbc.sql("""
                            insert into issue_article (issue_id, article_id, position, column_name)
                            values (:issue, :article, :position, :column)""")
                    .param("issue", issueId).param("article", placement.articleId())
                    .param("position", placement.position()).param("column", placement.columnName()).update();
        }
    }

    // --- recipients ---

    /** The recipients of each of the issues, in their order; an issue without any is left out. */
    Map<Long, List<Recipient>> recipients(Collection<Long> issueIds) {
        Map<Long, List<Recipient>> recipients = new HashMap<>();
        jdbc.sql("select issue_id, line, label, unit_id from issue_recipient where issue_id in (:ids) "
                        + "order by issue_id, position")
                .param("ids", issueIds)
                .query(rs -> {
                    recipients.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Recipient(
                            RecipientLine.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, Long.class)));
                });
        return recipients;
    }

    void replaceRecipients(long issueId, List<Recipient> recipients) {
        jdbc.sql("delete from issue_recipient where issue_id = :id").param("id", issueId).update();
        int position = 0;
        for (Recipient recipient : recipients) {
            jdbc.sql("insert into issue_recipient (issue_id, line, position, label, unit_id) "
                            + "values (:issue, :line, :position, :label, coalesce(cast(:unit as bigint), "
                            + UNIT_OF_LABEL + "))")
                    .param("issue", issueId).param("line", recipient.line().name()).param("position", position++)
                    .param("label", recipient.label()).param("unit", recipient.unitId()).update();
        }
    }

    // --- opinions ---

    void addOpinion(long issueId, IssueOpinion.Step step, IssueOpinion.Decision decision, String opinion,
                    long actorId) {
        addOpinion(issueId, step, decision, opinion, actorId, null);
    }

    void addOpinion(long issueId, IssueOpinion.Step step, IssueOpinion.Decision decision, String opinion,
                    long actorId, IssueOpinion.Step returnTo) {
        jdbc.sql("""
                        insert into issue_opinion (issue_id, step, decision, opinion, actor_id, return_to)
                        values (:issue, :step, :decision, :opinion, :actor, :returnTo)""")
                .param("issue", issueId).param("step", step.name()).param("decision", decision.name())
                .param("opinion", opinion).param("actor", actorId)
                .param("returnTo", returnTo == null ? null : returnTo.name()).update();
    }

    List<IssueOpinion> opinions(long issueId) {
        return jdbc.sql("""
                        select o.step, o.decision, o.opinion, u.display_name, o.at, o.actor_id, o.return_to
                        from issue_opinion o
                        join app_user u on u.id = o.actor_id where o.issue_id = :id order by o.at, o.id""")
                .param("id", issueId)
                .query((rs, n) -> new IssueOpinion(IssueOpinion.Step.valueOf(rs.getString(1)),
                        IssueOpinion.Decision.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getLong(6),
                        rs.getString(7) == null ? null : IssueOpinion.Step.valueOf(rs.getString(7))))
                .list();
    }

    private Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getLong("series_id"), IssueStatus.valueOf(rs.getString("status")),
                rs.getBoolean("supplement"), rs.getString("marking"), rs.getString("editor_note"),
                rs.getObject("issue_date", LocalDate.class), rs.getInt("print_count"),
                rs.getObject("year", Integer.class), rs.getObject("number_in_year", Integer.class),
                rs.getObject("serial_number", Integer.class), toInstant(rs.getTimestamp("signed_off_at")),
                rs.getString("signed_off_by_name"), toInstant(rs.getTimestamp("published_at")),
                rs.getString("process_instance_id"),
                toInstant(rs.getTimestamp("created_at")), rs.getInt("version"));
    }

    private static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
