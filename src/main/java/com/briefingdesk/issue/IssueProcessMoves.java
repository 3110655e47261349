package com.briefingdesk.issue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The process instance modifications behind 退回 to an earlier step, 取回 and 加签 on bpmn/issue.bpmn. A step is
 * restarted through the service task that sets the issue's status for it, so our status follows the process.
 */
@Component
class IssueProcessMoves {

    static final String COUNTERSIGN_ACTIVITY = "Task_Countersign";

    /** Where each step is entered: its status-setting service task, which flows on into the step's user task. */
    private static final Map<IssueOpinion.Step, String> ENTRY = Map.of(
            IssueOpinion.Step.COMPOSE, "Task_BackToEditor",
            IssueOpinion.Step.PROOFREAD, "Task_MarkProofreading",
            IssueOpinion.Step.REVIEW, "Task_MarkInReview");

    /** The user task of each step; the review's is the single review (a countersign is entered by its gateway). */
    static final Map<IssueOpinion.Step, String> USER_TASK = Map.of(
            IssueOpinion.Step.COMPOSE, "Task_Compose",
            IssueOpinion.Step.PROOFREAD, "Task_Proofread",
            IssueOpinion.Step.REVIEW, "Task_Review",
            IssueOpinion.Step.SIGN_OFF, "Task_SignOff");

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    IssueProcessMoves(RuntimeService runtimeService, TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    static boolean canRestartAt(IssueOpinion.Step step) {
        return ENTRY.containsKey(step);
    }

    /**
     * Ends whatever the process is waiting at (a task, or the whole countersign with every member's task) and
     * enters the step afresh. The step is started before the old activities are cancelled, so the instance is
     * never left without an activity and ended.
     */
    void restartAt(String processInstanceId, IssueOpinion.Step step) {
        List<ActivityInstance> waiting = Arrays.asList(
                runtimeService.getActivityInstance(processInstanceId).getChildActivityInstances());
        ProcessInstanceModificationBuilder modification = runtimeService
                .createProcessInstanceModification(processInstanceId)
                .startBeforeActivity(ENTRY.get(step));
        for (ActivityInstance instance : waiting) {
            modification.cancelActivityInstance(instance.getId());
        }
        modification.execute();
    }

    /** The open task of the step's user task after a restart, now assigned to the person. */
    Task assignRestarted(String processInstanceId, IssueOpinion.Step step, String username) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(USER_TASK.get(step)).initializeFormKeys().singleResult();
        taskService.setAssignee(task.getId(), username);
        return task;
    }

    /** 加签: one more parallel instance of the running countersign, assigned to the new member. */
    void addCountersignInstance(String processInstanceId, String username) {
        ActivityInstance body = Arrays.stream(runtimeService.getActivityInstance(processInstanceId)
                        .getActivityInstances(COUNTERSIGN_ACTIVITY + "#multiInstanceBody"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no countersign running"));
        runtimeService.createProcessInstanceModification(processInstanceId)
                .startBeforeActivity(COUNTERSIGN_ACTIVITY, body.getId())
                .setVariableLocal("countersignMember", username)
                .execute();
    }
}
