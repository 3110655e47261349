package com.briefingdesk.task;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Implemented by each feature whose processes have human tasks, so the inbox can name a task's subject without
 * depending on the features.
 */
public interface TaskSubjects {

    /** The subject of the process instance, if this feature owns it. */
    Optional<TaskSubject> subjectOf(String processDefinitionKey, String businessKey);

    /**
     * The subjects of many process instances of one process at once, by business key: the inbox asks once per
     * list instead of once per task. By default one at a time; a feature with many tasks answers in one query.
     */
    default Map<String, TaskSubject> subjectsOf(String processDefinitionKey, Collection<String> businessKeys) {
        Map<String, TaskSubject> subjects = new HashMap<>();
        for (String businessKey : businessKeys) {
            subjectOf(processDefinitionKey, businessKey).ifPresent(subject -> subjects.put(businessKey, subject));
        }
        return subjects;
    }

    /**
     * The subjects of many process instances of one process, by process instance id, for a feature that keeps the
     * process instance beside its subject: the inbox then needs no business keys. By default none: the inbox asks
     * {@link #subjectsOf} by business key.
     */
    default Map<String, TaskSubject> subjectsOfProcesses(String processDefinitionKey,
                                                          Collection<String> processInstanceIds) {
        return Map.of();
    }
}
