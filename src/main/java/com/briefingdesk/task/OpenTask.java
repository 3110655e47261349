package com.briefingdesk.task;

import java.time.Instant;

/** One line of the inbox. */
public record OpenTask(String id, String name, String formKey, String assignee, Instant created, Instant due,
                       TaskSubject subject) {

    /** Forms are routed by convention: {@code tasks/<formKey>/<taskId>}. */
    public String formLocation() {
        return TaskForms.location(formKey, id);
    }
}
