package com.briefingdesk.article;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.task.Recusal;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * A unit leader who sent an article does not find its approval among the unit's tasks to claim: another leader
 * approves it. An article the leader wrote but a colleague sent is still offered, and its form gives it back
 * ({@link UnitApprovalTasks#isOwnArticle}): the engine's query knows the sender, not the writer.
 */
@Component
class OwnArticleRecusal implements Recusal {

    static final String UNIT_APPROVAL_STEP = "Task_UnitApproval";

    @Override
    public void narrow(TaskQuery offered, AppUser person) {
        if (person.has(Role.UNIT_LEADER)) {
            // other steps as they are; this step only where someone else sent the article
            offered.or()
                    .taskDefinitionKeyNotIn(UNIT_APPROVAL_STEP)
                    .processVariableValueNotEquals(ArticleService.SUBMITTER_VARIABLE, person.username())
                    .endOr();
        }
    }
}
