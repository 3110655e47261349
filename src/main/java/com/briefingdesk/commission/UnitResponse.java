package com.briefingdesk.commission;

import java.time.Instant;
import java.util.List;

/** One target unit of a commission: its answer (with the articles), its refusal and why, or its silence. */
public record UnitResponse(long unitId, String unitName, ResponseStatus status, Instant answeredAt,
                           String answeredByName, String declineReason, int reminders, Instant lastRemindedAt,
                           List<LinkedArticle> articles) {

    /** An article the unit linked to the commission. */
    public record LinkedArticle(long id, String title) {
        public String location() {
            return "articles/" + id;
        }
    }

    UnitResponse withArticles(List<LinkedArticle> linked) {
        return new UnitResponse(unitId, unitName, status, answeredAt, answeredByName, declineReason, reminders,
                lastRemindedAt, List.copyOf(linked));
    }
}
