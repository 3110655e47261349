package com.briefingdesk.issue;

import static com.briefingdesk.ReloadQuestion.dialogWouldAsk;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.UiTest;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.task.InboxView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dialogs and buttons of 退回至…, 取回, 会签设置 and 加签, as their users meet them, without a browser. */
class IssueFlowFormsTest extends UiTest {

    @Autowired
    FlowFixtures fixtures;
    @Autowired
    IssueService issues;

    static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void theReviewerReturnsToProofreadingWithARequiredReasonWhichTheProofreaderReads() {
        Issue issue = fixtures.inReview(null, List.of());
        openAs("reviewer");
        UI.getCurrent().navigate("tasks/issue-review/" + fixtures.base.openTask(issue, IssueTasks.REVIEW_FORM));
        IssueReviewForm review = _get(IssueReviewForm.class);
        _click(review.returnToStep);

        ReturnToStepDialog dialog = _get(ReturnToStepDialog.class);
        assertThat(dialog.isCloseOnOutsideClick()).as("a stray click beside it keeps the typing").isFalse();
        List<IssueFlow.ReturnTarget> targets = dialog.target.getListDataView().getItems().toList();
        assertThat(targets).extracting(t -> dialog.target.getItemLabelGenerator().apply(t))
                .containsExactly("组稿（王敏（编辑））", "校对（李静（编辑））");
        _click(dialog.confirm);
        assertThat(dialog.target.isInvalid()).isTrue();
        assertThat(dialog.target.getErrorMessage()).isEqualTo("请选择退回到哪一步");
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("退回时须写明理由");
        _setValue(dialog.target, targets.get(1));
        _setValue(dialog.reason, "第三段数字与原稿不符");
        assertThat(dialogWouldAsk(dialog)).as("a reload asks about the reason typed").isTrue();
        _click(dialog.confirm);
        _assertOne(InboxView.class);
        assertThat(issues.load(issue.id()).status()).isEqualTo(IssueStatus.PROOFREADING);

        openAs("editor2");
        UI.getCurrent().navigate("tasks/issue-proofread/" + fixtures.base.openTask(issue, IssueTasks.PROOFREAD_FORM));
        _get(IssueProofreadForm.class);
        ReturnNotice notice = _get(ReturnNotice.class);
        assertThat(text(notice)).contains("陈刚（审核）", "从审核退回", "第三段数字与原稿不符");
        assertThat(text(_get(OpinionHistory.class))).contains("退回至校对");
    }

    @Test
    void theEditorChoosesACountersignOfTwoReviewersWhileComposing() {
        Issue issue = fixtures.composing();
        openAs("editor");
        UI.getCurrent().navigate("tasks/issue-compose/" + fixtures.composeTask(issue));
        IssueComposeForm compose = _get(IssueComposeForm.class);
        assertThat(compose.countersignSummary.getText()).isEqualTo("由审核人中的一人审核");
        _click(compose.countersignSetup);

        CountersignSetupDialog dialog = _get(CountersignSetupDialog.class);
        AppUser reviewer = fixtures.user("reviewer");
        AppUser reviewer2 = fixtures.user("reviewer2");
        _setValue(dialog.members, pick(dialog, Set.of(reviewer.id())));
        _click(dialog.save);
        assertThat(dialog.members.isInvalid()).isTrue();
        assertThat(dialog.members.getErrorMessage()).isEqualTo("会签至少要选两位审核人");
        _setValue(dialog.members, pick(dialog, Set.of(reviewer.id(), reviewer2.id())));
        _setValue(dialog.rule, CountersignRule.ANY);
        _click(dialog.save);

        assertThat(compose.countersignSummary.getText()).startsWith("会签（一人同意即可通过）：")
                .contains("陈刚（审核）", "刘洋（审核）");
        Countersign chosen = fixtures.countersigns.of(issue.id()).orElseThrow();
        assertThat(chosen.rule()).isEqualTo(CountersignRule.ANY);
        assertThat(chosen.members()).extracting(Countersign.Member::username)
                .containsExactlyInAnyOrder("reviewer", "reviewer2");

        _click(compose.countersignSetup);
        CountersignSetupDialog again = _get(CountersignSetupDialog.class);
        assertThat(again.members.getValue()).extracting(AppUser::username)
                .containsExactlyInAnyOrder("reviewer", "reviewer2");
        _click(again.remove);
        assertThat(compose.countersignSummary.getText()).isEqualTo("由审核人中的一人审核");
        assertThat(fixtures.countersigns.of(issue.id())).isEmpty();
    }

    static Set<AppUser> pick(CountersignSetupDialog dialog, Set<Long> ids) {
        return dialog.members.getListDataView().getItems().filter(u -> ids.contains(u.id()))
                .collect(Collectors.toSet());
    }

    @Test
    void aCountersignMemberAddsASignerAndReturnsToTheEditorWhoSeesWhy() {
        AppUser third = fixtures.newReviewer();
        Issue issue = fixtures.inReview(CountersignRule.ALL,
                List.of(fixtures.user("reviewer"), fixtures.user("reviewer2")));
        openAs("reviewer");
        UI.getCurrent().navigate("tasks/issue-countersign/"
                + fixtures.countersignTask(issue, fixtures.user("reviewer")));
        IssueCountersignForm form = _get(IssueCountersignForm.class);
        CountersignMembers members = _get(CountersignMembers.class);
        assertThat(text(members)).contains("陈刚（审核）", "刘洋（审核）", "未表态");
        assertThat(text(form)).contains("会签情况（全部同意方可通过）");

        _click(form.addSigner);
        AddSignerDialog add = _get(AddSignerDialog.class);
        assertThat(add.candidate.getListDataView().getItems().map(AppUser::username))
                .contains(third.username()).doesNotContain("reviewer", "reviewer2");
        _click(add.confirm);
        assertThat(add.candidate.isInvalid()).isTrue();
        assertThat(add.candidate.getErrorMessage()).isEqualTo("请选择加签人");
        _setValue(add.candidate, add.candidate.getListDataView().getItems()
                .filter(u -> u.id() == third.id()).findFirst().orElseThrow());
        _click(add.confirm);
        assertThat(text(members)).contains(third.displayName(), "（陈刚（审核）加签）");
        assertThat(fixtures.openTasks(issue)).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("reviewer", "reviewer2", third.username());

        _setValue(form.opinion, "请补充第二篇的数据来源");
        _click(form.sendBack);
        _assertOne(InboxView.class);
        assertThat(issues.load(issue.id()).status()).isEqualTo(IssueStatus.COMPOSING);
        assertThat(fixtures.openTasks(issue)).hasSize(1);

        openAs("editor");
        UI.getCurrent().navigate("tasks/issue-compose/" + fixtures.composeTask(issue));
        assertThat(text(_get(ReturnNotice.class))).contains("陈刚（审核）", "请补充第二篇的数据来源");
    }

    @Test
    void eachMembersDecisionIsGreenWhenItAgreesAndRedWhenItReturns() {
        openAs("reviewer");
        CountersignMembers members = new CountersignMembers(new Countersign(1, CountersignRule.ALL, List.of(
                new Countersign.Member(1, "agrees", "甲", null, IssueOpinion.Decision.APPROVE),
                new Countersign.Member(2, "returns", "乙", null, IssueOpinion.Decision.RETURN),
                new Countersign.Member(3, "waits", "丙", null, null))));
        Map<String, String> themes = members.getChildren().collect(Collectors.toMap(
                item -> item.getId().orElseThrow(),
                item -> item.getChildren().toList().get(1).getElement().getAttribute("theme")));
        assertThat(themes).containsExactlyInAnyOrderEntriesOf(Map.of("member-agrees", "badge success",
                "member-returns", "badge error", "member-waits", "badge"));
    }

    @Test
    void theEditorRetrievesFromTheIssuePageUntilTheProofreaderClaimsIt() {
        Issue issue = fixtures.composing();
        AppUser editor = fixtures.user("editor");
        fixtures.base.issueTasks.completeComposition(editor, fixtures.composeTask(issue),
                fixtures.base.composition(issue));

        openAs("editor");
        UI.getCurrent().navigate("issues/" + issue.id());
        IssueDetailView detail = _get(IssueDetailView.class);
        assertThat(detail.retrieve.isVisible()).isTrue();
        assertThat(detail.retrieve.getText()).isEqualTo("取回（组稿）");
        _click(detail.retrieve);
        _get(IssueComposeForm.class);
        String compose = fixtures.composeTask(issue);
        assertThat(fixtures.base.taskService.createTaskQuery().taskId(compose).singleResult().getAssignee())
                .isEqualTo("editor");

        fixtures.base.issueTasks.completeComposition(editor, compose, fixtures.base.composition(issue));
        UI.getCurrent().navigate("issues/" + issue.id());
        detail = _get(IssueDetailView.class);
        fixtures.base.taskService.claim(fixtures.base.openTask(issue, IssueTasks.PROOFREAD_FORM), "editor2");
        _click(detail.retrieve);
        assertThat(detail.retrieveProblem.isVisible()).isTrue();
        assertThat(detail.retrieveProblem.getText()).isEqualTo("下一步已有人签收，不能再取回");
        assertThat(issues.load(issue.id()).status()).isEqualTo(IssueStatus.PROOFREADING);

        openAs("reviewer");
        UI.getCurrent().navigate("issues/" + issue.id());
        assertThat(_get(IssueDetailView.class).retrieve.isVisible()).isFalse();
        _assertNone(Div.class, spec -> spec.withId("retrieve-problem"));
    }
}
