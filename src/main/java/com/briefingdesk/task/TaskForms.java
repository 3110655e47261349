package com.briefingdesk.task;

/**
 * Each user task's formKey names its Vaadin form: the form's route is {@code tasks/<formKey>/:taskId}. A test
 * checks that every formKey of every model in bpmn/ has such a route.
 */
public final class TaskForms {

    public static final String ROUTE_PREFIX = "tasks/";

    private TaskForms() {
    }

    public static String location(String formKey, String taskId) {
        return ROUTE_PREFIX + formKey + "/" + taskId;
    }
}
