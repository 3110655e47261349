package com.briefingdesk.scoring;

/**
 * One unit's line of the 信息采用通报: what it did in the period, the points that earns under the rule table, and
 * its place (ties share a place: 1, 2, 2, 4).
 */
public record UnitScore(int rank, long unitId, String unitName, long submitted, long adopted, long leadArticles,
                        long instructions, long commissionsAnswered, long commissionsMissed, long quotaMonthsMissed,
                        long points) {

    /** Adopted per submitted, 0 to 1; 0 for a unit that submitted nothing. */
    public double adoptionRate() {
        return submitted == 0 ? 0 : (double) adopted / submitted;
    }

    public String adoptionRateText() {
        return String.format(java.util.Locale.ROOT, "%.1f%%", adoptionRate() * 100);
    }

    UnitScore ranked(int place) {
        return new UnitScore(place, unitId, unitName, submitted, adopted, leadArticles, instructions,
                commissionsAnswered, commissionsMissed, quotaMonthsMissed, points);
    }

    static UnitScore scored(long unitId, String unitName, long submitted, long adopted, long leadArticles,
                            long instructions, long answered, long missed, long quotaMonthsMissed, ScoringRule rule) {
        long points = submitted * rule.submission() + adopted * rule.adoption() + leadArticles * rule.leadArticle()
                + instructions * rule.instruction() + answered * rule.commissionAnswered()
                + missed * rule.commissionMissed() + quotaMonthsMissed * rule.quotaMissed();
        return new UnitScore(0, unitId, unitName, submitted, adopted, leadArticles, instructions, answered, missed,
                quotaMonthsMissed, points);
    }
}
