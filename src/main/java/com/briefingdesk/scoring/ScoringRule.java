package com.briefingdesk.scoring;

import com.briefingdesk.kernel.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The points of a series for a year: rewards for a submission, an adoption (采用), a lead article (头条), a leader's
 * instruction (领导批示) and an answered commission; penalties for a missed commission and for each month a unit
 * submits fewer articles than its monthly quota. Rewards are zero or more, penalties zero or less.
 */
public record ScoringRule(long seriesId, int year, int submission, int adoption, int leadArticle, int instruction,
                          int commissionAnswered, int commissionMissed, int quotaMissed, int monthlyQuota) {

    /** Every weight zero: what a series without a rule table for the year scores. */
    static ScoringRule none(long seriesId, int year) {
        return new ScoringRule(seriesId, year, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Field → message key of every weight with the wrong sign; empty when the rule may be saved. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (year < 2000 || year > 2100) {
            problems.put("year", "scoring.rule.yearRange");
        }
        Map<String, Integer> rewards = new LinkedHashMap<>();
        rewards.put("submission", submission);
        rewards.put("adoption", adoption);
        rewards.put("leadArticle", leadArticle);
        rewards.put("instruction", instruction);
        rewards.put("commissionAnswered", commissionAnswered);
        rewards.forEach((field, points) -> {
            if (points < 0) {
                problems.put(field, "scoring.rule.rewardNegative");
            }
        });
        if (commissionMissed > 0) {
            problems.put("commissionMissed", "scoring.rule.penaltyPositive");
        }
        if (quotaMissed > 0) {
            problems.put("quotaMissed", "scoring.rule.penaltyPositive");
        }
        if (monthlyQuota < 0) {
            problems.put("monthlyQuota", "scoring.rule.quotaNegative");
        }
        return problems;
    }

    void validate() {
        Map<String, String> problems = problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
