package com.briefingdesk.issue;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Countersigns (issue_countersign) and their members with this round's decisions (issue_countersign_member). */
@Repository
class CountersignRepository {

    private final JdbcClient jdbc;

    CountersignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Countersign> find(long issueId) {
        Optional<CountersignRule> rule = jdbc.sql("select rule from issue_countersign where issue_id = :issue")
                .param("issue", issueId).query((rs, n) -> CountersignRule.valueOf(rs.getString(1))).optional();
        return rule.map(r -> new Countersign(issueId, r, members(issueId)));
    }

    private List<Countersign.Member> members(long issueId) {
        return jdbc.sql("""
                        select m.member_id, u.username, u.display_name, a.display_name, m.decision
                        from issue_countersign_member m join app_user u on u.id = m.member_id
                        left join app_user a on a.id = m.added_by
                        where m.issue_id = :issue order by m.position""")
                .param("issue", issueId)
                .query((rs, n) -> new Countersign.Member(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5) == null ? null
                        : IssueOpinion.Decision.valueOf(rs.getString(5))))
                .list();
    }

    /** Sets the rule and the members chosen with it, replacing any earlier choice. */
    void replace(long issueId, CountersignRule rule, List<Long> memberIds, long setBy) {
        remove(issueId);
        jdbc.sql("insert into issue_countersign (issue_id, rule, set_by) values (:issue, :rule, :by)")
                .param("issue", issueId).param("rule", rule.name()).param("by", setBy).update();
        for (long memberId : memberIds) {
            addMember(issueId, memberId, null);
        }
    }

    void remove(long issueId) {
        jdbc.sql("delete from issue_countersign_member where issue_id = :issue").param("issue", issueId).update();
        jdbc.sql("delete from issue_countersign where issue_id = :issue").param("issue", issueId).update();
    }

    void addMember(long issueId, long memberId, Long addedBy) {
        jdbc.sql("""
                        insert into issue_countersign_member (issue_id, member_id, position, added_by)
                        values (:issue, :member,
                                (select coalesce(max(position) + 1, 0) from issue_countersign_member where issue_id = :issue),
                                :addedBy)""")
                .param("issue", issueId).param("member", memberId).param("addedBy", addedBy).update();
    }

    void decide(long issueId, long memberId, IssueOpinion.Decision decision) {
        jdbc.sql("""
                        update issue_countersign_member set decision = :decision, decided_at = now()
                        where issue_id = :issue and member_id = :member""")
                .param("issue", issueId).param("member", memberId).param("decision", decision.name()).update();
    }

    /** 取回 of a member's decision while the countersign runs: undecided again. */
    void undecide(long issueId, long memberId) {
        jdbc.sql("""
                        update issue_countersign_member set decision = null, decided_at = null
                        where issue_id = :issue and member_id = :member""")
                .param("issue", issueId).param("member", memberId).update();
    }

    /** A new review round: nobody has decided yet. */
    void clearDecisions(long issueId) {
        jdbc.sql("update issue_countersign_member set decision = null, decided_at = null where issue_id = :issue")
                .param("issue", issueId).update();
    }

    /** Serialises decisions and 加签 on one countersign, so the rule is applied to a consistent set of members. */
    void lock(long issueId) {
        jdbc.sql("select issue_id from issue_countersign where issue_id = :issue for update")
                .param("issue", issueId).query(Long.class).optional();
    }
}
