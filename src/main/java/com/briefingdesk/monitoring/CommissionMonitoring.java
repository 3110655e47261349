package com.briefingdesk.monitoring;

import com.briefingdesk.commission.Commission;
import com.briefingdesk.commission.Commissions;
import com.briefingdesk.commission.UnitResponse;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Commission notices under monitoring: each unit's answer or refusal makes their timeline. */
@Component
class CommissionMonitoring implements MonitoredProcess {

    private final Commissions commissions;

    CommissionMonitoring(Commissions commissions) {
        this.commissions = commissions;
    }

    @Override
    public String processKey() {
        return Commissions.PROCESS_KEY;
    }

    @Override
    public String kindLabelKey() {
        return "commission.monitoring.kind";
    }

    @Override
    public Optional<Subject> find(AppUser admin, long id) {
        try {
            Commission c = commissions.find(admin, id);
            return Optional.of(new Subject(c.id(), c.topic(), c.officeName(),
                    c.open() ? "commission.state.open" : "commission.state.closed", c.processInstanceId()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<TimelineEntry> domainTimeline(AppUser admin, long id) {
        return commissions.responses(admin, id).stream().filter(r -> r.answeredAt() != null)
                .sorted(Comparator.comparing(UnitResponse::answeredAt))
                .map(r -> new TimelineEntry(r.answeredAt(), TimelineEntry.Source.RECORD, "commission.monitoring.answer",
                        r.unitName() + " " + r.answeredByName(), r.status().messageKey(), r.declineReason()))
                .toList();
    }
}
