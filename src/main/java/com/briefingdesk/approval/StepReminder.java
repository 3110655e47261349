package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.ValidationException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 催办: whoever holds a step is reminded by mail, and the reminder is recorded with the step's other acts. The
 * callers decide who may remind; an administrator may remind any step, an editor the steps of an issue.
 */
@Service
public class StepReminder {

    private static final Logger log = LoggerFactory.getLogger(StepReminder.class);

    private final TaskColleagues colleagues;
    private final TaskActionLog actionLog;
    private final TaskReminderMail mail;

    StepReminder(TaskColleagues colleagues, TaskActionLog actionLog, TaskReminderMail mail) {
        this.colleagues = colleagues;
        this.actionLog = actionLog;
        this.mail = mail;
    }

    /**
     * Refused for a step nobody active could take: a reminder would reach nobody, and the record would say
     * somebody had been reminded.
     */
    public void remind(AppUser by, Task task, String note, TaskActionLog.Kind kind) {
        List<String> groups = colleagues.groups(task.getId());
        if (task.getAssignee() == null && colleagues.of(task).isEmpty()) {
            throw new ValidationException(Map.of("assignee", "monitoring.task.nobodyToRemind"));
        }
        String holder = task.getAssignee() != null ? task.getAssignee() : String.join(",", groups);
        log.info("Reminder from {} to {} about task '{}' ({}): {}", by.username(), holder, task.getName(),
                task.getId(), note);
        mail.remind(task, groups, by, note);
        actionLog.add(task, kind, task.getAssignee(), null, null, note, by.id());
    }
}
