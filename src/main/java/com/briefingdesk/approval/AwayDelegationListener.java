package com.briefingdesk.approval;

import com.briefingdesk.identity.UserDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * On the creation of every user task: a task that would go to a person who is away goes to their deputy, who acts
 * on their behalf (the person stays its owner, 代 Y 办理), and the hand-over is recorded. The engine's clock decides
 * whether the person is away, so the delegation ends by itself.
 */
class AwayDelegationListener implements TaskListener {

    private final AwayDelegations delegations;
    private final UserDirectory directory;
    private final TaskActionLog actionLog;

    AwayDelegationListener(AwayDelegations delegations, UserDirectory directory, TaskActionLog actionLog) {
        this.delegations = delegations;
        this.directory = directory;
        this.actionLog = actionLog;
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null) {
            return; // a group task: the deputy shares the role and sees it already
        }
        delegations.activeFor(assignee, ClockUtil.getCurrentTime().toInstant()).ifPresent(delegation -> {
            task.setOwner(assignee);
            task.setAssignee(delegation.deputyUsername());
            directory.findByUsername(delegation.deputyUsername()).ifPresent(deputy -> actionLog.add(task.getId(),
                    task.getName(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
                    TaskActionLog.Kind.DEPUTIZED, assignee, deputy.username(), null, "", deputy.id(),
                    delegation.userName()));
        });
    }
}
