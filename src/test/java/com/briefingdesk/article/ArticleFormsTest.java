package com.briefingdesk.article;

import static com.briefingdesk.ReloadQuestion.browserEvent;
import static com.briefingdesk.ReloadQuestion.toldTheBrowser;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.UiTest;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.BundleI18NProvider;
import com.briefingdesk.kernel.LanguageSelection;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.briefingdesk.layout.NotFoundView;
import com.briefingdesk.task.InboxView;
import com.briefingdesk.task.TaskInbox;
import com.briefingdesk.task.TaskNotAvailableException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The article forms as a person uses them, without a browser: messages at the fields, nothing typed lost. */
class ArticleFormsTest extends UiTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ArticleTasks articleTasks;
    @Autowired
    ArticleReminders reminders;
    @Autowired
    UserDirectory directory;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskInbox inbox;

    AppUser user(String username) {
        return directory.findByUsername(username).orElseThrow();
    }

    String triageTaskId(Article article) {
        return taskService.createTaskQuery().processInstanceId(article.processInstanceId())
                .taskDefinitionKey("Task_Triage").singleResult().getId();
    }

    Article submittedByKunshan() {
        Article draft = articles.createDraft(user("kunshan"), SampleArticles.content(SampleArticles.kunshan()));
        return articles.submit(user("kunshan"), draft.id());
    }

    @Test
    void aSubmitterFindsTheUnitsArticlesByWordsOfTheTitleAndByStatus() {
        String marker = "周报" + System.nanoTime();
        String body = SampleArticles.kunshan().body();
        Article draft = articles.createDraft(user("kunshan"),
                new ArticleContent("昆山市：" + marker + "志愿服务", "工作交流", "市文明办", "0512-57512345", body));
        Article draftOfAColleague = articles.createDraft(user("kunshan"),
                new ArticleContent("昆山市：" + marker + "文明实践", "工作交流", "市文明办", "0512-57512345", body));
        Article submitted = articles.submit(user("kunshan"), draftOfAColleague.id());

        openAs("kunshan");
        UI.getCurrent().navigate(MySubmissionsView.class);
        MySubmissionsView mine = _get(MySubmissionsView.class);
        assertThat(mine.grid.getListDataView().getItems().map(Article::id)).contains(draft.id(), submitted.id());

        _setValue(mine.words, " " + marker + " ");
        assertThat(mine.grid.getListDataView().getItems().map(Article::id))
                .containsExactlyInAnyOrder(draft.id(), submitted.id());
        _setValue(mine.status, ArticleStatus.SUBMITTED);
        assertThat(mine.grid.getListDataView().getItems().map(Article::id)).containsExactly(submitted.id());
        _setValue(mine.words, marker + "志愿服务");
        assertThat(mine.grid.getListDataView().getItems()).isEmpty();
        assertThat(mine.grid.getEmptyStateText()).isEqualTo("本单位没有符合条件的稿件。");
        _setValue(mine.status, null);
        assertThat(mine.grid.getListDataView().getItems().map(Article::id)).containsExactly(draft.id());

        // a colleague saves another; choosing 我的报送 again shows it, the search kept
        Article another = articles.createDraft(user("kunshan"),
                new ArticleContent("昆山市：" + marker + "志愿服务续篇", "工作交流", "市文明办", "0512-57512345", body));
        UI.getCurrent().navigate(MySubmissionsView.class);
        assertThat(_get(MySubmissionsView.class)).isSameAs(mine);
        assertThat(mine.grid.getListDataView().getItems().map(Article::id))
                .containsExactlyInAnyOrder(draft.id(), another.id());
    }

    @Test
    void theEditorsDecisionShowsInTheUnitsListAtTheNextPollWithTheSearchKept() {
        Article article = submittedByKunshan();
        openAs("kunshan");
        UI.getCurrent().navigate(MySubmissionsView.class);
        MySubmissionsView mine = _get(MySubmissionsView.class);
        _setValue(mine.words, article.title());
        Object before = mine.grid.getDataProvider();
        poll();
        assertThat(mine.grid.getDataProvider()).as("nothing new: the list is left as it is").isSameAs(before);

        articleTasks.triage(user("editor"), triageTaskId(article), TriageDecision.ACCEPT, null, null,
                article.version());
        poll();
        assertThat(mine.grid.getListDataView().getItems().filter(a -> a.id() == article.id()).map(Article::status))
                .containsExactly(ArticleStatus.ACCEPTED);
        assertThat(mine.words.getValue()).isEqualTo(article.title());
    }

    @Test
    void badInputIsNamedAtEachFieldAndNothingTypedIsLostOrSaved() {
        openAs("kunshan");
        int before = articles.ofMyUnit(user("kunshan")).size();
        UI.getCurrent().navigate(ArticleEditorView.class);
        ArticleEditorView editor = _get(ArticleEditorView.class);

        _setValue(editor.fields.title, "标".repeat(101));
        _setValue(editor.fields.contactPhone, "12345");
        _setValue(editor.fields.body, "**一是广泛动员。**正文第一段");
        _click(editor.submit);

        assertThat(editor.fields.title.isInvalid()).isTrue();
        assertThat(editor.fields.title.getErrorMessage()).isEqualTo("标题不能超过 100 个字");
        assertThat(editor.fields.contactPhone.isInvalid()).isTrue();
        assertThat(editor.fields.contactPhone.getErrorMessage()).startsWith("电话号码格式不正确");
        assertThat(editor.fields.body.isInvalid()).isFalse();
        assertThat(editor.fields.title.getValue()).isEqualTo("标".repeat(101));
        assertThat(editor.fields.body.getValue()).isEqualTo("**一是广泛动员。**正文第一段");
        assertThat(articles.ofMyUnit(user("kunshan"))).hasSize(before);

        _setValue(editor.fields.title, "");
        _setValue(editor.fields.body, "  ");
        _click(editor.saveDraft);
        assertThat(editor.fields.title.getErrorMessage()).isEqualTo("请填写标题");
        assertThat(editor.fields.body.getErrorMessage()).isEqualTo("请填写正文");
        assertThat(articles.ofMyUnit(user("kunshan"))).hasSize(before);
    }

    @Test
    void leavingWithTypingNotSavedAsksFirstAndASavedDraftLeavesAtOnce() {
        openAs("kunshan");
        UI.getCurrent().navigate(ArticleEditorView.class);
        UI.getCurrent().navigate(MySubmissionsView.class);
        _assertOne(MySubmissionsView.class); // nothing typed, nothing to lose

        UI.getCurrent().navigate(ArticleEditorView.class);
        ArticleEditorView editor = _get(ArticleEditorView.class);
        _setValue(editor.fields.title, "写了一半的稿件");
        UI.getCurrent().navigate(MySubmissionsView.class);
        ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-work"));
        assertThat(ask.isOpened()).isTrue();
        _assertOne(ArticleEditorView.class);
        ConfirmDialogKt._fireCancel(ask); // 留在本页
        ask.close(); // as the browser closes it
        _assertOne(ArticleEditorView.class);
        assertThat(editor.fields.title.getValue()).isEqualTo("写了一半的稿件");

        _setValue(editor.fields.body, "正文第一段");
        _setValue(editor.fields.contactPhone, "0512-57512345");
        _click(editor.saveDraft);
        UI.getCurrent().navigate(MySubmissionsView.class);
        _assertOne(MySubmissionsView.class);
        Article draft = articles.ofMyUnit(user("kunshan")).stream().filter(a -> a.title().equals("写了一半的稿件"))
                .findFirst().orElseThrow();

        UI.getCurrent().navigate("articles/" + draft.id() + "/edit");
        editor = _get(ArticleEditorView.class);
        _setValue(editor.fields.body, "正文第一段，又改了一句");
        UI.getCurrent().navigate(MySubmissionsView.class);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("unsaved-work"))); // 放弃并离开
        _assertOne(MySubmissionsView.class);
        assertThat(articles.find(user("kunshan"), draft.id()).content().getBody()).isEqualTo("正文第一段");
    }

    @Test
    void aReloadOrAClosedTabIsAskedAboutByTheBrowserOnlyWhileTypingIsUnsaved() {
        openAs("kunshan");
        UI.getCurrent().navigate(ArticleEditorView.class);
        ArticleEditorView editor = _get(ArticleEditorView.class);
        assertThat(editor.getElement().getAttribute(UnsavedWork.GUARD_ATTRIBUTE)).as("the page's question looks here")
                .isNotNull();

        _setValue(editor.fields.title, "写了一半的稿件");
        browserEvent(editor, "change");
        assertThat(toldTheBrowser(editor)).containsExactly(true);

        _setValue(editor.fields.title, "");
        browserEvent(editor, "change");
        assertThat(toldTheBrowser(editor)).as("typed and taken back: nothing to lose").containsExactly(false);

        _setValue(editor.fields.title, "写了一半的稿件");
        _setValue(editor.fields.body, "正文第一段");
        _setValue(editor.fields.contactPhone, "0512-57512345");
        browserEvent(editor, "change");
        assertThat(toldTheBrowser(editor)).containsExactly(true);
        _click(editor.saveDraft);
        browserEvent(editor, "click");
        assertThat(toldTheBrowser(editor)).as("saved: a reload loses nothing").containsExactly(false);
    }

    @Test
    void theLanguageSwitchAndLogoutAskFirstWhenTheyWouldLoseTyping() {
        openAs("kunshan");
        UI.getCurrent().navigate(ArticleEditorView.class);
        ArticleEditorView editor = _get(ArticleEditorView.class);
        _setValue(editor.fields.title, "写了一半的稿件");

        _click(_get(Button.class, spec -> spec.withId("logout")));
        ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-work"));
        ConfirmDialogKt._fireCancel(ask); // 留在本页
        ask.close();
        _assertOne(ArticleEditorView.class);

        _click(_get(Button.class, spec -> spec.withId("switch-language")));
        ask = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-work"));
        ConfirmDialogKt._fireCancel(ask);
        ask.close();
        assertThat(LanguageSelection.current(VaadinSession.getCurrent())).as("staying keeps the language")
                .isEqualTo(BundleI18NProvider.CHINESE);
        assertThat(editor.fields.title.getValue()).isEqualTo("写了一半的稿件");

        _click(_get(Button.class, spec -> spec.withId("switch-language")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("unsaved-work"))); // 放弃并离开
        assertThat(LanguageSelection.current(VaadinSession.getCurrent())).isEqualTo(BundleI18NProvider.ENGLISH);
    }

    @Test
    void theLanguageSwitchWithNothingTypedAsksNothing() {
        openAs("kunshan");
        UI.getCurrent().navigate(ArticleEditorView.class);
        _click(_get(Button.class, spec -> spec.withId("switch-language")));
        _assertNone(ConfirmDialog.class);
        assertThat(LanguageSelection.current(VaadinSession.getCurrent())).isEqualTo(BundleI18NProvider.ENGLISH);
    }

    @Test
    void aSubmitterWritesAndSubmitsAnArticleAndSeesItsStatus() {
        openAs("kunshan");
        UI.getCurrent().navigate(ArticleEditorView.class);
        ArticleEditorView editor = _get(ArticleEditorView.class);
        SampleArticles.Sample sample = SampleArticles.kunshan();
        _setValue(editor.fields.title, sample.title());
        _setValue(editor.fields.suggestedColumn, "工作交流");
        _setValue(editor.fields.authors, "昆山市文明办");
        _setValue(editor.fields.contactPhone, "0512-57512345");
        _setValue(editor.fields.body, sample.body());
        _click(editor.submit);

        _assertOne(ArticleDetailView.class);
        assertThat(_get(Span.class, spec -> spec.withId("article-status")).getText()).isEqualTo("待初审");
        NotificationsKt.expectNotifications("稿件已报送");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("where-it-waits"))
                .getElement().getTextRecursively()).as("with whom it waits: no editor has taken it yet")
                .startsWith("当前环节：稿件初审 · 办理人：编辑（待认领） · 到达：");

        UI.getCurrent().navigate(MySubmissionsView.class);
        MySubmissionsView mine = _get(MySubmissionsView.class);
        assertThat(mine.grid.getGenericDataView().getItems().map(Article::title)).contains(sample.title());
    }

    @Test
    void anEditorMustSayWhyWhenReturningAndTheUnitSeesIt() {
        Article article = submittedByKunshan();
        String taskId = triageTaskId(article);

        openAs("editor");
        UI.getCurrent().navigate("tasks/article-triage/" + taskId);
        ArticleTriageForm form = _get(ArticleTriageForm.class);
        assertThat(form.fields.title.getValue()).isEqualTo(SampleArticles.kunshan().title());
        _setValue(form.decision, TriageDecision.RETURN);
        _click(form.complete);
        assertThat(form.comment.isInvalid()).isTrue();
        assertThat(form.comment.getErrorMessage()).isEqualTo("退回修改时须写明修改意见");
        assertThat(articles.find(user("kunshan"), article.id()).status()).isEqualTo(ArticleStatus.SUBMITTED);

        _setValue(form.fields.body, form.fields.body.getValue().replace("最强音", "最强音（编辑改）"));
        _setValue(form.comment, "请补充 4 月以来的具体数据");
        UI.getCurrent().navigate(InboxView.class); // a slip onto the menu: the edit and the comment are not lost
        ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-work"));
        ConfirmDialogKt._fireCancel(ask);
        ask.close();
        _assertOne(ArticleTriageForm.class);
        _click(form.complete);
        _assertOne(InboxView.class); // decided: leaves without asking
        assertThat(articles.find(user("kunshan"), article.id()).status()).isEqualTo(ArticleStatus.RETURNED);

        openAs("kunshan");
        String reviseTaskId = taskService.createTaskQuery().processInstanceId(article.processInstanceId())
                .taskDefinitionKey("Task_Revise").singleResult().getId();
        UI.getCurrent().navigate("tasks/article-revise/" + reviseTaskId);
        ArticleRevisionForm revision = _get(ArticleRevisionForm.class);
        assertThat(revision.editorComment.getText()).isEqualTo("请补充 4 月以来的具体数据");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("version-diff")).getChildren()
                .map(c -> c.getElement().getText() + "|" + c.getElement().getAttribute("class"))
                .toList()).contains("（编辑改）|diff-added");
        assertThat(revision.fields.body.getValue()).contains("最强音（编辑改）");

        _setValue(revision.fields.body, revision.fields.body.getValue() + "\n截至 4 月 11 日，活动浏览量达 50000 余次。");
        _click(revision.resubmit);
        _assertOne(ArticleDetailView.class);
        assertThat(articles.find(user("kunshan"), article.id()).status()).isEqualTo(ArticleStatus.SUBMITTED);

        String triageAgain = triageTaskId(article);
        taskService.claim(triageAgain, "editor");
        UI.getCurrent().navigate("articles/" + article.id());
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("where-it-waits"))
                .getElement().getTextRecursively()).as("taken: the editor's name")
                .startsWith("当前环节：稿件初审 · 办理人：" + user("editor").displayName() + " · 到达：");
    }

    @Test
    void anEditorRemindsTheUnitOfARevisionFromTheArticlesPage() {
        Article article = submittedByKunshan();
        articleTasks.triage(user("editor"), triageTaskId(article), TriageDecision.RETURN, "请补充数据", null,
                article.version());
        String revise = taskService.createTaskQuery().processInstanceId(article.processInstanceId())
                .taskDefinitionKey("Task_Revise").singleResult().getId();

        openAs("kunshan");
        UI.getCurrent().navigate("articles/" + article.id());
        _assertNone(Button.class, spec -> spec.withId("remind-" + revise)); // the unit's own step

        openAs("editor");
        UI.getCurrent().navigate("articles/" + article.id());
        _click(_get(Button.class, spec -> spec.withId("remind-" + revise)));
        _setValue(_get(TextArea.class, spec -> spec.withId("reminder-note")), "本周五中午前请返回修改稿");
        _click(_get(Button.class, spec -> spec.withId("reminder-send")));
        NotificationsKt.expectNotifications("已催办");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("approval-acts"))
                .getElement().getTextRecursively()).contains("催办", "本周五中午前请返回修改稿");

        assertThatThrownBy(() -> reminders.remind(user("reviewer"), article.id(), revise, "请修改"))
                .as("a reviewer reads the article but does not chase units").isInstanceOf(NotFoundException.class);
        articles.withdraw(user("kunshan"), article.id(), "另行报送");
        assertThatThrownBy(() -> reminders.remind(user("editor"), article.id(), revise, "请修改"))
                .as("withdrawn meanwhile: nothing left to remind of")
                .isInstanceOf(TaskNotAvailableException.class);
    }

    @Test
    void anEditorWorkingThroughThePileGoesOnToTheNextArticleToTriage() {
        Article first = submittedByKunshan();
        submittedByKunshan();
        String firstTask = triageTaskId(first);

        openAs("editor");
        UI.getCurrent().navigate("tasks/article-triage/" + firstTask);
        ArticleTriageForm form = _get(ArticleTriageForm.class);
        _setValue(form.nextAfter, true);
        _setValue(form.decision, TriageDecision.ACCEPT);
        _setValue(form.comment, "文字简练，可用");
        _click(form.complete);

        ArticleTriageForm next = _get(ArticleTriageForm.class);
        String nextTask = UI.getCurrent().getInternals().getActiveViewLocation().getSegments().get(2);
        assertThat(nextTask).isNotEqualTo(firstTask);
        assertThat(taskService.createTaskQuery().taskId(nextTask).singleResult().getAssignee())
                .as("taken for the editor, so no colleague opens it meanwhile").isEqualTo("editor");
        assertThat(next.nextAfter.getValue()).as("the choice holds for the session").isTrue();
        assertThat(next.decision.getValue()).as("nothing decided for the last article carries over").isNull();
        assertThat(next.comment.getValue()).isEmpty();
        assertThat(articles.find(user("kunshan"), first.id()).status()).isEqualTo(ArticleStatus.ACCEPTED);

        _setValue(next.nextAfter, false);
        _setValue(next.decision, TriageDecision.ACCEPT);
        _click(next.complete);
        _assertOne(InboxView.class);
        assertThat(taskService.createTaskQuery().taskId(nextTask).singleResult()).isNull();
    }

    @Test
    void thereIsNoNextTaskAtAStepThePersonDoesNotWorkAt() {
        assertThat(inbox.takeNext(user("reviewer"), "Task_Triage")).isEmpty();
        assertThat(inbox.takeNext(user("kunshan"), "Task_Triage")).isEmpty();
        assertThat(inbox.stepOf(triageTaskId(submittedByKunshan()))).contains("Task_Triage");
        assertThat(inbox.stepOf("no-such-task")).isEmpty();
    }

    @Test
    void theSecondEditorIsToldTheTaskWasAlreadyDecided() {
        Article article = submittedByKunshan();
        String taskId = triageTaskId(article);

        openAs("editor2");
        UI.getCurrent().navigate("tasks/article-triage/" + taskId);
        ArticleTriageForm form = _get(ArticleTriageForm.class);
        _setValue(form.decision, TriageDecision.ACCEPT);

        articleTasks.triage(user("editor"), taskId, TriageDecision.REJECT, "重复报送", null, article.version());

        _click(form.complete);
        assertThat(NotificationsKt.getNotifications()).extracting(Notification::getElement)
                .anySatisfy(e -> assertThat(e.getProperty("text")).startsWith("该任务已由他人办理"));
        _assertOne(ArticleTriageForm.class);
        assertThat(articles.find(user("kunshan"), article.id()).status()).isEqualTo(ArticleStatus.REJECTED);
    }

    @Test
    void anotherUnitsArticleIsNotFoundByUrl() {
        Article article = submittedByKunshan();
        openAs("jurong");
        UI.getCurrent().navigate("articles/" + article.id());
        _assertOne(NotFoundView.class);
        _assertNone(ArticleDetailView.class);
        UI.getCurrent().navigate("articles/" + article.id() + "/edit");
        _assertNone(ArticleEditorView.class);
    }

    @Test
    void aSubmitterCannotOpenTheEditorsTriageForm() {
        Article article = submittedByKunshan();
        openAs("kunshan");
        UI.getCurrent().navigate("tasks/article-triage/" + triageTaskId(article));
        _assertNone(ArticleTriageForm.class);
        _assertOne(com.briefingdesk.layout.AccessDeniedView.class);
    }

    @Test
    void aFormForATaskThatIsGoneSaysSo() {
        openAs("editor");
        UI.getCurrent().navigate("tasks/article-triage/no-such-task");
        _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("task-gone"));
    }

    @Test
    void theInterfaceSpeaksEnglishOnRequest() {
        openAs("kunshan");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(ArticleEditorView.class);
        ArticleEditorView editor = _get(ArticleEditorView.class);
        assertThat(editor.fields.title.getLabel()).isEqualTo("Title");
        _click(editor.saveDraft);
        assertThat(editor.fields.title.getErrorMessage()).isEqualTo("Enter a title");

        // a label and its value are joined the English way, a Chinese name and all
        Article article = submittedByKunshan();
        openAs("editor");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("tasks/article-triage/" + triageTaskId(article));
        assertThat(_get(ArticleTriageForm.class).getElement().getTextRecursively())
                .contains("Unit: " + article.unitName(), "Submitted by: " + article.createdByName());
    }
}
