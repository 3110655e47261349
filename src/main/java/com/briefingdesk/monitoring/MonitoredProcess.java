package com.briefingdesk.monitoring;

import com.briefingdesk.identity.AppUser;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;

/**
 * One kind of process the administrators watch (article, issue, and whatever later features add): how to find the
 * business object behind a process instance, and what its own tables say happened to it. A new process is monitored
 * by adding one more bean of this type.
 */
interface MonitoredProcess {

    /** The process definition key in bpmn/. */
    String processKey();

    /** Message key of the kind of object, e.g. "稿件". */
    String kindLabelKey();

    /** The object with this id, if it exists; every caller is an administrator. */
    Optional<Subject> find(AppUser admin, long id);

    /** The object's own record of what happened: events, opinions. */
    List<TimelineEntry> domainTimeline(AppUser admin, long id);

    /** Anything more the detail view should show (the article's versions); empty when there is nothing. */
    default Optional<Component> extraSection(AppUser admin, long id) {
        return Optional.empty();
    }

    /** The monitored object: its title, unit or series, status message key, and its process instance. */
    record Subject(long id, String title, String owner, String statusKey, String processInstanceId) { }
}
