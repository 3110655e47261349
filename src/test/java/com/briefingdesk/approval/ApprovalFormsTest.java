package com.briefingdesk.approval;

import static com.briefingdesk.ReloadQuestion.dialogWouldAsk;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.Office;
import com.briefingdesk.UiTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.layout.NotFoundView;
import com.briefingdesk.task.InboxView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The approval actions as people use them on the forms, without a browser. */
class ApprovalFormsTest extends UiTest {

    @Autowired
    ApprovalFixtures fixtures;
    @Autowired
    PhraseBook phrases;
    @Autowired
    ReadingCopies copies;
    @Autowired
    AwayDelegations delegations;

    static AppUser item(ComboBox<AppUser> box, AppUser user) {
        return box.getGenericDataView().getItems().filter(u -> u.id() == user.id()).findFirst().orElseThrow();
    }

    @Test
    void anEditorTransfersATriageFromItsFormAndAMissingColleagueIsMarkedAtTheField() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        AppUser colleague = fixtures.officePerson(Role.EDITOR);
        String taskId = fixtures.openTask(article.processInstanceId()).getId();

        openAs("editor");
        UI.getCurrent().navigate("tasks/article-triage/" + taskId);
        _click(_get(TaskActionBar.class).transfer);
        HandOnDialog dialog = _get(HandOnDialog.class);
        assertThat(dialog.isCloseOnOutsideClick()).as("a stray click beside it keeps the typing").isFalse();
        assertThat(dialogWouldAsk(dialog)).as("nothing typed yet").isFalse();
        _setValue(dialog.note, "本稿请专题编辑办理");
        assertThat(dialogWouldAsk(dialog)).as("a reload asks about the note typed").isTrue();
        _click(dialog.confirm);
        assertThat(dialog.colleague.isInvalid()).isTrue();
        assertThat(dialog.colleague.getErrorMessage()).isEqualTo("请选择同事");
        assertThat(dialog.note.getValue()).isEqualTo("本稿请专题编辑办理");
        assertThat(dialog.colleague.getGenericDataView().getItems().map(AppUser::username))
                .contains("editor2", colleague.username()).doesNotContain("editor", "reviewer");

        _setValue(dialog.colleague, item(dialog.colleague, colleague));
        _click(dialog.confirm);
        _assertOne(InboxView.class);
        assertThat(fixtures.openTask(article.processInstanceId()).getAssignee()).isEqualTo(colleague.username());
    }

    @Test
    void aColleagueAskedForAnOpinionAnswersWithAPhraseAndTheOwnerSeesIt() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        AppUser delegate = fixtures.officePerson(Role.EDITOR);
        String taskId = fixtures.openTask(article.processInstanceId()).getId();

        openAs("editor");
        UI.getCurrent().navigate("tasks/article-triage/" + taskId);
        _click(_get(TaskActionBar.class).delegate);
        HandOnDialog dialog = _get(HandOnDialog.class);
        _setValue(dialog.colleague, item(dialog.colleague, delegate));
        _setValue(dialog.note, "请核实文中数据");
        _click(dialog.confirm);
        _assertOne(InboxView.class);

        openAs(delegate.username());
        UI.getCurrent().navigate("tasks/article-triage/" + taskId);
        TaskActionBar bar = _get(TaskActionBar.class);
        assertThat(bar.asked.getText()).startsWith("王敏（编辑） 委派您对此事项提出意见");
        assertThat(bar.buttons.getChildren()).contains(bar.answer).doesNotContain(bar.transfer, bar.delegate);
        _click(bar.answer);
        AnswerDialog answer = _get(AnswerDialog.class);
        assertThat(answer.isCloseOnOutsideClick()).as("a stray click beside it keeps the typing").isFalse();
        assertThat(dialogWouldAsk(answer)).as("nothing typed yet").isFalse();
        _click(answer.confirm);
        assertThat(answer.opinion.isInvalid()).isTrue();
        assertThat(answer.opinion.getErrorMessage()).isEqualTo("请填写意见");
        _setValue(answer.opinion.phrases, "同意");
        assertThat(answer.opinion.getValue()).isEqualTo("同意");
        _setValue(answer.opinion, "数据已核实，同意采用");
        assertThat(dialogWouldAsk(answer)).as("a reload asks about the opinion typed").isTrue();
        _click(answer.confirm);
        _assertOne(InboxView.class);

        Task back = fixtures.openTask(article.processInstanceId());
        assertThat(back.getAssignee()).isEqualTo("editor");
        openAs("editor");
        UI.getCurrent().navigate("tasks/article-triage/" + taskId);
        assertThat(_get(ApprovalActs.class).list.getElement().getTextRecursively())
                .contains("委派", "稿件初审 → " + delegate.displayName(), "请核实文中数据", "委派意见",
                        "数据已核实，同意采用").doesNotContain("Triage article");
    }

    @Test
    void theOpinionFieldOffersCommonAndOwnPhrasesAndKeepsANewOne() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        AppUser editor = fixtures.officePerson(Role.EDITOR);
        phrases.add(editor, "请压缩至一千字以内");
        String taskId = fixtures.openTask(article.processInstanceId()).getId();

        openAs(editor.username());
        UI.getCurrent().navigate("tasks/article-triage/" + taskId);
        OpinionField comment = _get(OpinionField.class);
        assertThat(comment.phrases.getGenericDataView().getItems())
                .startsWith("同意", "同意印发", "已阅", "请修改后再报").contains("请压缩至一千字以内");
        _setValue(comment.phrases, "请修改后再报");
        _setValue(comment.phrases, "请压缩至一千字以内");
        assertThat(comment.getValue()).isEqualTo("请修改后再报请压缩至一千字以内");
        _setValue(comment, "标题请点明主题");
        _click(comment.keep);
        assertThat(phrases.of(editor)).containsExactly("请压缩至一千字以内", "标题请点明主题");
        assertThat(comment.phrases.getGenericDataView().getItems()).contains("标题请点明主题");

        _click(comment.manage);
        PhraseDialog dialog = _get(PhraseDialog.class);
        _click(dialog.add);
        assertThat(dialog.phrase.getErrorMessage()).isEqualTo("常用语不能为空");
        dialog.remove("请压缩至一千字以内");
        assertThat(phrases.of(editor)).containsExactly("标题请点明主题");
        assertThat(comment.phrases.getGenericDataView().getItems()).doesNotContain("请压缩至一千字以内");
    }

    @Test
    void anArticleIsSentForReadingAndOnlyItsReadersOpenItAndMarkItRead() {
        Unit unit = fixtures.freshUnit();
        AppUser submitter = fixtures.submitter(unit);
        Article article = fixtures.submitted(submitter);
        AppUser reader = fixtures.officePerson(Role.REVIEWER);

        openAs(submitter.username());
        UI.getCurrent().navigate("articles/" + article.id());
        _click(_get(CopyButton.class));
        CopyDialog dialog = _get(CopyDialog.class);
        assertThat(dialog.isCloseOnOutsideClick()).as("a stray click beside it keeps the typing").isFalse();
        _click(dialog.send);
        assertThat(dialog.recipients.getErrorMessage()).isEqualTo("请至少选择一位传阅人");
        AppUser readerItem = dialog.recipients.getGenericDataView().getItems().filter(u -> u.id() == reader.id())
                .findFirst().orElseThrow();
        _setValue(dialog.recipients, Set.of(readerItem));
        _setValue(dialog.note, "请审核人提前阅知");
        assertThat(dialogWouldAsk(dialog)).as("a reload asks about the note typed").isTrue();
        _click(dialog.send);
        _assertNone(CopyDialog.class);
        long copyId = copies.sentBy(submitter).get(0).id();

        openAs(reader.username());
        UI.getCurrent().navigate(ForReadingView.class);
        ForReadingView list = _get(ForReadingView.class);
        assertThat(list.toMe.getGenericDataView().getItems()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo(article.title());
            assertThat(c.readAt()).isNull();
        });
        UI.getCurrent().navigate("reading/" + copyId);
        ReadingCopyView view = _get(ReadingCopyView.class);
        assertThat(view.getElement().getTextRecursively()).contains(article.title(), "请审核人提前阅知",
                submitter.displayName());
        _click(view.markRead);
        assertThat(view.markRead.isVisible()).isFalse();

        openAs(submitter.username());
        UI.getCurrent().navigate("reading/" + copyId);
        assertThat(_get(ReadingCopyView.class).readers.getText()).startsWith("已阅 1/1：" + reader.displayName());

        openAs("editor2");
        UI.getCurrent().navigate("reading/" + copyId);
        _assertNone(ReadingCopyView.class);
        _assertOne(NotFoundView.class);
    }

    @Test
    void aSubmitterNamesADeputyAndBadPeriodsAreRefusedAtTheirFields() {
        Unit unit = fixtures.freshUnit();
        AppUser away = fixtures.submitter(unit);
        AppUser deputy = fixtures.submitter(unit);
        LocalDate today = Office.today();

        openAs(away.username());
        UI.getCurrent().navigate(AwayDelegationView.class);
        AwayDelegationView view = _get(AwayDelegationView.class);
        _click(view.save);
        assertThat(view.deputy.getErrorMessage()).isEqualTo("请选择受托人");
        assertThat(view.start.getErrorMessage()).isEqualTo("请选择开始日期");
        assertThat(view.end.getErrorMessage()).isEqualTo("请选择结束日期");

        _setValue(view.deputy, item(view.deputy, deputy));
        _setValue(view.start, today.minusDays(1));
        _setValue(view.end, today.plusDays(1));
        _click(view.save);
        assertThat(view.start.isInvalid()).isTrue();
        assertThat(view.start.getErrorMessage()).isEqualTo("开始日期不能早于今天");
        assertThat(view.deputy.getValue().id()).isEqualTo(deputy.id());

        _setValue(view.start, today);
        _click(view.save);
        assertThat(view.current.getGenericDataView().getItems()).singleElement()
                .satisfies(d -> assertThat(d.deputyName()).isEqualTo(deputy.displayName()));

        _setValue(view.deputy, item(view.deputy, deputy));
        _setValue(view.start, today.plusDays(1));
        _setValue(view.end, today.plusDays(2));
        _click(view.save);
        assertThat(view.start.getErrorMessage()).isEqualTo("与您已有的委托期间重叠");

        view.stop(view.current.getGenericDataView().getItems().findFirst().orElseThrow());
        assertThat(view.current.getGenericDataView().getItems()).isEmpty();
    }

    @Test
    void aDeputyOpensTheRevisionOfThePersonAwayAndIsToldOnWhoseBehalf() {
        Unit unit = fixtures.freshUnit();
        AppUser absent = fixtures.submitter(unit);
        AppUser deputy = fixtures.submitter(unit);
        LocalDate today = Office.today();
        delegations.create(absent, deputy.username(), today, today, java.time.Instant.now());
        Article returned = fixtures.returned(absent);

        openAs(deputy.username());
        UI.getCurrent().navigate("tasks/article-revise/" + fixtures.openTask(returned.processInstanceId()).getId());
        TaskActionBar bar = _get(TaskActionBar.class);
        assertThat(bar.asked.getText()).isEqualTo("您代 " + absent.displayName() + " 办理此事项（委托）。");
        assertThat(bar.buttons.getChildren()).contains(bar.transfer, bar.delegate);
    }
}
