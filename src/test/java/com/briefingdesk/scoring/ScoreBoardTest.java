package com.briefingdesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.monitoring.StatisticsPeriod;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A fixed set of recorded events in March 2021 gives exact points and ranks under the rule table, with ties; the
 * rules refuse a reward below zero and a penalty above; a period that ends before it starts is refused.
 */
@BriefingDeskTest
class ScoreBoardTest {

    static final StatisticsPeriod MARCH_2021 = StatisticsPeriod.around(StatisticsPeriod.Kind.MONTH,
            LocalDate.of(2021, 3, 10));

    @Autowired
    ScoringFixtures fixtures;
    @Autowired
    ScoreBoard scoreBoard;
    @Autowired
    ScoringRules rules;

    static UnitScore of(AdoptionReport report, Unit unit) {
        return report.units().stream().filter(u -> u.unitId() == unit.id()).findFirst().orElseThrow();
    }

    @Test
    void recordedEventsGiveExactPointsAndTiesShareARank() {
        BriefingSeries series = fixtures.freshSeries();
        BriefingSeries other = fixtures.freshSeries();
        fixtures.rule(series, 2021);
        Unit a = fixtures.unit("甲");
        Unit b = fixtures.unit("乙");
        Unit c = fixtures.unit("丙");
        Unit d = fixtures.unit("丁");
        LocalDateTime march = LocalDateTime.of(2021, 3, 5, 10, 0);

        // 甲: 3 submitted, 2 adopted (one the lead of its issue, with a leader's instruction), 1 commission answered
        long a1 = fixtures.submitted(a, march);
        long a2 = fixtures.submitted(a, march.plusDays(1));
        fixtures.submitted(a, march.plusDays(2));
        // 乙: 2 submitted, 1 adopted (not the lead), 1 commission answered
        long b1 = fixtures.submitted(b, march);
        fixtures.submitted(b, march.plusDays(3));
        // 丙: 2 submitted, 1 adopted as the lead of another issue, 1 commission declined (no points either way)
        long c1 = fixtures.submitted(c, march);
        fixtures.submitted(c, march.plusDays(4));
        // 丁: 1 submitted (below the quota of 2), 1 commission missed; its adoption in another series does not count
        long d1 = fixtures.submitted(d, march);
        fixtures.published(series, march.plusDays(10), a1, b1, a2);
        fixtures.published(series, march.plusDays(12), c1);
        fixtures.published(other, march.plusDays(12), d1);
        fixtures.instruction(a1, LocalDate.of(2021, 3, 20));
        long commission = fixtures.commission(march.plusDays(15));
        fixtures.response(commission, a, "ANSWERED", march.plusDays(14));
        fixtures.response(commission, b, "ANSWERED", march.plusDays(15));
        fixtures.response(commission, c, "DECLINED", march.plusDays(13));
        fixtures.response(commission, d, "MISSED", null);
        // outside the period: counts in April, not in March
        fixtures.submitted(b, LocalDateTime.of(2021, 4, 1, 9, 0));

        AdoptionReport report = scoreBoard.report(fixtures.editor(), series.id(), MARCH_2021);

        assertThat(report.ruleFound()).isTrue();
        UnitScore first = of(report, a);
        assertThat(List.of(first.submitted(), first.adopted(), first.leadArticles(), first.instructions(),
                first.commissionsAnswered(), first.commissionsMissed(), first.quotaMonthsMissed()))
                .containsExactly(3L, 2L, 1L, 1L, 1L, 0L, 0L);
        assertThat(first.points()).isEqualTo(3 * 1 + 2 * 3 + 2 + 5 + 2);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(of(report, b).points()).isEqualTo(2 * 1 + 3 + 2);
        assertThat(of(report, c).points()).isEqualTo(2 * 1 + 3 + 2);
        assertThat(of(report, b).rank()).isEqualTo(2);
        assertThat(of(report, c).rank()).isEqualTo(2);
        assertThat(of(report, c).adoptionRateText()).isEqualTo("50.0%");
        UnitScore last = of(report, d);
        assertThat(List.of(last.adopted(), last.commissionsMissed(), last.quotaMonthsMissed()))
                .containsExactly(0L, 1L, 1L);
        assertThat(last.points()).isEqualTo(1 - 3 - 2);
        // every unit without events misses the quota only: level on -2, they share the 4th place
        Unit kunshan = fixtures.people.unit("kunshan");
        assertThat(of(report, kunshan).points()).isEqualTo(-2);
        assertThat(of(report, kunshan).rank()).isEqualTo(4);
        assertThat(last.rank()).isEqualTo(report.units().size());
        assertThat(report.units()).extracting(UnitScore::rank).isSorted();

        AdoptionReport quarter = scoreBoard.report(fixtures.editor(), series.id(),
                StatisticsPeriod.around(StatisticsPeriod.Kind.QUARTER, LocalDate.of(2021, 2, 1)));
        assertThat(of(quarter, a).points()).as("January and February below the quota").isEqualTo(18 - 2 - 2);
        assertThat(of(quarter, b).submitted()).isEqualTo(2);
    }

    @Test
    void aSeriesWithoutRulesForTheYearScoresNothing() {
        BriefingSeries series = fixtures.freshSeries();
        Unit unit = fixtures.unit("戊");
        fixtures.published(series, LocalDateTime.of(2022, 5, 20, 9, 0),
                fixtures.submitted(unit, LocalDateTime.of(2022, 5, 3, 9, 0)));

        AdoptionReport report = scoreBoard.report(fixtures.editor(), series.id(),
                StatisticsPeriod.around(StatisticsPeriod.Kind.MONTH, LocalDate.of(2022, 5, 1)));

        assertThat(report.ruleFound()).isFalse();
        assertThat(of(report, unit).adopted()).isEqualTo(1);
        assertThat(report.units()).extracting(UnitScore::points).containsOnly(0L);
        assertThat(report.units()).extracting(UnitScore::rank).containsOnly(1);
    }

    @Test
    void rewardsBelowZeroAndPenaltiesAboveZeroAreRefusedAtTheirField() {
        BriefingSeries series = fixtures.freshSeries();

        assertThatThrownBy(() -> rules.save(fixtures.admin(), new ScoringRule(series.id(), 2023, 1, -3, 2, 5, 2,
                -3, -2, 2))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                .containsExactly(Map.entry("adoption", "scoring.rule.rewardNegative")));
        assertThatThrownBy(() -> rules.save(fixtures.admin(), new ScoringRule(series.id(), 2023, 1, 3, 2, 5, 2,
                3, 1, -1))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                .containsOnly(Map.entry("commissionMissed", "scoring.rule.penaltyPositive"),
                        Map.entry("quotaMissed", "scoring.rule.penaltyPositive"),
                        Map.entry("monthlyQuota", "scoring.rule.quotaNegative")));
        assertThat(rules.find(series.id(), 2023)).isEmpty();
        assertThatThrownBy(() -> rules.save(fixtures.editor(), ScoringRule.none(series.id(), 2023)))
                .as("administrators only").isInstanceOf(NotFoundException.class);

        ScoringRule saved = rules.save(fixtures.admin(), new ScoringRule(series.id(), 2023, 0, 3, 2, 5, 2, 0, -2, 0));
        assertThat(saved.adoption()).isEqualTo(3);
        assertThat(rules.save(fixtures.admin(), new ScoringRule(series.id(), 2023, 1, 4, 2, 5, 2, -1, -2, 3)))
                .as("saving again replaces the year's rule").isEqualTo(
                        new ScoringRule(series.id(), 2023, 1, 4, 2, 5, 2, -1, -2, 3));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsOrCrossesAYearIsRefused() {
        BriefingSeries series = fixtures.freshSeries();

        assertThatThrownBy(() -> new StatisticsPeriod(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("to", "statistics.period.endBeforeStart"));
        assertThatThrownBy(() -> scoreBoard.report(fixtures.editor(), series.id(),
                new StatisticsPeriod(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 31))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("to", "scoring.period.withinOneYear"));
        assertThatThrownBy(() -> scoreBoard.report(fixtures.people.user("kunshan"), series.id(), MARCH_2021))
                .as("units do not read the ranking here").isInstanceOf(NotFoundException.class);
    }

    @Test
    void ranksFollowStandardCompetitionRanking() {
        List<UnitScore> ranked = ScoreBoard.rank(List.of(score(1, "乙", 7), score(2, "甲", 9), score(3, "丙", 7),
                score(4, "丁", 3), score(5, "戊", 3)));

        assertThat(ranked).extracting(UnitScore::unitName).containsExactly("甲", "丙", "乙", "丁", "戊");
        assertThat(ranked).extracting(UnitScore::rank).containsExactly(1, 2, 2, 4, 4);
    }

    static UnitScore score(long id, String name, long points) {
        return new UnitScore(0, id, name, 0, 0, 0, 0, 0, 0, 0, points);
    }
}
