package com.briefingdesk.monitoring;

import com.briefingdesk.article.ArticleStatus;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.issue.IssueStatus;
import com.briefingdesk.kernel.OfficeClock;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of the administrators' dashboard, counted in our own tables: articles and issues per status, and
 * month by month submissions, acceptances, adoptions and how long articles and issues take. Articles can be
 * narrowed to one unit and issues to one series.
 */
@Service
class Dashboard {

    /** One month of the trend charts; cycle times in days, null for a month with nothing finished. */
    record Month(LocalDate month, long submitted, long accepted, long adopted, Double daysToAcceptance,
                 Double daysToSignOff) { }

    private final JdbcClient jdbc;
    private final OfficeClock clock;

    Dashboard(JdbcClient jdbc, OfficeClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every status of a submitted article, in the order of the enum, with zero where none is. Drafts are the units'. */
    Map<ArticleStatus, Long> articlesByStatus(AppUser admin, Long unitId) {
        AdminOnly.require(admin, "dashboard");
        Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
        for (ArticleStatus status : ArticleStatus.values()) {
            if (status != ArticleStatus.DRAFT) {
                counts.put(status, 0L);
            }
        }
        jdbc.sql("""
                        select status, count(*) from article
                        where status <> 'DRAFT' and (cast(:unit as bigint) is null or unit_id = :unit)
                        group by status""")
                .param("unit", unitId)
                .query((rs, n) -> counts.put(ArticleStatus.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    Map<IssueStatus, Long> issuesByStatus(AppUser admin, Long seriesId) {
        AdminOnly.require(admin, "dashboard");
        Map<IssueStatus, Long> counts = new EnumMap<>(IssueStatus.class);
        for (IssueStatus status : IssueStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("""
                        select status, count(*) from issue
                        where cast(:series as bigint) is null or series_id = :series group by status""")
                .param("series", seriesId)
                .query((rs, n) -> counts.put(IssueStatus.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** The last {@code months} calendar months up to the current one, oldest first, in the office's time zone. */
    List<Month> trend(AppUser admin, Long unitId, Long seriesId, int months) {
        AdminOnly.require(admin, "dashboard");
        LocalDate first = clock.today().withDayOfMonth(1).minusMonths(months - 1L);
        Timestamp from = Timestamp.from(clock.startOf(first));
        return jdbc.sql("""
                        with months as (
                            select generate_series(cast(:first as date), cast(:first as date)
                                   + make_interval(months => :months - 1), interval '1 month')::date as month
                        ),
                        units_articles as (
                            select * from article where cast(:unit as bigint) is null or unit_id = :unit
                        ),
                        submitted as (
                            select date_trunc('month', submitted_at at time zone :zone)::date as month, count(*) as n
                            from units_articles where submitted_at >= :from group by 1
                        ),
                        accepted as (
                            select date_trunc('month', accepted_at at time zone :zone)::date as month, count(*) as n,
                                   avg(extract(epoch from accepted_at - submitted_at)) / 86400 as days
                            from units_articles where accepted_at >= :from group by 1
                        ),
                        adopted as (
                            select date_trunc('month', e.at at time zone :zone)::date as month, count(*) as n
                            from article_event e join units_articles a on a.id = e.article_id
                            where e.kind = 'ADOPTED' and e.at >= :from group by 1
                        ),
                        signed as (
                            select date_trunc('month', signed_off_at at time zone :zone)::date as month,
                                   avg(extract(epoch from signed_off_at - created_at)) / 86400 as days
                            from issue where signed_off_at >= :from
                                        and (cast(:series as bigint) is null or series_id = :series)
                            group by 1
                        )
                        select m.month, coalesce(s.n, 0), coalesce(ac.n, 0), coalesce(ad.n, 0), ac.days, sg.days
                        from months m left join submitted s on s.month = m.month
                        left join accepted ac on ac.month = m.month left join adopted ad on ad.month = m.month
                        left join signed sg on sg.month = m.month
                        order by m.month""")
                .param("first", first).param("months", months).param("from", from).param("zone", clock.zone().getId())
                .param("unit", unitId).param("series", seriesId)
                .query((rs, n) -> new Month(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getObject(5) == null ? null : rs.getDouble(5),
                        rs.getObject(6) == null ? null : rs.getDouble(6)))
                .list();
    }

    static List<String> labels(List<Month> months) {
        List<String> labels = new ArrayList<>();
        for (Month m : months) {
            labels.add(m.month().getYear() + "-" + String.format("%02d", m.month().getMonthValue()));
        }
        return labels;
    }
}
