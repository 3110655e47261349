package com.briefingdesk.scoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The scoring rule table (积分规则) per series and year, kept by administrators. */
@Service
public class ScoringRules {

    private static final String SELECT = """
            select series_id, year, submission, adoption, lead_article, instruction, commission_answered,
                   commission_missed, quota_missed, monthly_quota from scoring_rule""";

    private final JdbcClient jdbc;

    ScoringRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ScoringRule> find(long seriesId, int year) {
        return jdbc.sql(SELECT + " where series_id = :s and year = :y").param("s", seriesId).param("y", year)
                .query(this::map).optional();
    }

    public List<ScoringRule> all(AppUser admin) {
        requireAdmin(admin);
        return jdbc.sql(SELECT + " order by year desc, series_id").query(this::map).list();
    }

    /** Saves the rule of its series and year; a reward below zero or a penalty above is refused at its field. */
    @Transactional
    public ScoringRule save(AppUser admin, ScoringRule rule) {
        requireAdmin(admin);
        rule.validate();
        jdbc.sql("""
                        insert into scoring_rule (series_id, year, submission, adoption, lead_article, instruction,
                               commission_answered, commission_missed, quota_missed, monthly_quota, updated_by)
                        values (:s, :y, :submission, :adoption, :lead, :instruction, :answered, :missed, :quota,
                               :monthlyQuota, :user)
                        on conflict (series_id, year) do update set submission = excluded.submission,
                               adoption = excluded.adoption, lead_article = excluded.lead_article,
                               instruction = excluded.instruction, commission_answered = excluded.commission_answered,
                               commission_missed = excluded.commission_missed, quota_missed = excluded.quota_missed,
                               monthly_quota = excluded.monthly_quota, updated_by = excluded.updated_by,
                               updated_at = now()""")
                .param("s", rule.seriesId()).param("y", rule.year()).param("submission", rule.submission())
                .param("adoption", rule.adoption()).param("lead", rule.leadArticle())
                .param("instruction", rule.instruction()).param("answered", rule.commissionAnswered())
                .param("missed", rule.commissionMissed()).param("quota", rule.quotaMissed())
                .param("monthlyQuota", rule.monthlyQuota()).param("user", admin.id()).update();
        return find(rule.seriesId(), rule.year()).orElseThrow();
    }

    private static void requireAdmin(AppUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new NotFoundException("scoring rules");
        }
    }

    private ScoringRule map(ResultSet rs, int row) throws SQLException {
        return new ScoringRule(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10));
    }
}
