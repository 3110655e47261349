package com.briefingdesk.approval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.Office;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleStatus;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.task.TaskInbox;
import com.briefingdesk.task.TaskNotAvailableException;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 转办 and 委派 by the person holding a task, on the engine the application runs. */
@BriefingDeskTest
class HolderActionsTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ApprovalFixtures fixtures;
    @Autowired
    HolderActions actions;
    @Autowired
    TaskActionLog actionLog;
    @Autowired
    TaskInbox inbox;
    @Autowired
    AwayDelegations away;

    @BeforeEach
    void engine() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void anEditorTransfersTheTriageToAnotherEditorAndTheTimelineSaysWhy() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        AppUser editor = fixtures.user("editor");
        AppUser colleague = fixtures.officePerson(Role.EDITOR);
        Task task = fixtures.openTask(article.processInstanceId());

        Assertions.assertThat(actions.colleagues(editor, task.getId())).extracting(AppUser::username)
                .contains("editor2", colleague.username()).doesNotContain("editor", "reviewer", "signer", "admin");
        actions.transfer(editor, task.getId(), colleague.username(), "本稿涉及防疫专题，请专题编辑办理", Instant.now());

        assertThat(fixtures.openTask(article.processInstanceId())).isAssignedTo(colleague.username());
        Assertions.assertThat(actionLog.ofProcess(article.processInstanceId())).singleElement().satisfies(e -> {
            Assertions.assertThat(e.kind()).isEqualTo(TaskActionLog.Kind.TRANSFERRED);
            Assertions.assertThat(e.taskKey()).isEqualTo("Task_Triage");
            Assertions.assertThat(e.actorName()).isEqualTo(editor.displayName());
            Assertions.assertThat(e.toAssignee()).isEqualTo(colleague.username());
            Assertions.assertThat(e.reason()).isEqualTo("本稿涉及防疫专题，请专题编辑办理");
        });
        // the one it was transferred to decides it as usual
        fixtures.articleTasks.triage(colleague, task.getId(), TriageDecision.ACCEPT, null, null, article.version());
        Assertions.assertThat(fixtures.articles.find(colleague, article.id()).status()).isEqualTo(ArticleStatus.ACCEPTED);
    }

    @Test
    void aTransferToSomeoneWithoutTheRoleOrWithoutANoteOrByAStrangerIsRefusedAndChangesNothing() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        AppUser editor = fixtures.user("editor");
        String taskId = fixtures.openTask(article.processInstanceId()).getId();

        assertThatThrownBy(() -> actions.transfer(editor, taskId, "reviewer", "请审核人办理", Instant.now()))
                .isInstanceOfSatisfying(ValidationException.class, e -> Assertions.assertThat(e.fieldMessageKeys())
                        .containsEntry("colleague", "approval.colleague.notEligible"));
        assertThatThrownBy(() -> actions.transfer(editor, taskId, "editor", "转给自己", Instant.now()))
                .isInstanceOfSatisfying(ValidationException.class, e -> Assertions.assertThat(e.fieldMessageKeys())
                        .containsEntry("colleague", "approval.colleague.notEligible"));
        assertThatThrownBy(() -> actions.delegate(editor, taskId, "editor2", " ", Instant.now()))
                .isInstanceOfSatisfying(ValidationException.class, e -> Assertions.assertThat(e.fieldMessageKeys())
                        .containsEntry("note", "approval.note.required"));
        // a NUL, which PostgreSQL would refuse with an error instead of a message at the field
        assertThatThrownBy(() -> actions.transfer(editor, taskId, "editor2", "请\u0000办理", Instant.now()))
                .isInstanceOfSatisfying(ValidationException.class, e -> Assertions.assertThat(e.fieldMessageKeys())
                        .containsEntry("note", TypedText.UNSTORABLE));
        assertThatThrownBy(() -> actions.transfer(fixtures.user("kunshan"), taskId, "editor2", "越权", Instant.now()))
                .isInstanceOf(TaskNotAvailableException.class);

        Task task = fixtures.openTask(article.processInstanceId());
        assertThat(task).isNotAssigned();
        Assertions.assertThat(task.getDelegationState()).isNull();
        Assertions.assertThat(actionLog.ofProcess(article.processInstanceId())).isEmpty();
    }

    @Test
    void aDelegateGivesAnOpinionAndTheTaskComesBackToItsOwnerWhoDecides() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        AppUser editor = fixtures.user("editor");
        AppUser delegate = fixtures.officePerson(Role.EDITOR);
        String taskId = fixtures.openTask(article.processInstanceId()).getId();

        actions.delegate(editor, taskId, delegate.username(), "请看数据是否属实", Instant.now());
        Task asked = fixtures.openTask(article.processInstanceId());
        assertThat(asked).isAssignedTo(delegate.username());
        Assertions.assertThat(asked.getOwner()).isEqualTo("editor");
        Assertions.assertThat(asked.getDelegationState()).isEqualTo(DelegationState.PENDING);
        Assertions.assertThat(inbox.assignedTo(delegate)).filteredOn(t -> t.id().equals(taskId)).singleElement()
                .satisfies(t -> {
                    Assertions.assertThat(t.askedForOpinion()).isTrue();
                    Assertions.assertThat(t.ownerName()).isEqualTo(editor.displayName());
                });
        Assertions.assertThat(actions.offer(delegate, taskId).mayAnswer()).isTrue();
        Assertions.assertThat(actions.offer(delegate, taskId).mayHandOn()).isFalse();
        // the one asked gives an opinion; deciding is not theirs, nor for the owner while the task is away
        assertThatThrownBy(() -> fixtures.articleTasks.triage(delegate, taskId, TriageDecision.ACCEPT, null, null,
                article.version())).isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> fixtures.articleTasks.triage(editor, taskId, TriageDecision.ACCEPT, null, null,
                article.version())).isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> actions.answer(delegate, taskId, ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> Assertions.assertThat(e.fieldMessageKeys())
                        .containsEntry("opinion", "approval.opinion.required"));

        actions.answer(delegate, taskId, "数据已核实，同意采用");

        Task back = fixtures.openTask(article.processInstanceId());
        assertThat(back).isAssignedTo("editor");
        Assertions.assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
        Assertions.assertThat(actionLog.ofProcess(article.processInstanceId())).extracting(TaskActionLog.Entry::kind,
                        TaskActionLog.Entry::reason)
                .containsExactly(Assertions.tuple(TaskActionLog.Kind.DELEGATED, "请看数据是否属实"),
                        Assertions.tuple(TaskActionLog.Kind.RESOLVED, "数据已核实，同意采用"));
        fixtures.articleTasks.triage(editor, taskId, TriageDecision.ACCEPT, null, null, article.version());
        Assertions.assertThat(fixtures.articles.find(editor, article.id()).status()).isEqualTo(ArticleStatus.ACCEPTED);
    }

    @Test
    void aDeputyWhoAsksForAnOpinionGetsTheTaskBackNotThePersonAway() {
        Unit unit = fixtures.freshUnit();
        AppUser absent = fixtures.submitter(unit);
        AppUser deputy = fixtures.submitter(unit);
        AppUser colleague = fixtures.submitter(unit);
        away.create(absent, deputy.username(), Office.today(), Office.today(), Instant.now());
        Article returned = fixtures.returned(absent);
        String revise = fixtures.openTask(returned.processInstanceId()).getId();

        actions.delegate(deputy, revise, colleague.username(), "请帮忙核对数据", Instant.now());
        actions.answer(colleague, revise, "数据无误");

        Task back = fixtures.openTask(returned.processInstanceId());
        assertThat(back).isAssignedTo(deputy.username());
        Assertions.assertThat(back.getOwner()).isEqualTo(absent.username());
    }
}
