package com.briefingdesk.publication.sheet;

import java.time.Instant;
import java.util.List;

/**
 * 审批单 / 发文稿纸 of an issue: what it is (series, number, serial, print count, articles) and every step of its
 * approval with opinion, person, role and time. Steps, decisions and roles are message keys; the sheet is printed
 * in Chinese and shown in the person's language.
 */
public record ApprovalSheet(long issueId, String seriesTitle, String issuingOffice, String issueTitle, String number,
                            String serial, int printCount, List<String> articleTitles, List<Step> steps) {

    /** One step; {@code decisionKey} is null for an opinion given when asked (委派), which decides nothing. */
    public record Step(String stepKey, String decisionKey, String opinion, String person, String roleKey,
                       Instant at) { }

    public ApprovalSheet {
        articleTitles = List.copyOf(articleTitles);
        steps = List.copyOf(steps);
    }
}
