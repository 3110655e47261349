package com.briefingdesk.task;

import com.briefingdesk.identity.AppUser;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A step where a person stands aside from their own work (回避), such as a unit leader's approval of an article they
 * sent: the inbox does not offer them those tasks, so its pages, its counts and "the next one" agree. The feature
 * that owns the step says which tasks; its form refuses them too, for whoever arrives by another way.
 */
public interface Recusal {

    /** Narrows the query of tasks waiting for the person's groups to leave out those they stand aside from. */
    void narrow(TaskQuery offered, AppUser person);
}
