package com.briefingdesk.scoring;

import com.briefingdesk.Office;
import com.briefingdesk.commission.CommissionFixtures;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.issue.IssueFixtures;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records the events a report counts, at chosen times in the past, straight into the tables the application
 * writes them to: submitted and adopted articles, published issues, instructions, commission responses.
 */
@Component
class ScoringFixtures {

    final CommissionFixtures people;
    final IssueFixtures issues;
    final ScoringRules rules;
    final JdbcClient jdbc;

    ScoringFixtures(CommissionFixtures people, IssueFixtures issues, ScoringRules rules, JdbcClient jdbc) {
        this.people = people;
        this.issues = issues;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    AppUser admin() {
        return people.user("admin");
    }

    AppUser editor() {
        return people.user("editor");
    }

    /** A series of its own: adoptions count per series, so no other test's issue lands in its report. */
    BriefingSeries freshSeries() {
        return issues.freshSeries(0);
    }

    /** A unit of its own with a submitter, so other tests' articles never change its figures. */
    Unit unit(String name) {
        Unit unit = people.freshUnit(name);
        people.submitter(unit);
        return unit;
    }

    long submitterOf(Unit unit) {
        return jdbc.sql("select id from app_user where unit_id = :u order by id limit 1").param("u", unit.id())
                .query(Long.class).single();
    }

    /** An article the unit submitted at that time, still with the editors. */
    long submitted(Unit unit, LocalDateTime at) {
        return jdbc.sql("""
                        insert into article (unit_id, created_by, title, body, status, submitted_at)
                        values (:u, :by, :title, '[]'::jsonb, 'SUBMITTED', :at) returning id""")
                .param("u", unit.id()).param("by", submitterOf(unit)).param("title", "稿件" + System.nanoTime())
                .param("at", Office.timestamp(at)).query(Long.class).single();
    }

    /** An issue of the series published at that time, with the articles in this order (the first is the lead). */
    long published(BriefingSeries s, LocalDateTime at, long... articleIds) {
        long issue = jdbc.sql("""
                        insert into issue (series_id, status, print_count, created_by, published_at)
                        values (:s, 'PUBLISHED', 100, :by, :at) returning id""")
                .param("s", s.id()).param("by", editor().id()).param("at", Office.timestamp(at))
                .query(Long.class).single();
        for (int i = 0; i < articleIds.length; i++) {
            jdbc.sql("""
                            insert into issue_article (issue_id, article_id, position, column_name)
                            values (:i, :a, :p, '工作交流')""")
                    .param("i", issue).param("a", articleIds[i]).param("p", i + 1).update();
            jdbc.sql("update article set status = 'ADOPTED', issue_id = :i where id = :a").param("i", issue)
                    .param("a", articleIds[i]).update();
        }
        return issue;
    }

    void instruction(long articleId, LocalDate on) {
        jdbc.sql("""
                        insert into leader_instruction (article_id, instructed_by, instructed_on, text, recorded_by)
                        values (:a, '省委宣传部部长', :on, '此做法很好，请总结推广。', :by)""")
                .param("a", articleId).param("on", java.sql.Date.valueOf(on)).param("by", editor().id()).update();
    }

    /** A commission with its deadline and, per unit, how it ended (status, and when it was answered). */
    long commission(LocalDateTime deadline) {
        return jdbc.sql("""
                        insert into commission (topic, requirements, deadline, all_units, created_by, closed_at)
                        values ('约稿' || :n, '要求', :d, false, :by, :d) returning id""")
                .param("n", System.nanoTime()).param("d", Office.timestamp(deadline)).param("by", editor().id())
                .query(Long.class).single();
    }

    void response(long commission, Unit unit, String status, LocalDateTime answeredAt) {
        jdbc.sql("""
                        insert into commission_unit (commission_id, unit_id, status, answered_at)
                        values (:c, :u, :s, :at)""")
                .param("c", commission).param("u", unit.id()).param("s", status)
                .param("at", answeredAt == null ? null : Office.timestamp(answeredAt)).update();
    }

    ScoringRule rule(BriefingSeries s, int year) {
        return rules.save(admin(), new ScoringRule(s.id(), year, 1, 3, 2, 5, 2, -3, -2, 2));
    }
}
