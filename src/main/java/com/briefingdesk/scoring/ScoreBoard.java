package com.briefingdesk.scoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.issue.SeriesService;
import com.briefingdesk.kernel.CompetitionRanking;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.monitoring.StatisticsPeriod;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Computes the 信息采用通报 from what was recorded, never from typed-in figures: submissions (article.submitted_at),
 * adoptions and lead articles (issue_article of the series' issues published in the period; the lead is the first
 * article of its issue), leaders' instructions (given in the period on adopted articles of the series), commissions
 * answered (in the period) and missed (deadline in the period), and each month of the period, once over, in which a
 * unit submitted fewer articles than the monthly quota. Submissions and commissions belong to no series: they count
 * in the report of every series.
 */
@Service
public class ScoreBoard {

    /** Ranked by points; units level on points share a place. */
    static final Comparator<UnitScore> RANKING = Comparator.comparingLong(UnitScore::points).reversed();
    private static final CompetitionRanking<UnitScore> PLACES =
            new CompetitionRanking<>(RANKING, UnitScore::unitName, UnitScore::ranked);

    private final JdbcClient jdbc;
    private final ScoringRules rules;
    private final SeriesService series;
    private final OfficeClock clock;

    ScoreBoard(JdbcClient jdbc, ScoringRules rules, SeriesService series, OfficeClock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.series = series;
        this.clock = clock;
    }

    static boolean mayRead(AppUser user) {
        return user.has(Role.EDITOR) || user.has(Role.ADMIN);
    }

    /** The report of a series for a period within one year (the rule table is per year). */
    public AdoptionReport report(AppUser user, long seriesId, StatisticsPeriod period) {
        if (!mayRead(user)) {
            throw new NotFoundException("reports");
        }
        if (period.from().getYear() != period.to().getYear()) {
            throw new ValidationException(Map.of("to", "scoring.period.withinOneYear"));
        }
        int year = period.from().getYear();
        Optional<ScoringRule> found = rules.find(seriesId, year);
        ScoringRule rule = found.orElse(ScoringRule.none(seriesId, year));
        return new AdoptionReport(series.find(seriesId), period, rule, found.isPresent(),
                rank(scores(seriesId, period, rule)));
    }

    private List<UnitScore> scores(long seriesId, StatisticsPeriod period, ScoringRule rule) {
        Map<String, Object> params = Map.of("series", seriesId, "from", Timestamp.from(clock.startOf(period.from())),
                "until", Timestamp.from(clock.endOf(period.to())), "fromDay", java.sql.Date.valueOf(period.from()),
                "toDay", java.sql.Date.valueOf(period.to()));
        Map<Long, Long> quotaMisses = quotaMonthsMissed(period, rule);
        return jdbc.sql("""
                        with adopted as (
                            select a.unit_id, ia.position, ia.issue_id,
                                   ia.position = (select min(o.position) from issue_article o
                                                  where o.issue_id = ia.issue_id) as lead
                            from issue_article ia join issue i on i.id = ia.issue_id
                            join article a on a.id = ia.article_id
                            where i.series_id = :series and i.published_at >= :from and i.published_at < :until
                        )
                        select n.id, n.name,
                               (select count(*) from article a where a.unit_id = n.id
                                    and a.submitted_at >= :from and a.submitted_at < :until),
                               (select count(*) from adopted d where d.unit_id = n.id),
                               (select count(*) from adopted d where d.unit_id = n.id and d.lead),
                               (select count(*) from leader_instruction li join article a on a.id = li.article_id
                                    join issue_article ia on ia.article_id = a.id join issue i on i.id = ia.issue_id
                                    where a.unit_id = n.id and i.series_id = :series and a.status = 'ADOPTED'
                                    and li.instructed_on >= :fromDay and li.instructed_on <= :toDay),
                               (select count(*) from commission_unit r where r.unit_id = n.id
                                    and r.status = 'ANSWERED' and r.answered_at >= :from and r.answered_at < :until),
                               (select count(*) from commission_unit r join commission c on c.id = r.commission_id
                                    where r.unit_id = n.id and r.status = 'MISSED'
                                    and c.deadline >= :from and c.deadline < :until)
                        from unit n where n.kind = 'MEMBER' and n.active
                        order by n.id""")
                .params(params)
                .query((rs, n) -> UnitScore.scored(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        quotaMisses.getOrDefault(rs.getLong(1), 0L), rule))
                .list();
    }

    /**
     * Per unit, the months of the period that are over and in which it submitted fewer than the quota. A month still
     * running is not judged yet; a quota of zero is never missed.
     */
    private Map<Long, Long> quotaMonthsMissed(StatisticsPeriod period, ScoringRule rule) {
        Map<Long, Long> misses = new HashMap<>();
        if (rule.monthlyQuota() == 0) {
            return misses;
        }
        LocalDate today = clock.today();
        for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to()));
             month = month.plusMonths(1)) {
            if (!month.atEndOfMonth().isBefore(today)) {
                break;
            }
            jdbc.sql("""
                            select n.id from unit n where n.kind = 'MEMBER' and n.active
                            and (select count(*) from article a where a.unit_id = n.id
                                 and a.submitted_at >= :from and a.submitted_at < :until) < :quota""")
                    .param("from", Timestamp.from(clock.startOf(month.atDay(1))))
                    .param("until", Timestamp.from(clock.endOf(month.atEndOfMonth())))
                    .param("quota", rule.monthlyQuota())
                    .query(Long.class).list().forEach(unit -> misses.merge(unit, 1L, Long::sum));
        }
        return misses;
    }

    /** Standard competition ranking (1, 2, 2, 4) by points, as {@link CompetitionRanking} ranks. */
    static List<UnitScore> rank(List<UnitScore> units) {
        return PLACES.rank(units);
    }
}
