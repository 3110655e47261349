package com.briefingdesk.commission;

import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What an editor fills in to issue a commission; the form binds to it, the service validates it again. */
public class CommissionNotice {

    static final int TOPIC_MAX = 200;
    static final int REQUIREMENTS_MAX = 4000;

    private String topic = "";
    private String requirements = "";
    private boolean allUnits;
    private Set<Long> unitIds = Set.of();
    private LocalDateTime deadline;

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic == null ? "" : topic;
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = requirements == null ? "" : requirements;
    }

    public boolean isAllUnits() {
        return allUnits;
    }

    public void setAllUnits(boolean allUnits) {
        this.allUnits = allUnits;
    }

    public Set<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(Set<Long> unitIds) {
        this.unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    Instant deadlineInstant(ZoneId zone) {
        return deadline.atZone(zone).toInstant();
    }

    /** Field → message key of every rule broken; empty when the notice may be issued. */
    Map<String, String> problems(Instant now, ZoneId zone) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (topic.isBlank()) {
            problems.put("topic", "commission.topic.required");
        } else if (topic.strip().length() > TOPIC_MAX) {
            problems.put("topic", "commission.topic.tooLong");
        }
        if (requirements.isBlank()) {
            problems.put("requirements", "commission.requirements.required");
        } else if (requirements.strip().length() > REQUIREMENTS_MAX) {
            problems.put("requirements", "commission.requirements.tooLong");
        }
        TypedText.check(problems, "topic", topic);
        TypedText.check(problems, "requirements", requirements);
        if (!allUnits && unitIds.isEmpty()) {
            problems.put("units", "commission.units.required");
        }
        if (deadline == null) {
            problems.put("deadline", "commission.deadline.required");
        } else if (!deadlineInstant(zone).isAfter(now)) {
            problems.put("deadline", "commission.deadline.past");
        }
        return problems;
    }

    void validate(Instant now, ZoneId zone) {
        Map<String, String> problems = problems(now, zone);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
