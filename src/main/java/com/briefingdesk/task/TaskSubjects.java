package com.briefingdesk.task;

import java.util.Optional;

/**
 * Implemented by each feature whose processes have human tasks, so the inbox can name a task's subject without
 * depending on the features.
 */
public interface TaskSubjects {

    /** The subject of the process instance, if this feature owns it. */
    Optional<TaskSubject> subjectOf(String processDefinitionKey, String businessKey);
}
