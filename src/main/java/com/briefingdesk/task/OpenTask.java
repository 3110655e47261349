package com.briefingdesk.task;

import java.time.Instant;

/**
 * One line of the inbox. {@code ownerName} names whom the task is held for: the person a deputy stands in for
 * (委托), or, when {@code askedForOpinion}, the holder who asked for an opinion (委派); null otherwise.
 */
public record OpenTask(String id, String name, String formKey, String assignee, Instant created, Instant due,
                       TaskSubject subject, String ownerName, boolean askedForOpinion) {

    /** Forms are routed by convention: {@code tasks/<formKey>/<taskId>}. */
    public String formLocation() {
        return TaskForms.location(formKey, id);
    }
}
