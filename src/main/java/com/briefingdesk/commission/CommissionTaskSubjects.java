package com.briefingdesk.commission;

import com.briefingdesk.task.TaskSubject;
import com.briefingdesk.task.TaskSubjects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Names the notice behind a commission answer task in the inbox: its topic, from the office that issued it. */
@Component
class CommissionTaskSubjects implements TaskSubjects {

    private final CommissionRepository commissions;

    CommissionTaskSubjects(CommissionRepository commissions) {
        this.commissions = commissions;
    }

    @Override
    public Optional<TaskSubject> subjectOf(String processDefinitionKey, String businessKey) {
        if (!Commissions.PROCESS_KEY.equals(processDefinitionKey) || businessKey == null || businessKey.isEmpty()) {
            return Optional.empty();
        }
        return commissions.find(Long.parseLong(businessKey))
                .map(commission -> new TaskSubject(commission.topic(), commission.officeName()));
    }
}
