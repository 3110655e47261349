package com.briefingdesk.article;

import com.briefingdesk.kernel.OfficeClock;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;

/** Who approved the article at its unit and when, e.g. 单位审核：周琳 2026-11-29 10:00 同意; the latest approval counts. */
final class UnitApprovalNote {

    private UnitApprovalNote() {
    }

    static Optional<Span> of(List<ArticleEvent> timeline, OfficeClock clock) {
        return timeline.stream().filter(e -> e.kind() == ArticleEvent.Kind.UNIT_APPROVED)
                .reduce((first, second) -> second)
                .map(approval -> {
                    Span note = new Span();
                    note.setText(note.getTranslation("unitapproval.note", approval.actorName(),
                            clock.minute(approval.at())));
                    note.setId("unit-approval");
                    note.addClassName("unit-approval-note");
                    return note;
                });
    }
}
