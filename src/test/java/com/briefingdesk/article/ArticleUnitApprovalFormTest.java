package com.briefingdesk.article;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.Office;
import com.briefingdesk.UiTest;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.layout.AccessDeniedView;
import com.briefingdesk.layout.NotFoundView;
import com.briefingdesk.task.InboxView;
import com.briefingdesk.task.OpenTask;
import com.briefingdesk.task.TaskInbox;
import com.briefingdesk.task.TaskNotAvailableException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The unit leader's approval form (单位审核) as people use it, and who may not use it. */
class ArticleUnitApprovalFormTest extends UiTest {

    @Autowired
    UnitApprovalFixtures fixtures;
    @Autowired
    ArticleService articles;
    @Autowired
    UnitApprovalTasks unitApproval;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserDirectory directory;

    @Test
    void theLeaderReturnsWithAnOpinionThenApprovesAndTheEditorsSeeWhoApproved() {
        UnitApprovalFixtures.TestUnit unit = fixtures.unitRequiringApproval();
        Article article = fixtures.submitted(unit.submitter());
        assertThat(article.status()).isEqualTo(ArticleStatus.UNIT_APPROVAL);
        String taskId = fixtures.taskOf(article, "Task_UnitApproval");
        assertThat(inbox.offeredTo(unit.leader())).extracting(OpenTask::id).contains(taskId);
        assertThat(inbox.offeredTo(fixtures.user("editor"))).extracting(OpenTask::id).doesNotContain(taskId);
        assertThat(inbox.offeredTo(fixtures.user("taicang-leader"))).extracting(OpenTask::id).doesNotContain(taskId);

        openAs(unit.leader().username());
        UI.getCurrent().navigate("tasks/article-unit-approval/" + taskId);
        ArticleUnitApprovalForm form = _get(ArticleUnitApprovalForm.class);
        _click(form.complete);
        assertThat(form.decision.isInvalid()).isTrue();
        assertThat(form.decision.getErrorMessage()).isEqualTo("请选择审核意见");
        _setValue(form.decision, UnitDecision.RETURN);
        _click(form.complete);
        assertThat(form.opinion.isInvalid()).isTrue();
        assertThat(form.opinion.getErrorMessage()).isEqualTo("退回修改时须写明修改意见");
        assertThat(articles.find(unit.submitter(), article.id()).status()).isEqualTo(ArticleStatus.UNIT_APPROVAL);

        _setValue(form.opinion, "请补充志愿者人数");
        UI.getCurrent().navigate(InboxView.class); // a slip onto the menu: the opinion is not lost
        ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-work"));
        ConfirmDialogKt._fireCancel(ask);
        ask.close();
        assertThat(_get(ArticleUnitApprovalForm.class).opinion.getValue()).isEqualTo("请补充志愿者人数");
        _click(form.complete);
        _assertOne(InboxView.class); // decided: leaves without asking
        NotificationsKt.expectNotifications("已退回报送人修改");
        assertThat(articles.find(unit.submitter(), article.id()).status()).isEqualTo(ArticleStatus.RETURNED);

        openAs(unit.submitter().username());
        UI.getCurrent().navigate("tasks/article-revise/" + fixtures.taskOf(article, "Task_Revise"));
        ArticleRevisionForm revision = _get(ArticleRevisionForm.class);
        assertThat(revision.editorComment.getText()).isEqualTo("请补充志愿者人数");
        _get(H3.class, spec -> spec.withText("单位审核意见"));
        _setValue(revision.fields.body, revision.fields.body.getValue() + "\n全市 3000 余名志愿者参与。");
        _click(revision.resubmit);
        assertThat(articles.find(unit.submitter(), article.id()).status()).isEqualTo(ArticleStatus.UNIT_APPROVAL);

        openAs(unit.leader().username());
        UI.getCurrent().navigate("tasks/article-unit-approval/" + fixtures.taskOf(article, "Task_UnitApproval"));
        form = _get(ArticleUnitApprovalForm.class);
        _assertNone(Div.class, spec -> spec.withId("own-article"));
        _setValue(form.decision, UnitDecision.APPROVE);
        _click(form.complete);
        NotificationsKt.expectNotifications("已同意，稿件已报送省文明办");
        assertThat(articles.find(unit.submitter(), article.id()).status()).isEqualTo(ArticleStatus.SUBMITTED);

        ArticleEvent approval = articles.timeline(unit.submitter(), article.id()).stream()
                .filter(e -> e.kind() == ArticleEvent.Kind.UNIT_APPROVED).findFirst().orElseThrow();
        String expected = "单位审核：" + unit.leader().displayName() + " " + Office.minute(approval.at()) + " 同意";
        openAs("editor");
        UI.getCurrent().navigate("tasks/article-triage/" + fixtures.taskOf(article, "Task_Triage"));
        _get(ArticleTriageForm.class);
        assertThat(_get(Span.class, spec -> spec.withId("unit-approval")).getText()).isEqualTo(expected);
        UI.getCurrent().navigate("articles/" + article.id());
        _get(ArticleDetailView.class);
        assertThat(_get(Span.class, spec -> spec.withId("unit-approval")).getText()).isEqualTo(expected);
        assertThat(_get(ArticleTimeline.class).getElement().getTextRecursively())
                .contains("单位审核退回修改", "请补充志愿者人数", "单位审核同意", unit.leader().displayName());
    }

    @Test
    void aLeaderWorkingThroughTheUnitsArticlesGoesOnToTheNextAndIsToldWhenNoneIsLeft() {
        UnitApprovalFixtures.TestUnit unit = fixtures.unitRequiringApproval();
        Article first = fixtures.submitted(unit.submitter());
        Article second = fixtures.submitted(unit.submitter());
        String firstTask = fixtures.taskOf(first, "Task_UnitApproval");
        String secondTask = fixtures.taskOf(second, "Task_UnitApproval");

        openAs(unit.leader().username());
        UI.getCurrent().navigate("tasks/article-unit-approval/" + firstTask);
        ArticleUnitApprovalForm form = _get(ArticleUnitApprovalForm.class);
        _setValue(form.nextAfter, true);
        _setValue(form.decision, UnitDecision.APPROVE);
        // the leader's 常用语 are at hand here as in the editors' forms: a pick writes the opinion
        _setValue(_get(form.opinion, ComboBox.class), "同意");
        assertThat(form.opinion.getValue()).isEqualTo("同意");
        _click(form.complete);

        ArticleUnitApprovalForm next = _get(ArticleUnitApprovalForm.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("tasks/article-unit-approval/" + secondTask);
        assertThat(inbox.assignedTo(unit.leader())).extracting(OpenTask::id).as("taken for the leader")
                .contains(secondTask);
        assertThat(next.nextAfter.getValue()).as("the choice holds for the session").isTrue();
        assertThat(next.decision.getValue()).as("nothing decided for the last article carries over").isNull();
        assertThat(next.opinion.getValue()).isEmpty();
        assertThat(articles.find(unit.submitter(), first.id()).status()).isEqualTo(ArticleStatus.SUBMITTED);

        _setValue(next.decision, UnitDecision.APPROVE);
        _click(next.complete);
        _assertOne(InboxView.class);
        NotificationsKt.expectNotifications("已同意，稿件已报送省文明办", "已同意，稿件已报送省文明办",
                "本单位没有更多待审核的稿件");
        assertThat(articles.find(unit.submitter(), second.id()).status()).isEqualTo(ArticleStatus.SUBMITTED);
    }

    @Test
    void anOpinionTooLongOrThatCannotBeStoredIsRefusedAtItsFieldAndTheArticleWaits() {
        UnitApprovalFixtures.TestUnit unit = fixtures.unitRequiringApproval();
        Article article = fixtures.submitted(unit.submitter());
        String taskId = fixtures.taskOf(article, "Task_UnitApproval");

        assertThatThrownBy(() -> unitApproval.decide(unit.leader(), taskId, UnitDecision.RETURN, "请补充\u0000"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("opinion", TypedText.UNSTORABLE));
        assertThatThrownBy(() -> unitApproval.decide(unit.leader(), taskId, UnitDecision.APPROVE,
                "长".repeat(ArticleTasks.COMMENT_MAX + 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("opinion", TypedText.TOO_LONG));
        assertThat(articles.find(unit.submitter(), article.id()).status()).isEqualTo(ArticleStatus.UNIT_APPROVAL);
        assertThat(fixtures.taskOf(article, "Task_UnitApproval")).isEqualTo(taskId);

        openAs(unit.leader().username());
        UI.getCurrent().navigate("tasks/article-unit-approval/" + taskId);
        ArticleUnitApprovalForm form = _get(ArticleUnitApprovalForm.class);
        _setValue(form.decision, UnitDecision.RETURN);
        _setValue(form.opinion, "请补充\u0000");
        _click(form.complete);
        assertThat(form.opinion.getErrorMessage()).isEqualTo("含有无法保存的控制字符，请删除");
        assertThat(form.opinion.getValue()).as("nothing typed is lost").isEqualTo("请补充\u0000");
    }

    @Test
    void aLeaderOfAnotherUnitFindsNeitherTheTaskNorTheArticle() {
        UnitApprovalFixtures.TestUnit unit = fixtures.unitRequiringApproval();
        UnitApprovalFixtures.TestUnit other = fixtures.unitRequiringApproval();
        Article article = fixtures.submitted(unit.submitter());
        String taskId = fixtures.taskOf(article, "Task_UnitApproval");

        openAs(other.leader().username());
        UI.getCurrent().navigate("tasks/article-unit-approval/" + taskId);
        _get(Div.class, spec -> spec.withId("task-gone"));
        UI.getCurrent().navigate("articles/" + article.id());
        _assertOne(NotFoundView.class);
        assertThatThrownBy(() -> unitApproval.decide(other.leader(), taskId, UnitDecision.APPROVE, null))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThat(articles.find(unit.submitter(), article.id()).status()).isEqualTo(ArticleStatus.UNIT_APPROVAL);
    }

    @Test
    void aSubmitterWhoIsAlsoLeaderCannotApproveTheirOwnArticle() {
        UnitApprovalFixtures.TestUnit unit = fixtures.unitRequiringApproval();
        AppUser both = fixtures.person(unit.unit(), "兼任", EnumSet.of(Role.SUBMITTER, Role.UNIT_LEADER));
        Article article = fixtures.submitted(both);
        String taskId = fixtures.taskOf(article, "Task_UnitApproval");

        openAs(both.username());
        inbox.claim(taskId, both); // 办理 in the inbox takes the task before the form opens
        assertThat(inbox.offeredTo(unit.leader())).extracting(OpenTask::id).doesNotContain(taskId);
        UI.getCurrent().navigate("tasks/article-unit-approval/" + taskId);
        ArticleUnitApprovalForm form = _get(ArticleUnitApprovalForm.class);
        assertThat(_get(Div.class, spec -> spec.withId("own-article")).getText())
                .isEqualTo("这篇稿件由您本人撰写或报送，不能由您审核，已留给本单位其他审核人办理。");
        assertThat(form.complete.isEnabled()).isFalse();
        assertThat(inbox.offeredTo(unit.leader())).extracting(OpenTask::id).as("given back to the unit's leaders")
                .contains(taskId);
        assertThat(inbox.assignedTo(both)).extracting(OpenTask::id).doesNotContain(taskId);
        assertThatThrownBy(() -> unitApproval.decide(both, taskId, UnitDecision.APPROVE, null))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldMessageKeys())
                        .containsEntry("decision", "unitapproval.ownArticle"));
        assertThat(articles.find(both, article.id()).status()).isEqualTo(ArticleStatus.UNIT_APPROVAL);

        unitApproval.decide(unit.leader(), taskId, UnitDecision.APPROVE, "同意报送");
        assertThat(articles.find(both, article.id()).status()).isEqualTo(ArticleStatus.SUBMITTED);
    }

    @Test
    void aLeaderWhoSentAnArticleIsNotOfferedItButIsOfferedTheirColleagues() {
        UnitApprovalFixtures.TestUnit unit = fixtures.unitRequiringApproval();
        AppUser both = fixtures.person(unit.unit(), "兼任", EnumSet.of(Role.SUBMITTER, Role.UNIT_LEADER));
        String own = fixtures.taskOf(fixtures.submitted(both), "Task_UnitApproval");
        String colleagues = fixtures.taskOf(fixtures.submitted(unit.submitter()), "Task_UnitApproval");

        assertThat(inbox.offeredTo(both)).extracting(OpenTask::id).containsExactly(colleagues);
        assertThat(inbox.offeredList(both, 50).firstPage()).extracting(OpenTask::id).containsExactly(colleagues);
        assertThat(inbox.offeredList(both, 50).total()).isEqualTo(1);
        assertThat(inbox.waitingFor(both)).as("the menu's count agrees with the list").isEqualTo(1);
        assertThat(inbox.offeredTo(unit.leader())).extracting(OpenTask::id).as("the unit's other leader has both")
                .contains(own, colleagues);

        assertThat(inbox.takeNext(both, "Task_UnitApproval")).map(OpenTask::id).as("the next one is the colleague's")
                .contains(colleagues);
        assertThat(inbox.takeNext(both, "Task_UnitApproval")).map(OpenTask::id).as("asked again, the one they now hold")
                .contains(colleagues);
        unitApproval.decide(both, colleagues, UnitDecision.APPROVE, null);
        assertThat(inbox.takeNext(both, "Task_UnitApproval")).as("their own is never taken for them").isEmpty();
        assertThat(inbox.offeredTo(unit.leader())).extracting(OpenTask::id).contains(own);
    }

    @Test
    void anArticleSentByTheUnitsOnlyLeaderSaysOnItsPageThatAnotherLeaderIsNeeded() {
        UnitApprovalFixtures.TestUnit unit = fixtures.unitRequiringApproval();
        directory.setActive(unit.leader().id(), false);
        AppUser onlyLeader = fixtures.person(unit.unit(), "兼任", EnumSet.of(Role.SUBMITTER, Role.UNIT_LEADER));
        Article article = fixtures.submitted(onlyLeader);

        String taskId = fixtures.taskOf(article, "Task_UnitApproval");
        String noOtherLeader = "本单位目前没有其他审核人能审核这篇稿件（撰写或报送稿件的人不能审核本人的稿件）。"
                + "请联系管理员在“单位与人员”中为本单位增设审核人。";

        openAs(unit.submitter().username());
        UI.getCurrent().navigate("articles/" + article.id());
        assertThat(_get(Span.class, spec -> spec.withId("no-other-leader")).getText()).isEqualTo(noOtherLeader);
        openAs(onlyLeader.username());
        inbox.claim(taskId, onlyLeader);
        UI.getCurrent().navigate("tasks/article-unit-approval/" + taskId);
        assertThat(_get(Div.class, spec -> spec.withId("own-article")).getText()).as("not left to anyone")
                .isEqualTo(noOtherLeader);

        directory.setActive(unit.leader().id(), true);
        UI.getCurrent().navigate("articles/" + article.id());
        _assertNone(Span.class, spec -> spec.withId("no-other-leader"));
        assertThat(inbox.offeredTo(unit.leader())).extracting(OpenTask::id).contains(taskId);
    }

    @Test
    void theSubmitterWithdrawsWhileTheLeaderHasIt() {
        UnitApprovalFixtures.TestUnit unit = fixtures.unitRequiringApproval();
        Article article = fixtures.submitted(unit.submitter());
        String taskId = fixtures.taskOf(article, "Task_UnitApproval");

        openAs(unit.submitter().username());
        UI.getCurrent().navigate("articles/" + article.id());
        assertThat(_get(Span.class, spec -> spec.withId("article-status")).getText()).isEqualTo("待单位审核");
        _get(ArticleDetailView.class).withdraw("写错了数据");

        assertThat(articles.find(unit.submitter(), article.id()).status()).isEqualTo(ArticleStatus.WITHDRAWN);
        assertThatThrownBy(() -> unitApproval.decide(unit.leader(), taskId, UnitDecision.APPROVE, null))
                .isInstanceOf(TaskNotAvailableException.class);
    }

    @Test
    void aSubmitterCannotOpenTheLeadersForm() {
        UnitApprovalFixtures.TestUnit unit = fixtures.unitRequiringApproval();
        Article article = fixtures.submitted(unit.submitter());
        openAs(unit.submitter().username());
        UI.getCurrent().navigate("tasks/article-unit-approval/" + fixtures.taskOf(article, "Task_UnitApproval"));
        _assertNone(ArticleUnitApprovalForm.class);
        _assertOne(AccessDeniedView.class);
    }
}
