package com.briefingdesk.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * An open human task as administrators see it: what it is about, who holds it (a person, or the groups it waits
 * in), since when, until when, and whether it is overdue (due date passed) or only old (waiting longer than the
 * configured age).
 */
record WatchedTask(String id, String name, String processInstanceId, String processKey, String businessKey,
                   String subjectTitle, String subjectUnit, String assignee, String assigneeName,
                   List<String> candidateGroups, Instant created, Instant due, boolean overdue) {

    /** Who is expected to act: the person, or else the groups. */
    String holder() {
        if (assignee != null) {
            return assigneeName != null ? assigneeName : assignee;
        }
        return String.join(", ", candidateGroups);
    }
}
