package com.briefingdesk.task;

/** What a task is about, as the inbox shows it: a title, the unit it comes from, and where to read it. */
public record TaskSubject(String title, String unitName) {

    public static final TaskSubject UNKNOWN = new TaskSubject("", "");
}
