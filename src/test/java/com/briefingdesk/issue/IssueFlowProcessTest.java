package com.briefingdesk.issue;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 退回 to any passed step, 取回, 会签 with its two rules and 加签, driven through the services on the engine the
 * application runs, and checked on the process (Camunda BPM Assert), the issue's status and its opinions.
 */
@BriefingDeskTest
class IssueFlowProcessTest {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    FlowFixtures fixtures;
    @Autowired
    IssueFlow flow;
    @Autowired
    CountersignTasks countersigns;
    @Autowired
    IssueTasks issueTasks;
    @Autowired
    IssueService issueService;

    AppUser reviewer;
    AppUser reviewer2;
    AppUser third;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        reviewer = fixtures.user("reviewer");
        reviewer2 = fixtures.user("reviewer2");
        third = fixtures.newReviewer();
    }

    ProcessInstance process(Issue issue) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(issue.processInstanceId())
                .singleResult();
    }

    IssueStatus status(Issue issue) {
        return issueService.load(issue.id()).status();
    }

    List<IssueOpinion> opinions(Issue issue) {
        return issueService.opinions(fixtures.user("admin"), issue.id());
    }

    IssueOpinion lastOpinion(Issue issue) {
        List<IssueOpinion> all = opinions(issue);
        return all.get(all.size() - 1);
    }

    List<String> assignees(Issue issue) {
        return fixtures.openTasks(issue).stream().map(Task::getAssignee).toList();
    }

    void decide(Issue issue, AppUser member, IssueOpinion.Decision decision, String opinion) {
        countersigns.decide(member, fixtures.countersignTask(issue, member), decision, opinion, null);
    }

    String only(Issue issue, String formKey) {
        return fixtures.base.openTask(issue, formKey);
    }

    long reviewDecisions(Issue issue, String value) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(issue.processInstanceId())
                .variableName("reviewDecision").list().stream().filter(v -> value.equals(v.getValue())).count();
    }

    // --- 会签, rule ALL ---

    @Test
    void underRuleAllTheCountersignPassesWhenEveryMemberHasApproved() {
        Issue issue = fixtures.inReview(CountersignRule.ALL, List.of(reviewer, reviewer2, third));
        ProcessInstance pi = process(issue);
        assertThat(pi).hasPassed("Task_MarkInReview", "Gateway_ReviewMode").isWaitingAt("Task_Countersign")
                .hasNotPassed("Task_Review");
        Assertions.assertThat(assignees(issue))
                .containsExactlyInAnyOrder(reviewer.username(), reviewer2.username(), third.username());
        Assertions.assertThat(fixtures.openTasks(issue)).allMatch(t -> "issue-countersign".equals(t.getFormKey()));
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.IN_REVIEW);

        assertThatThrownBy(() -> decide(issue, reviewer, IssueOpinion.Decision.APPROVE, "同意\u0000"))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).fieldMessageKeys())
                .isEqualTo(Map.of("opinion", TypedText.UNSTORABLE));
        decide(issue, reviewer, IssueOpinion.Decision.APPROVE, "同意");
        decide(issue, third, IssueOpinion.Decision.APPROVE, null);
        assertInCountersign(pi);
        Assertions.assertThat(assignees(issue)).containsExactly(reviewer2.username());

        decide(issue, reviewer2, IssueOpinion.Decision.APPROVE, "同意，送签发");
        assertThat(pi).hasPassed("Task_Countersign", "Task_CountersignOutcome", "Gateway_ReviewJoin",
                "Gateway_ReviewDecision", "Task_MarkAwaitingSignOff").isWaitingAtExactly("Task_SignOff");
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.AWAITING_SIGN_OFF);
        Assertions.assertThat(reviewDecisions(issue, "APPROVE")).isEqualTo(1);
        Assertions.assertThat(opinions(issue).stream().filter(o -> o.step() == IssueOpinion.Step.REVIEW))
                .hasSize(3).allMatch(o -> o.decision() == IssueOpinion.Decision.APPROVE);
    }

    @Test
    void underRuleAllOneReturnWithOneOfThreeOpinionsInSendsTheIssueBackToTheEditor() {
        Issue issue = fixtures.inReview(CountersignRule.ALL, List.of(reviewer, reviewer2, third));
        ProcessInstance pi = process(issue);
        decide(issue, reviewer, IssueOpinion.Decision.APPROVE, "同意");

        decide(issue, reviewer2, IssueOpinion.Decision.RETURN, "第二篇数据需核实");

        assertThat(pi).hasPassed("Task_CountersignOutcome", "Gateway_ReviewDecision", "Task_BackToEditor")
                .isWaitingAtExactly("Task_Compose");
        Assertions.assertThat(fixtures.openTasks(issue)).hasSize(1)
                .allMatch(t -> "issue-compose".equals(t.getFormKey()));
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.COMPOSING);
        IssueOpinion returned = lastOpinion(issue);
        Assertions.assertThat(returned.decision()).isEqualTo(IssueOpinion.Decision.RETURN);
        Assertions.assertThat(returned.returnTo()).isEqualTo(IssueOpinion.Step.COMPOSE);
        Assertions.assertThat(flow.returnReceived(issue.id(), IssueOpinion.Step.COMPOSE)).contains(returned);
        Assertions.assertThat(reviewDecisions(issue, "RETURN")).isEqualTo(1);
    }

    @Test
    void aCountersignMemberReturnsToProofreadingAndTheNextRoundStartsUndecided() {
        Issue issue = fixtures.inReview(CountersignRule.ALL, List.of(reviewer, reviewer2));
        ProcessInstance pi = process(issue);
        String task = fixtures.countersignTask(issue, reviewer);
        Assertions.assertThat(flow.returnTargets(reviewer, task, CountersignTasks.COUNTERSIGN_FORM))
                .extracting(IssueFlow.ReturnTarget::step)
                .containsExactly(IssueOpinion.Step.COMPOSE, IssueOpinion.Step.PROOFREAD);

        flow.returnTo(reviewer, task, CountersignTasks.COUNTERSIGN_FORM, IssueOpinion.Step.PROOFREAD, "请再校一遍标点");

        assertThat(pi).isWaitingAtExactly("Task_Proofread");
        Assertions.assertThat(fixtures.openTasks(issue)).hasSize(1);
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.PROOFREADING);
        Assertions.assertThat(flow.returnReceived(issue.id(), IssueOpinion.Step.PROOFREAD)).isPresent()
                .get().extracting(IssueOpinion::opinion).isEqualTo("请再校一遍标点");

        issueTasks.proofread(fixtures.user("editor2"), only(issue, IssueTasks.PROOFREAD_FORM), true, null);
        assertInCountersign(pi);
        Assertions.assertThat(assignees(issue)).containsExactlyInAnyOrder(reviewer.username(), reviewer2.username());
        Assertions.assertThat(countersigns.of(issue.id()).orElseThrow().anyDecided()).isFalse();
    }

    // --- 会签, rule ANY ---

    @Test
    void underRuleAnyTheFirstApprovalPassesTheCountersignAndCancelsTheOthers() {
        Issue issue = fixtures.inReview(CountersignRule.ANY, List.of(reviewer, reviewer2, third));
        ProcessInstance pi = process(issue);

        decide(issue, third, IssueOpinion.Decision.APPROVE, "同意");

        assertThat(pi).hasPassed("Task_CountersignOutcome").isWaitingAtExactly("Task_SignOff");
        Assertions.assertThat(fixtures.openTasks(issue)).hasSize(1);
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void underRuleAnyAReturnCountsOnlyOnceEveryMemberHasReturned() {
        Issue issue = fixtures.inReview(CountersignRule.ANY, List.of(reviewer, reviewer2, third));
        ProcessInstance pi = process(issue);

        decide(issue, reviewer, IssueOpinion.Decision.RETURN, "不同意");
        decide(issue, reviewer2, IssueOpinion.Decision.RETURN, "不同意");
        assertInCountersign(pi);
        Assertions.assertThat(assignees(issue)).containsExactly(third.username());
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.IN_REVIEW);

        flow.returnTo(third, fixtures.countersignTask(issue, third), CountersignTasks.COUNTERSIGN_FORM,
                IssueOpinion.Step.PROOFREAD, "同意退回，请校对");
        assertThat(pi).isWaitingAtExactly("Task_Proofread");
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.PROOFREADING);
    }

    // --- 加签 ---

    @Test
    void aMemberAddsASignerMidWayWhoMustAlsoApprove() {
        Issue issue = fixtures.inReview(CountersignRule.ALL, List.of(reviewer, reviewer2));
        ProcessInstance pi = process(issue);
        decide(issue, reviewer, IssueOpinion.Decision.APPROVE, "同意");

        Countersign grown = countersigns.addMember(reviewer2, fixtures.countersignTask(issue, reviewer2), third.id());

        Assertions.assertThat(grown.members()).extracting(Countersign.Member::username)
                .containsExactly(reviewer.username(), reviewer2.username(), third.username());
        Assertions.assertThat(grown.members().get(2).addedByName()).isEqualTo(reviewer2.displayName());
        Assertions.assertThat(assignees(issue)).containsExactlyInAnyOrder(reviewer2.username(), third.username());
        Assertions.assertThat(fixtures.openTasks(issue)).allMatch(t -> "issue-countersign".equals(t.getFormKey()));
        assertThatThrownBy(() -> countersigns.addMember(reviewer2, fixtures.countersignTask(issue, reviewer2),
                reviewer.id())).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).fieldMessageKeys())
                .isEqualTo(Map.of("member", "flow.addSigner.alreadyMember"));
        assertThatThrownBy(() -> countersigns.addMember(reviewer2, fixtures.countersignTask(issue, reviewer2),
                fixtures.user("signer").id())).isInstanceOf(ValidationException.class);

        decide(issue, reviewer2, IssueOpinion.Decision.APPROVE, "同意");
        assertInCountersign(pi);
        Assertions.assertThat(assignees(issue)).containsExactly(third.username());
        decide(issue, third, IssueOpinion.Decision.APPROVE, "同意");
        assertThat(pi).isWaitingAtExactly("Task_SignOff");
    }

    @Test
    void aSignerAddedUnderRuleAnyCanStillApproveAfterTheOthersReturned() {
        Issue issue = fixtures.inReview(CountersignRule.ANY, List.of(reviewer, reviewer2));
        ProcessInstance pi = process(issue);
        decide(issue, reviewer, IssueOpinion.Decision.RETURN, "不同意");
        countersigns.addMember(reviewer2, fixtures.countersignTask(issue, reviewer2), third.id());
        decide(issue, reviewer2, IssueOpinion.Decision.RETURN, "不同意");
        assertInCountersign(pi);

        decide(issue, third, IssueOpinion.Decision.APPROVE, "同意");
        assertThat(pi).isWaitingAtExactly("Task_SignOff");
    }

    // --- 退回 outside the countersign ---

    @Test
    void theReviewerReturnsToProofreading() {
        Issue issue = fixtures.inReview(null, List.of());
        ProcessInstance pi = process(issue);
        assertThat(pi).isWaitingAtExactly("Task_Review");
        String task = only(issue, IssueTasks.REVIEW_FORM);
        List<IssueFlow.ReturnTarget> targets = flow.returnTargets(reviewer, task, IssueTasks.REVIEW_FORM);
        Assertions.assertThat(targets).extracting(IssueFlow.ReturnTarget::step)
                .containsExactly(IssueOpinion.Step.COMPOSE, IssueOpinion.Step.PROOFREAD);
        Assertions.assertThat(targets.get(0).actorNames()).containsExactly(fixtures.user("editor").displayName());
        Assertions.assertThat(targets.get(1).actorNames()).containsExactly(fixtures.user("editor2").displayName());

        flow.returnTo(reviewer, task, IssueTasks.REVIEW_FORM, IssueOpinion.Step.PROOFREAD, "标题有错字");

        assertThat(pi).isWaitingAtExactly("Task_Proofread").hasNotPassed("Task_BackToEditor");
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.PROOFREADING);
        IssueOpinion returned = lastOpinion(issue);
        Assertions.assertThat(returned.step()).isEqualTo(IssueOpinion.Step.REVIEW);
        Assertions.assertThat(returned.returnTo()).isEqualTo(IssueOpinion.Step.PROOFREAD);
        Assertions.assertThat(returned.actorName()).isEqualTo(reviewer.displayName());
    }

    @Test
    void theReviewerReturnsToTheEditorThroughTheModel() {
        Issue issue = fixtures.inReview(null, List.of());
        ProcessInstance pi = process(issue);
        flow.returnTo(reviewer, only(issue, IssueTasks.REVIEW_FORM), IssueTasks.REVIEW_FORM,
                IssueOpinion.Step.COMPOSE, "请重新组稿");
        assertThat(pi).hasPassed("Gateway_ReviewDecision", "Task_BackToEditor").isWaitingAtExactly("Task_Compose");
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.COMPOSING);
        Assertions.assertThat(flow.returnReceived(issue.id(), IssueOpinion.Step.COMPOSE)).isPresent();
    }

    @Test
    void theSignatoryReturnsToReviewThenProofreadingThenComposing() {
        Issue issue = fixtures.atSignOff();
        ProcessInstance pi = process(issue);
        AppUser signer = fixtures.user("signer");
        Assertions.assertThat(flow.returnTargets(signer, only(issue, IssueTasks.SIGN_OFF_FORM), IssueTasks.SIGN_OFF_FORM))
                .extracting(IssueFlow.ReturnTarget::step).containsExactly(IssueOpinion.Step.COMPOSE,
                        IssueOpinion.Step.PROOFREAD, IssueOpinion.Step.REVIEW);

        flow.returnTo(signer, only(issue, IssueTasks.SIGN_OFF_FORM), IssueTasks.SIGN_OFF_FORM,
                IssueOpinion.Step.REVIEW, "请审核人再看第二篇");
        assertThat(pi).isWaitingAtExactly("Task_Review");
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.IN_REVIEW);
        issueTasks.review(reviewer, only(issue, IssueTasks.REVIEW_FORM), IssueOpinion.Decision.APPROVE, "已核");
        assertThat(pi).isWaitingAtExactly("Task_SignOff");

        flow.returnTo(signer, only(issue, IssueTasks.SIGN_OFF_FORM), IssueTasks.SIGN_OFF_FORM,
                IssueOpinion.Step.PROOFREAD, "请再校");
        assertThat(pi).isWaitingAtExactly("Task_Proofread");
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.PROOFREADING);
        issueTasks.proofread(fixtures.user("editor2"), only(issue, IssueTasks.PROOFREAD_FORM), true, null);
        issueTasks.review(reviewer, only(issue, IssueTasks.REVIEW_FORM), IssueOpinion.Decision.APPROVE, "同意");

        flow.returnTo(signer, only(issue, IssueTasks.SIGN_OFF_FORM), IssueTasks.SIGN_OFF_FORM,
                IssueOpinion.Step.COMPOSE, "换一篇");
        assertThat(pi).hasPassed("Gateway_SignOffDecision", "Task_BackToEditor").isWaitingAtExactly("Task_Compose");
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.COMPOSING);
        Assertions.assertThat(opinions(issue).stream().filter(o -> o.decision() == IssueOpinion.Decision.RETURN)
                .map(IssueOpinion::returnTo)).containsExactly(IssueOpinion.Step.REVIEW, IssueOpinion.Step.PROOFREAD,
                IssueOpinion.Step.COMPOSE);
        assertThat(pi).hasNotPassed("Task_AssignNumbers");
    }

    @Test
    void theSignatoryReturnsToACountersignedReviewWhichStartsAgainForAllMembers() {
        Issue issue = fixtures.inReview(CountersignRule.ANY, List.of(reviewer, reviewer2));
        ProcessInstance pi = process(issue);
        decide(issue, reviewer, IssueOpinion.Decision.APPROVE, "同意");
        assertThat(pi).isWaitingAtExactly("Task_SignOff");

        flow.returnTo(fixtures.user("signer"), only(issue, IssueTasks.SIGN_OFF_FORM), IssueTasks.SIGN_OFF_FORM,
                IssueOpinion.Step.REVIEW, "请两位处长都看一下");

        assertInCountersign(pi);
        Assertions.assertThat(assignees(issue)).containsExactlyInAnyOrder(reviewer.username(), reviewer2.username());
        Assertions.assertThat(countersigns.of(issue.id()).orElseThrow().anyDecided()).isFalse();
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.IN_REVIEW);
    }

    @Test
    void aReturnToAStepNeverPassedIsRefusedAndChangesNothing() {
        Issue issue = fixtures.inReview(null, List.of());
        ProcessInstance pi = process(issue);
        String task = only(issue, IssueTasks.REVIEW_FORM);
        int opinionsBefore = opinions(issue).size();

        for (IssueOpinion.Step never : List.of(IssueOpinion.Step.SIGN_OFF, IssueOpinion.Step.REVIEW)) {
            assertThatThrownBy(() -> flow.returnTo(reviewer, task, IssueTasks.REVIEW_FORM, never, "退回"))
                    .isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).fieldMessageKeys())
                    .isEqualTo(Map.of("target", "flow.return.notPassed"));
        }
        assertThatThrownBy(() -> flow.returnTo(reviewer, task, IssueTasks.REVIEW_FORM, IssueOpinion.Step.PROOFREAD,
                " ")).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).fieldMessageKeys())
                .isEqualTo(Map.of("reason", "flow.return.reasonRequired"));
        // what PostgreSQL cannot take, or the opinion column cannot hold, is refused at the reason, not by the database
        assertThatThrownBy(() -> flow.returnTo(reviewer, task, IssueTasks.REVIEW_FORM, IssueOpinion.Step.PROOFREAD,
                "标题\u0000有错字")).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).fieldMessageKeys())
                .isEqualTo(Map.of("reason", TypedText.UNSTORABLE));
        assertThatThrownBy(() -> flow.returnTo(reviewer, task, IssueTasks.REVIEW_FORM, IssueOpinion.Step.PROOFREAD,
                "长".repeat(IssueTasks.OPINION_MAX + 1))).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).fieldMessageKeys())
                .isEqualTo(Map.of("reason", TypedText.TOO_LONG));

        assertThat(pi).isWaitingAtExactly("Task_Review");
        Assertions.assertThat(only(issue, IssueTasks.REVIEW_FORM)).isEqualTo(task);
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.IN_REVIEW);
        Assertions.assertThat(opinions(issue)).hasSize(opinionsBefore);
    }

    // --- 取回 ---

    @Test
    void theEditorRetrievesTheComposedIssueUntilTheProofreaderClaimsIt() {
        Issue issue = fixtures.composing();
        ProcessInstance pi = process(issue);
        AppUser editor = fixtures.user("editor");
        issueTasks.completeComposition(editor, fixtures.composeTask(issue), fixtures.base.composition(issue));
        assertThat(pi).isWaitingAtExactly("Task_Proofread");
        Assertions.assertThat(flow.retrievable(editor, issueService.load(issue.id())))
                .contains(IssueOpinion.Step.COMPOSE);

        IssueFlow.RetrievedTask back = flow.retrieve(editor, issue.id());

        assertThat(pi).isWaitingAtExactly("Task_Compose");
        Assertions.assertThat(back.formKey()).isEqualTo(IssueTasks.COMPOSE_FORM);
        assertThat(BpmnAwareTests.task(pi)).hasId(back.taskId()).isAssignedTo("editor");
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.COMPOSING);
        Assertions.assertThat(lastOpinion(issue).decision()).isEqualTo(IssueOpinion.Decision.RETRIEVE);

        issueTasks.completeComposition(editor, back.taskId(), fixtures.base.composition(issue));
        fixtures.base.taskService.claim(only(issue, IssueTasks.PROOFREAD_FORM), "editor2");
        assertRefused(editor, issue, "flow.retrieve.claimed");
        assertThat(pi).isWaitingAtExactly("Task_Proofread");
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.PROOFREADING);

        issueTasks.proofread(fixtures.user("editor2"), only(issue, IssueTasks.PROOFREAD_FORM), true, null);
        assertRefused(editor, issue, "flow.retrieve.acted");
        assertRefused(reviewer, issue, "flow.retrieve.notYours");
    }

    @Test
    void theProofreaderRetrievesFromAnUndecidedCountersignButNotOnceAMemberDecided() {
        Issue issue = fixtures.inReview(CountersignRule.ALL, List.of(reviewer, reviewer2));
        ProcessInstance pi = process(issue);
        AppUser proofreader = fixtures.user("editor2");

        IssueFlow.RetrievedTask back = flow.retrieve(proofreader, issue.id());
        assertThat(pi).isWaitingAtExactly("Task_Proofread");
        Assertions.assertThat(fixtures.openTasks(issue)).hasSize(1);
        assertThat(BpmnAwareTests.task(pi)).hasId(back.taskId()).isAssignedTo("editor2");
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.PROOFREADING);

        issueTasks.proofread(proofreader, back.taskId(), true, null);
        decide(issue, reviewer2, IssueOpinion.Decision.APPROVE, "同意");
        assertRefused(proofreader, issue, "flow.retrieve.acted");
        assertInCountersign(pi);
        Assertions.assertThat(assignees(issue)).containsExactly(reviewer.username());
    }

    @Test
    void theReviewerRetrievesAnApprovalFromSignOffButTheSignatoryCannotRetrieveASignOff() {
        Issue issue = fixtures.atSignOff();
        ProcessInstance pi = process(issue);

        IssueFlow.RetrievedTask back = flow.retrieve(reviewer, issue.id());
        assertThat(pi).isWaitingAtExactly("Task_Review");
        assertThat(BpmnAwareTests.task(pi)).hasId(back.taskId()).isAssignedTo("reviewer");
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.IN_REVIEW);

        issueTasks.review(reviewer, back.taskId(), IssueOpinion.Decision.APPROVE, "同意");
        issueTasks.signOff(fixtures.user("signer"), only(issue, IssueTasks.SIGN_OFF_FORM),
                IssueOpinion.Decision.APPROVE, "同意印发");
        Assertions.assertThat(flow.retrievable(fixtures.user("signer"), issueService.load(issue.id()))).isEmpty();
        assertRefused(fixtures.user("signer"), issue, "flow.retrieve.signedOff");
        assertRefused(reviewer, issue, "flow.retrieve.acted");
    }

    @Test
    void aMemberRetrievesTheirApprovalWhileTheCountersignWaitsButNotOnceItHasSettled() {
        Issue issue = fixtures.inReview(CountersignRule.ALL, List.of(reviewer, reviewer2, third));
        ProcessInstance pi = process(issue);
        decide(issue, reviewer, IssueOpinion.Decision.APPROVE, "同意");
        Assertions.assertThat(flow.retrievable(reviewer, issueService.load(issue.id())))
                .contains(IssueOpinion.Step.REVIEW);

        IssueFlow.RetrievedTask back = flow.retrieve(reviewer, issue.id());

        assertInCountersign(pi);
        Assertions.assertThat(back.formKey()).isEqualTo(CountersignTasks.COUNTERSIGN_FORM);
        Assertions.assertThat(assignees(issue))
                .containsExactlyInAnyOrder(reviewer.username(), reviewer2.username(), third.username());
        Assertions.assertThat(fixtures.countersignTask(issue, reviewer)).isEqualTo(back.taskId());
        Assertions.assertThat(lastOpinion(issue).decision()).isEqualTo(IssueOpinion.Decision.RETRIEVE);
        Assertions.assertThat(status(issue)).isEqualTo(IssueStatus.IN_REVIEW);

        // the others' approvals do not settle it while the retriever is undecided again
        decide(issue, reviewer2, IssueOpinion.Decision.APPROVE, null);
        decide(issue, third, IssueOpinion.Decision.APPROVE, null);
        assertInCountersign(pi);
        Assertions.assertThat(assignees(issue)).containsExactly(reviewer.username());

        decide(issue, reviewer, IssueOpinion.Decision.APPROVE, "同意，送签发");
        assertThat(pi).hasPassed("Task_CountersignOutcome").isWaitingAtExactly("Task_SignOff");
        Assertions.assertThat(reviewDecisions(issue, "APPROVE")).isEqualTo(1);
        assertRefused(reviewer, issue, "flow.retrieve.countersignReview");
    }

    /** Waiting in the countersign only: its multi-instance body and the members' tasks. */
    static void assertInCountersign(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("Task_Countersign")
                .isNotWaitingAt("Task_Compose", "Task_Proofread", "Task_Review", "Task_SignOff");
    }

    void assertRefused(AppUser user, Issue issue, String key) {
        assertThatThrownBy(() -> flow.retrieve(user, issue.id())).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).fieldMessageKeys())
                .isEqualTo(Map.of("retrieve", key));
    }
}
