package com.briefingdesk.scoring;

import java.time.Instant;
import java.time.LocalDate;

/** A leader's instruction (领导批示) on an adopted article, as an editor recorded it. */
public record LeaderInstruction(long id, long articleId, String articleTitle, String unitName, String instructedBy,
                                LocalDate instructedOn, String text, String recordedByName, Instant recordedAt) {
}
