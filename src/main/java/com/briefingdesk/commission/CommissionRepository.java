package com.briefingdesk.commission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Commissions, their target units' responses, and the articles linked to them (article.commission_id). */
@Repository
class CommissionRepository {

    private static final String SELECT = """
            select c.*, u.display_name as created_by_name, n.name as office_name
            from commission c join app_user u on u.id = c.created_by join unit n on n.id = u.unit_id
            """;
    private static final String RESPONSES = """
            select r.*, n.name as unit_name, u.display_name as answered_by_name
            from commission_unit r join unit n on n.id = r.unit_id left join app_user u on u.id = r.answered_by
            """;

    private final JdbcClient jdbc;

    CommissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String topic, String requirements, Instant deadline, boolean allUnits, long userId) {
        return jdbc.sql("""
                        insert into commission (topic, requirements, deadline, all_units, created_by)
                        values (:topic, :requirements, :deadline, :all, :user) returning id""")
                .param("topic", topic).param("requirements", requirements)
                .param("deadline", Timestamp.from(deadline)).param("all", allUnits).param("user", userId)
                .query(Long.class).single();
    }

    void addUnit(long commissionId, long unitId) {
        jdbc.sql("insert into commission_unit (commission_id, unit_id) values (:c, :u) on conflict do nothing")
                .param("c", commissionId).param("u", unitId).update();
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update commission set process_instance_id = :pi where id = :id").param("id", id)
                .param("pi", processInstanceId).update();
    }

    Optional<Commission> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(this::map).optional();
    }

    Optional<Commission> findByProcessInstance(String processInstanceId) {
        return jdbc.sql(SELECT + " where c.process_instance_id = :pi").param("pi", processInstanceId)
                .query(this::map).optional();
    }

    List<Commission> all() {
        return jdbc.sql(SELECT + " order by c.created_at desc, c.id desc").query(this::map).list();
    }

    /** Per commission, of the units asked, how many have answered with articles or declined. */
    Map<Long, Commission.Answers> answers() {
        Map<Long, Commission.Answers> answers = new HashMap<>();
        jdbc.sql("""
                        select commission_id, count(*) filter (where status in ('ANSWERED', 'DECLINED')) as answered,
                               count(*) as asked
                        from commission_unit group by commission_id""")
                .query(rs -> {
                    answers.put(rs.getLong("commission_id"),
                            new Commission.Answers(rs.getInt("answered"), rs.getInt("asked")));
                });
        return answers;
    }

    /** The open commissions this unit is asked to answer. */
    List<Commission> openFor(long unitId) {
        return jdbc.sql(SELECT + """
                         join commission_unit r on r.commission_id = c.id
                         where r.unit_id = :unit and r.status = 'OPEN' and c.closed_at is null
                         order by c.deadline""")
                .param("unit", unitId).query(this::map).list();
    }

    List<UnitResponse> responses(long commissionId) {
        List<UnitResponse> responses = jdbc.sql(RESPONSES + " where r.commission_id = :c order by n.kind, n.id")
                .param("c", commissionId).query(this::mapResponse).list();
        Map<Long, List<UnitResponse.LinkedArticle>> linked = jdbc.sql("""
                        select unit_id, id, title from article where commission_id = :c and status <> 'DRAFT'
                        order by submitted_at, id""")
                .param("c", commissionId)
                .query((rs, n) -> Map.entry(rs.getLong(1), new UnitResponse.LinkedArticle(rs.getLong(2),
                        rs.getString(3))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return responses.stream().map(r -> r.withArticles(linked.getOrDefault(r.unitId(), List.of()))).toList();
    }

    Optional<UnitResponse> response(long commissionId, long unitId) {
        return responses(commissionId).stream().filter(r -> r.unitId() == unitId).findFirst();
    }

    /** Only an open response changes: an answer after the deadline or a second answer changes nothing. */
    boolean answer(long commissionId, long unitId, long userId) {
        return jdbc.sql("""
                        update commission_unit set status = 'ANSWERED', answered_at = now(), answered_by = :user
                        where commission_id = :c and unit_id = :u and status = 'OPEN'""")
                .param("c", commissionId).param("u", unitId).param("user", userId).update() == 1;
    }

    boolean decline(long commissionId, long unitId, long userId, String reason) {
        return jdbc.sql("""
                        update commission_unit set status = 'DECLINED', answered_at = now(), answered_by = :user,
                               decline_reason = :reason
                        where commission_id = :c and unit_id = :u and status = 'OPEN'""")
                .param("c", commissionId).param("u", unitId).param("user", userId).param("reason", reason)
                .update() == 1;
    }

    void linkArticles(long commissionId, Collection<Long> articleIds) {
        jdbc.sql("update article set commission_id = :c where id in (:ids)").param("c", commissionId)
                .param("ids", articleIds).update();
    }

    /** The unit's answer is final: articles once linked (say a draft written for it) but not chosen are let go. */
    void unlinkOthers(long commissionId, long unitId, Collection<Long> chosen) {
        jdbc.sql("update article set commission_id = null where commission_id = :c and unit_id = :u and id not in (:ids)")
                .param("c", commissionId).param("u", unitId).param("ids", chosen).update();
    }

    void linkArticle(long commissionId, long articleId) {
        linkArticles(commissionId, List.of(articleId));
    }

    /** The article ids of this unit linked to the commission, drafts included. */
    List<Long> linkedArticleIds(long commissionId, long unitId) {
        return jdbc.sql("select id from article where commission_id = :c and unit_id = :u order by id")
                .param("c", commissionId).param("u", unitId).query(Long.class).list();
    }

    /** Counts a reminder for each of these units that has still not answered; returns those units. */
    List<Long> remindOpen(long commissionId, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        update commission_unit set reminders = reminders + 1, last_reminded_at = now()
                        where commission_id = :c and status = 'OPEN' and unit_id in (:units) returning unit_id""")
                .param("c", commissionId).param("units", unitIds).query(Long.class).list();
    }

    int markMissed(long commissionId) {
        return jdbc.sql("update commission_unit set status = 'MISSED' where commission_id = :c and status = 'OPEN'")
                .param("c", commissionId).update();
    }

    void close(long commissionId) {
        jdbc.sql("update commission set closed_at = coalesce(closed_at, now()) where id = :id")
                .param("id", commissionId).update();
    }

    private Commission map(ResultSet rs, int row) throws SQLException {
        return new Commission(rs.getLong("id"), rs.getString("topic"), rs.getString("requirements"),
                instant(rs.getTimestamp("deadline")), rs.getBoolean("all_units"), rs.getString("process_instance_id"),
                rs.getString("created_by_name"), rs.getString("office_name"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("closed_at")));
    }

    private UnitResponse mapResponse(ResultSet rs, int row) throws SQLException {
        return new UnitResponse(rs.getLong("unit_id"), rs.getString("unit_name"),
                ResponseStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("answered_at")),
                rs.getString("answered_by_name"), rs.getString("decline_reason"), rs.getInt("reminders"),
                instant(rs.getTimestamp("last_reminded_at")), List.of());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
