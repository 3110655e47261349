package com.briefingdesk.monitoring;

import com.briefingdesk.task.ActivityNames;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An open human task as administrators see it: what it is about, who holds it (a person, or the groups it waits
 * in), since when, until when, and whether it is overdue (due date passed) or only old (waiting longer than the
 * configured age); and whether nobody can take it ({@code unstaffed}: it waits for groups no active person is in).
 * {@code name} is the model's name of the task, {@code activityId} its id in the model.
 */
record WatchedTask(String id, String name, String activityId, String processInstanceId, String processKey,
                   String businessKey, String subjectTitle, String subjectUnit, String assignee, String assigneeName,
                   List<String> candidateGroups, Instant created, Instant due, boolean overdue, boolean unstaffed) {

    /** The task's name in the person's language. */
    String nameIn(ActivityNames names, Locale locale) {
        return names.name(locale, processKey, activityId, name);
    }

    /** Who is expected to act: the person, or else the groups. */
    String holder() {
        if (assignee != null) {
            return assigneeName != null ? assigneeName : assignee;
        }
        return String.join(", ", candidateGroups);
    }
}
