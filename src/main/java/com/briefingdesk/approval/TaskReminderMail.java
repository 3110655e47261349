package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.BundleI18NProvider;
import com.briefingdesk.notice.NoticeMail;
import com.briefingdesk.task.ActivityNames;
import com.briefingdesk.task.TaskSubject;
import com.briefingdesk.task.TaskSubjectLookup;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 催办 by mail: to the task's assignee, or to everyone it is offered to, naming the step, its subject, who asks and
 * why.
 */
@Component
class TaskReminderMail {

    private final NoticeMail mail;
    private final UserDirectory directory;
    private final ActivityNames activityNames;
    private final TaskSubjectLookup subjects;

    TaskReminderMail(NoticeMail mail, UserDirectory directory, ActivityNames activityNames,
                     TaskSubjectLookup subjects) {
        this.mail = mail;
        this.directory = directory;
        this.activityNames = activityNames;
        this.subjects = subjects;
    }

    void remind(Task task, List<String> groups, AppUser from, String reason) {
        List<AppUser> holders = task.getAssignee() != null
                ? directory.findByUsername(task.getAssignee()).filter(AppUser::active).stream().toList()
                : mail.ofGroups(groups);
        String processKey = subjects.definitionKeys(List.of(task)).get(task.getProcessDefinitionId());
        String step = activityNames.name(BundleI18NProvider.CHINESE, processKey, task.getTaskDefinitionKey(),
                task.getName());
        String title = subjects.byProcessInstance(List.of(task))
                .getOrDefault(task.getProcessInstanceId(), TaskSubject.UNKNOWN).title();
        String about = title.isBlank() ? "" : mail.text("mail.task.reminder.about", title);
        mail.send(holders, mail.text("mail.task.reminder.subject", step),
                mail.text("mail.task.reminder.body", step, about, from.displayName(), reason, mail.link("")));
    }
}
