package com.briefingdesk.commission;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.briefingdesk.Office;
import com.briefingdesk.UiTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleEditorView;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditEvent;
import com.briefingdesk.audit.AuditQuery;
import com.briefingdesk.audit.AuditSearch;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.layout.AccessDeniedView;
import com.briefingdesk.monitoring.ProcessDetailView;
import com.briefingdesk.task.InboxView;
import com.briefingdesk.task.OpenTask;
import com.briefingdesk.task.TaskInbox;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The notice form, the answer form, the article editor's link to a notice and the notice's view, browserless. */
class CommissionFormsTest extends UiTest {

    @Autowired
    CommissionFixtures fixtures;
    @Autowired
    TaskInbox inbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Commissions commissions;
    @Autowired
    AuditSearch auditSearch;

    static String text(String id) {
        return _get(UnorderedList.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void anEditorIssuesANoticeAndBadInputIsSaidAtItsFieldWithNothingLost() {
        Unit east = fixtures.freshUnit("东区");
        String topic = "文明城市创建" + System.nanoTime();
        openAs("editor");
        UI.getCurrent().navigate(CommissionNoticeForm.class);
        CommissionNoticeForm form = _get(CommissionNoticeForm.class);
        _setValue(form.topic, topic);
        _setValue(form.requirements, "请报送创建工作中的典型经验。\u0007"); // a bell pasted along
        _setValue(form.deadline, LocalDateTime.now(Office.ZONE).minusDays(1).withNano(0));

        _click(form.issue);

        assertThat(form.requirements.getErrorMessage()).isEqualTo("含有无法保存的控制字符，请删除");
        assertThat(form.requirements.getValue()).isEqualTo("请报送创建工作中的典型经验。\u0007");
        _setValue(form.requirements, "请报送创建工作中的典型经验。");
        assertThat(form.deadline.isInvalid()).isTrue();
        assertThat(form.deadline.getErrorMessage()).isEqualTo("截止时间须晚于当前时间");
        assertThat(form.units.isInvalid()).isTrue();
        assertThat(form.units.getErrorMessage()).isEqualTo("请至少选择一个约稿单位，或勾选“面向全部报送单位”");
        assertThat(form.topic.getValue()).isEqualTo(topic);
        assertThat(form.requirements.getValue()).isEqualTo("请报送创建工作中的典型经验。");
        assertThat(jdbc.sql("select count(*) from commission where topic = :t").param("t", topic).query(Long.class)
                .single()).isZero();
        UI.getCurrent().navigate(CommissionsView.class); // a slip onto the menu: the notice is not lost
        ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-work"));
        ConfirmDialogKt._fireCancel(ask);
        ask.close();
        _assertOne(CommissionNoticeForm.class);

        _setValue(form.deadline, LocalDateTime.now(Office.ZONE).plusDays(7).withNano(0));
        _setValue(form.units, Set.of(unitIn(form, east)));
        _click(form.issue);

        CommissionDetailView detail = _get(CommissionDetailView.class);
        assertThat(detail).isNotNull();
        assertThat(text("commission-open")).contains(east.name());
        assertThat(_get(Span.class, spec -> spec.withId("commission-state")).getText()).isEqualTo("征集中");
    }

    @Test
    void theNoticeFormNamesTheChosenUnitsThatHaveNobodyToAnswer() {
        Unit staffed = fixtures.freshUnit("北区");
        fixtures.submitter(staffed);
        Unit unstaffed = fixtures.freshUnit("南区");
        openAs("editor");
        UI.getCurrent().navigate(CommissionNoticeForm.class);
        CommissionNoticeForm form = _get(CommissionNoticeForm.class);

        _setValue(form.units, Set.of(unitIn(form, staffed), unitIn(form, unstaffed)));
        assertThat(form.units.getHelperText()).isEqualTo("以下单位没有在用的报送员，无人答复：" + unstaffed.name()
                + "。请联系管理员在“单位与人员”中为其设置报送员。");
        _setValue(form.units, Set.of(unitIn(form, staffed)));
        assertThat(form.units.getHelperText()).isNull();
        _setValue(form.allUnits, true);
        assertThat(form.units.getHelperText()).contains(unstaffed.name()).doesNotContain(staffed.name());
    }

    static Unit unitIn(CommissionNoticeForm form, Unit unit) {
        return form.units.getListDataView().getItems().filter(u -> u.id() == unit.id()).findFirst().orElseThrow();
    }

    @Test
    void aUnitAnswersWithANewArticleWrittenForTheNoticeAndTheEditorSeesWhoAnsweredDeclinedOrIsLate() {
        Unit west = fixtures.freshUnit("西区");
        Unit centre = fixtures.freshUnit("中区");
        Unit quiet = fixtures.freshUnit("静区");
        AppUser westSubmitter = fixtures.submitter(west);
        AppUser centreSubmitter = fixtures.submitter(centre);
        Commission commission = fixtures.issued("志愿服务典型" + System.nanoTime(), west, centre, quiet);
        Article older = fixtures.submitted(westSubmitter, "西区以往报送的稿件");
        String westTask = fixtures.taskOf(commission, west);

        openAs(westSubmitter.username());
        assertThat(inbox.offeredTo(westSubmitter)).filteredOn(t -> t.id().equals(westTask))
                .extracting(t -> t.subject().title()).containsExactly(commission.topic());
        UI.getCurrent().navigate("tasks/commission-answer/" + westTask);
        CommissionAnswerForm answer = _get(CommissionAnswerForm.class);
        assertThat(answer.articles.getListDataView().getItems()).extracting(Article::id).contains(older.id());
        _click(answer.answer);
        assertThat(answer.articles.isInvalid()).isTrue();
        assertThat(answer.articles.getErrorMessage()).startsWith("请至少选择一篇稿件");

        _click(answer.writeNew);
        _assertOne(ArticleEditorView.class);
        assertThat(_get(Span.class, spec -> spec.withId("commission-banner")).getText())
                .contains(commission.topic());
        var content = SampleArticles.content(SampleArticles.jurong());
        _setValue(_get(TextField.class, spec -> spec.withId("title")), "西区为约稿新写的稿件");
        _setValue(_get(TextArea.class, spec -> spec.withId("body")), content.getBody());
        _setValue(_get(TextField.class, spec -> spec.withId("authors")), "王五");
        _setValue(_get(TextField.class, spec -> spec.withId("phone")), "0511-87654321");
        _click(_get(Button.class, spec -> spec.withId("submit")));

        UI.getCurrent().navigate("tasks/commission-answer/" + westTask);
        answer = _get(CommissionAnswerForm.class);
        assertThat(answer.articles.getValue()).extracting(Article::title).containsExactly("西区为约稿新写的稿件");
        _click(answer.answer);
        _assertOne(InboxView.class);
        assertThat(inbox.offeredTo(westSubmitter)).extracting(OpenTask::id).doesNotContain(westTask);

        openAs(centreSubmitter.username());
        UI.getCurrent().navigate("tasks/commission-answer/" + fixtures.taskOf(commission, centre));
        CommissionAnswerForm decline = _get(CommissionAnswerForm.class);
        _click(decline.decline);
        assertThat(decline.reason.isInvalid()).isTrue();
        assertThat(decline.reason.getErrorMessage()).isEqualTo("婉拒时须写明理由");
        _setValue(decline.reason, "本季度无相关活动");
        _click(decline.decline);
        _assertOne(InboxView.class);

        fixtures.managementService.executeJob(fixtures.timer(commission, "BoundaryEvent_Deadline").getId());

        openAs("editor");
        UI.getCurrent().navigate(CommissionDetailView.location(commission.id()));
        assertThat(text("commission-answered")).contains(west.name(), "报送：西区为约稿新写的稿件")
                .doesNotContain("西区以往报送的稿件");
        Anchor link = _get(Anchor.class, spec -> spec.withText("西区为约稿新写的稿件"));
        assertThat(link.getHref()).matches("articles/[0-9]+");
        assertThat(text("commission-declined")).contains(centre.name(), "婉拒理由：本季度无相关活动");
        assertThat(text("commission-late")).contains(quiet.name());
        // No unit still owes an answer: the heading says so, and no empty list leaves a gap under it.
        _get(H3.class, spec -> spec.withText("待答复（0）"));
        _assertNone(UnorderedList.class, spec -> spec.withId("commission-open"));
        assertThat(_get(Span.class, spec -> spec.withId("commission-state")).getText()).isEqualTo("已截止");
        UI.getCurrent().navigate(CommissionsView.class);
        CommissionsView list = _get(CommissionsView.class);
        int row = list.grid.getGenericDataView().getItems().map(Commission::id).toList().indexOf(commission.id());
        assertThat(GridKt._getFormatted(list.grid, row, "answered")).as("answered or declined, of the units asked")
                .isEqualTo("2 / 3");

        openAs("admin");
        UI.getCurrent().navigate("admin/processes/commission/" + commission.id());
        assertThat(_get(ProcessDetailView.class).getElement().getTextRecursively())
                .contains(commission.topic(), "单位答复", "已婉拒", "本季度无相关活动", "Mark unanswered units late");
    }

    @Test
    void anEditorRemindsTheUnitsThatHaveNotAnsweredWithoutWaitingForTheTimer() {
        Unit east = fixtures.freshUnit("东区");
        fixtures.submitter(east);
        Unit south = fixtures.freshUnit("南区");
        AppUser southSubmitter = fixtures.submitter(south);
        Unit west = fixtures.freshUnit("西区"); // nobody to answer there
        Commission commission = fixtures.issued("催办约稿" + System.nanoTime(), east, south, west);
        openAs(southSubmitter.username());
        UI.getCurrent().navigate("tasks/commission-answer/" + fixtures.taskOf(commission, south));
        CommissionAnswerForm decline = _get(CommissionAnswerForm.class);
        _setValue(decline.reason, "本月无相关活动");
        UI.getCurrent().navigate(InboxView.class); // the reason typed is not lost on a slip onto the menu
        ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-work"));
        ConfirmDialogKt._fireCancel(ask);
        ask.close();
        _assertOne(CommissionAnswerForm.class);
        _click(decline.decline);
        _assertOne(InboxView.class); // declined: leaves without asking

        openAs("editor");
        UI.getCurrent().navigate(CommissionDetailView.location(commission.id()));
        CommissionDetailView detail = _get(CommissionDetailView.class);
        assertThat(detail.remind.getText()).isEqualTo("催办未答复单位（1）");
        assertThat(text("commission-open")).contains(west.name() + " · 本单位没有报送员");
        _click(detail.remind);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("commission-remind-confirm"));
        assertThat(confirm.getElement().getProperty("message")).endsWith("以下单位没有报送员，不予催办：" + west.name() + "。");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(text("commission-open")).contains(east.name() + " · 已催办 1 次");
        assertThat(commissions.responses(fixtures.user("editor"), commission.id()))
                .extracting(UnitResponse::unitId, UnitResponse::reminders)
                .containsExactlyInAnyOrder(tuple(east.id(), 1), tuple(south.id(), 0), tuple(west.id(), 0));
        assertThat(auditSearch.search(fixtures.user("admin"), new AuditQuery("editor",
                AuditAction.COMMISSION_REMINDED, null, String.valueOf(commission.id()), null, null, null)))
                .extracting(AuditEvent::detail).containsExactly(east.name());
        assertThat(auditSearch.search(fixtures.user("admin"), new AuditQuery("editor",
                AuditAction.COMMISSION_ISSUED, null, String.valueOf(commission.id()), null, null, null)))
                .extracting(AuditEvent::detail).containsExactly(commission.topic());
        assertThatThrownBy(() -> commissions.remindOpenNow(southSubmitter, commission.id()))
                .isInstanceOf(NotFoundException.class);

        fixtures.managementService.executeJob(fixtures.timer(commission, "BoundaryEvent_Deadline").getId());
        UI.getCurrent().navigate(CommissionDetailView.location(commission.id()));
        assertThat(_get(CommissionDetailView.class).remind.isVisible()).as("a closed notice reminds nobody").isFalse();
        assertThatThrownBy(() -> commissions.remindOpenNow(fixtures.user("editor"), commission.id()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyTheAskedUnitsSubmittersOpenTheAnswerFormAndOnlyEditorsTheNoticeForm() {
        Unit asked = fixtures.freshUnit("问区");
        Commission commission = fixtures.issued("越权测试", asked);
        String task = fixtures.taskOf(commission, asked);

        openAs("kunshan");
        UI.getCurrent().navigate("tasks/commission-answer/" + task);
        assertThat(_get(CommissionAnswerForm.class).getElement().getTextRecursively())
                .contains("该任务已由他人办理");
        UI.getCurrent().navigate(CommissionNoticeForm.class);
        _assertOne(AccessDeniedView.class);
        fixtures.managementService.executeJob(fixtures.timer(commission, "BoundaryEvent_Deadline").getId());
    }
}
