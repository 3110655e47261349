package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.CompetitionRanking;
import com.briefingdesk.kernel.OfficeClock;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Per-unit figures for a period, counted by when each thing happened: submitted (first submission), accepted,
 * adopted (the publication, once publishing exists) and rejected. Every submitting unit appears, also
 * with nothing to show.
 */
@Service
class UnitStatistics {

    /** Ranked by adoptions, then acceptances; units level on both share a place. */
    static final Comparator<UnitFigures> RANKING = Comparator.comparingLong(UnitFigures::adopted).reversed()
            .thenComparing(Comparator.comparingLong(UnitFigures::accepted).reversed());
    private static final CompetitionRanking<UnitFigures> PLACES =
            new CompetitionRanking<>(RANKING, UnitFigures::unitName, UnitFigures::ranked);

    private final JdbcClient jdbc;
    private final OfficeClock clock;

    UnitStatistics(JdbcClient jdbc, OfficeClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<UnitFigures> figures(AppUser admin, StatisticsPeriod period) {
        AdminOnly.require(admin, "statistics");
        Timestamp from = Timestamp.from(clock.startOf(period.from()));
        Timestamp until = Timestamp.from(clock.endOf(period.to()));
        List<UnitFigures> units = jdbc.sql("""
                        with events as (
                            select a.unit_id, e.kind, count(*) as n from article_event e
                            join article a on a.id = e.article_id
                            where e.kind in ('ADOPTED', 'REJECTED') and e.at >= :from and e.at < :until
                            group by a.unit_id, e.kind
                        )
                        select n.id, n.name,
                               (select count(*) from article a where a.unit_id = n.id
                                    and a.submitted_at >= :from and a.submitted_at < :until) as submitted,
                               (select count(*) from article a where a.unit_id = n.id
                                    and a.accepted_at >= :from and a.accepted_at < :until) as accepted,
                               coalesce((select e.n from events e where e.unit_id = n.id and e.kind = 'ADOPTED'), 0),
                               coalesce((select e.n from events e where e.unit_id = n.id and e.kind = 'REJECTED'), 0)
                        from unit n where n.kind = 'MEMBER'
                        order by n.id""")
                .param("from", from).param("until", until)
                .query((rs, n) -> new UnitFigures(0, rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .list();
        return rank(units);
    }

    /** Standard competition ranking (1, 1, 3) by adoptions, then acceptances, as {@link CompetitionRanking} ranks. */
    static List<UnitFigures> rank(List<UnitFigures> units) {
        return PLACES.rank(units);
    }
}
