package com.briefingdesk.task;

import java.util.List;

/** The first page of an inbox list and the number of tasks in the whole list. */
public record TaskList(List<OpenTask> firstPage, int total) {
}
