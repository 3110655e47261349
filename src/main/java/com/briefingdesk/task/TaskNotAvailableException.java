package com.briefingdesk.task;

/**
 * The task is gone (someone else completed it, or the process moved on) or was never this person's: the form
 * tells the person plainly and changes nothing.
 */
public class TaskNotAvailableException extends RuntimeException {

    public TaskNotAvailableException(String taskId) {
        super("task " + taskId + " is not open for this user");
    }
}
