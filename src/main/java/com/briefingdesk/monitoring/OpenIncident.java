package com.briefingdesk.monitoring;

import java.time.Instant;

/** A failure the engine could not get past by itself: typically a job that failed on every retry. */
record OpenIncident(String id, String type, String message, String activityId, String processInstanceId,
                    String processKey, String businessKey, Instant at, String jobId) {

    /** Only failed jobs can be retried; other incidents need Cockpit. */
    boolean retryable() {
        return jobId != null;
    }
}
