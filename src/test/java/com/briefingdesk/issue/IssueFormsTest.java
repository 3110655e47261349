package com.briefingdesk.issue;

import static com.briefingdesk.ReloadQuestion.dialogWouldAsk;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.Office;
import com.briefingdesk.UiTest;
import com.briefingdesk.approval.ReminderDialog;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleContent;
import com.briefingdesk.article.ArticlePool;
import com.briefingdesk.article.ArticleVersion;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.layout.AccessDeniedView;
import com.briefingdesk.task.InboxView;
import com.briefingdesk.task.TaskNotAvailableException;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The issue forms as editors, reviewers, signatories and administrators use them, without a browser. */
class IssueFormsTest extends UiTest {

    @Autowired
    IssueFixtures fixtures;
    @Autowired
    IssueService issues;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArticlePool pool;
    @Autowired
    OfficeClock clock;

    static String text(Div preview) {
        return preview.getElement().getTextRecursively();
    }

    static Article inPool(IssueComposeForm compose, Article article) {
        return compose.pool.grid.getGenericDataView().getItems().filter(a -> a.id() == article.id()).findFirst()
                .orElseThrow();
    }

    static List<Long> poolIds(IssueComposeForm compose) {
        return compose.pool.grid.getGenericDataView().getItems().map(Article::id).toList();
    }

    /** The editor starts an issue of the series from the 简报 list, which opens its compose form. */
    IssueComposeForm startsAnIssue(BriefingSeries series) {
        openAs("editor");
        UI.getCurrent().navigate(IssuesView.class);
        IssuesView list = _get(IssuesView.class);
        _setValue(list.series, series);
        _click(list.start);
        return _get(IssueComposeForm.class);
    }

    /** The one issue of a fresh series, as the editor reads it. */
    Issue theIssueOf(BriefingSeries series) {
        AppUser editor = fixtures.user("editor");
        return issues.find(editor, issues.summaries(editor).stream().filter(i -> i.seriesId() == series.id())
                .findFirst().orElseThrow().id());
    }

    void acceptedAt(Article article, LocalDateTime officeTime) {
        jdbc.sql("update article set accepted_at = :at where id = :id").param("id", article.id())
                .param("at", Office.timestamp(officeTime)).update();
    }

    @Test
    void theListOfIssuesNarrowsBySeriesAndByWhereEachStands() {
        BriefingSeries series = fixtures.freshSeries(0);
        Issue composing = issues.start(fixtures.user("editor"), series.id());
        Issue awaiting = fixtures.awaitingSignOff(series,
                List.of(fixtures.accepted("gulou", SampleArticles.all().get(3))));

        IssuesView list = theEditorsListOf(series);
        assertThat(listed(list)).extracting(IssueSummary::id).as("newest first")
                .containsExactly(awaiting.id(), composing.id());
        assertThat(listed(list)).extracting(IssueSummary::articleCount).containsExactly(1, 0);

        _setValue(list.shownStatus, IssueStatus.COMPOSING);
        assertThat(listed(list)).extracting(IssueSummary::id).containsExactly(composing.id());
        _setValue(list.shownStatus, IssueStatus.PUBLISHED);
        assertThat(listed(list)).isEmpty();
        assertThat(list.grid.getEmptyStateText()).isEqualTo(list.getTranslation("issue.list.noneMatch"));

        _setValue(list.shownSeries, null);
        _setValue(list.shownStatus, IssueStatus.AWAITING_SIGN_OFF);
        assertThat(listed(list)).extracting(IssueSummary::id).contains(awaiting.id()).doesNotContain(composing.id());
        assertThat(listed(list)).allMatch(i -> i.status() == IssueStatus.AWAITING_SIGN_OFF);

        // a colleague starts the next issue; choosing 简报 again shows it, the filters kept
        _setValue(list.shownSeries, series);
        _setValue(list.shownStatus, IssueStatus.COMPOSING);
        Issue next = issues.start(fixtures.user("editor"), series.id());
        UI.getCurrent().navigate(IssuesView.class);
        assertThat(_get(IssuesView.class)).isSameAs(list);
        assertThat(listed(list)).extracting(IssueSummary::id).containsExactly(next.id(), composing.id());
    }

    @Test
    void theListAndTheIssuesPageSayWithWhomEachIssueWaitsAndSinceWhen() {
        BriefingSeries series = fixtures.freshSeries(0);
        Issue composing = issues.start(fixtures.user("editor"), series.id());
        Issue awaiting = fixtures.awaitingSignOff(series,
                List.of(fixtures.accepted("gulou", SampleArticles.all().get(3))));

        IssuesView list = theEditorsListOf(series);
        assertThat(holderColumn(list)).as("nobody has claimed either: the roles that may")
                .containsExactly("签发人（待认领）", "编辑（待认领）");

        String signOff = fixtures.openTask(awaiting, IssueTasks.SIGN_OFF_FORM);
        fixtures.taskService.claim(signOff, "signer");
        UI.getCurrent().navigate(IssuesView.class);
        assertThat(holderColumn(list).get(0)).isEqualTo(fixtures.user("signer").displayName());

        UI.getCurrent().navigate("issues/" + awaiting.id());
        String arrived = clock.minute(fixtures.taskService.createTaskQuery().taskId(signOff)
                .singleResult().getCreateTime().toInstant());
        assertThat(firstLineOfWhereItWaits())
                .isEqualTo("当前环节：签发 · 办理人：" + fixtures.user("signer").displayName() + " · 到达：" + arrived);
        UI.getCurrent().navigate("issues/" + composing.id());
        assertThat(firstLineOfWhereItWaits()).startsWith("当前环节：组稿 · 办理人：编辑（待认领） · 到达：");
        _assertNone(Button.class, spec -> spec.withId("remind-" + fixtures.openTask(composing, IssueTasks.COMPOSE_FORM)));
    }

    @Test
    void anEditorRemindsTheSignatoryFromTheIssuesPageAndAReviewerIsNotOffered() {
        Issue awaiting = fixtures.awaitingSignOff(fixtures.freshSeries(0),
                List.of(fixtures.accepted("jurong", SampleArticles.all().get(1))));
        String signOff = fixtures.openTask(awaiting, IssueTasks.SIGN_OFF_FORM);

        openAs("reviewer");
        UI.getCurrent().navigate("issues/" + awaiting.id());
        _assertNone(Button.class, spec -> spec.withId("remind-" + signOff));

        openAs("editor");
        UI.getCurrent().navigate("issues/" + awaiting.id());
        _click(_get(Button.class, spec -> spec.withId("remind-" + signOff)));
        ReminderDialog dialog = _get(ReminderDialog.class);
        TextArea note = _get(TextArea.class, spec -> spec.withId("reminder-note"));
        assertThat(note.getValue()).as("a note to start from").isEqualTo("请尽快办理，谢谢。");
        _setValue(note, "  ");
        _click(_get(Button.class, spec -> spec.withId("reminder-send")));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("请写明催办留言");
        assertThat(dialog.isOpened()).isTrue();

        _setValue(note, "今天下班前请签发");
        _click(_get(Button.class, spec -> spec.withId("reminder-send")));
        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("已催办");
        assertThat(_get(Div.class, spec -> spec.withId("approval-acts")).getElement().getTextRecursively())
                .as("the page shows the reminder among the issue's acts").contains("催办")
                .contains(fixtures.user("editor").displayName()).contains("今天下班前请签发");
    }

    /** The words of the page's first 当前环节 line, without the buttons beside them. */
    private static String firstLineOfWhereItWaits() {
        return _get(Div.class, spec -> spec.withId("where-it-waits")).getChildren().findFirst().orElseThrow()
                .getChildren().findFirst().orElseThrow().getElement().getText();
    }

    private static List<String> holderColumn(IssuesView list) {
        return listed(list).stream().map(i -> GridKt._getFormatted(list.grid.getColumnByKey("holder"), i)).toList();
    }

    /** 简报 as the editor sees it, narrowed to the series. */
    IssuesView theEditorsListOf(BriefingSeries series) {
        openAs("editor");
        UI.getCurrent().navigate(IssuesView.class);
        IssuesView list = _get(IssuesView.class);
        _setValue(list.shownSeries, series);
        return list;
    }

    static List<IssueSummary> listed(IssuesView list) {
        return list.grid.getListDataView().getItems().toList();
    }

    @Test
    void thePoolFindsAnArticleByWordsOfItsTitleItsUnitAndTheOfficeDayItWasAccepted() {
        BriefingSeries series = fixtures.freshSeries(0);
        Article kunshan = fixtures.accepted("kunshan", SampleArticles.kunshan());
        Article jurong = fixtures.accepted("jurong", SampleArticles.jurong());
        // 00:30 today in Nanjing is 16:30 yesterday on a server in UTC; 23:30 yesterday is 15:30 yesterday there
        LocalDate today = Office.today();
        acceptedAt(kunshan, today.atTime(0, 30));
        acceptedAt(jurong, today.minusDays(1).atTime(23, 30));

        IssueComposeForm compose = startsAnIssue(series);
        assertThat(poolIds(compose)).contains(kunshan.id(), jurong.id());

        _setValue(compose.pool.words, " 文明力量 ");
        assertThat(poolIds(compose)).contains(kunshan.id()).doesNotContain(jurong.id());
        _setValue(compose.pool.words, "");

        _setValue(compose.pool.unit, compose.pool.unit.getListDataView().getItems()
                .filter(u -> u.name().equals("句容市")).findFirst().orElseThrow());
        assertThat(poolIds(compose)).contains(jurong.id()).doesNotContain(kunshan.id());
        _setValue(compose.pool.unit, null);

        _setValue(compose.pool.acceptedFrom, today);
        _setValue(compose.pool.acceptedTo, today);
        assertThat(poolIds(compose)).contains(kunshan.id()).doesNotContain(jurong.id());
        _setValue(compose.pool.acceptedFrom, today.minusDays(1));
        _setValue(compose.pool.acceptedTo, today.minusDays(1));
        assertThat(poolIds(compose)).contains(jurong.id()).doesNotContain(kunshan.id());
    }

    @Test
    void anEditorStartsAnIssueAndComposesItFromThePool() {
        BriefingSeries series = fixtures.freshSeries(1003);
        Article kunshan = fixtures.accepted("kunshan", SampleArticles.kunshan());
        Article jurong = fixtures.accepted("jurong", SampleArticles.jurong());

        IssueComposeForm compose = startsAnIssue(series);
        assertThat(poolIds(compose)).contains(kunshan.id(), jurong.id());
        // The row buttons (ids include-<id>, up-<id>, …) call these; Karibu does not reach into grid cells.
        compose.include(inPool(compose, jurong));
        compose.include(inPool(compose, kunshan));
        assertThat(compose.included.getGenericDataView().getItems().map(IssueArticle::articleId))
                .containsExactly(jurong.id(), kunshan.id());
        assertThat(poolIds(compose)).doesNotContain(kunshan.id(), jurong.id());

        compose.move(compose.included.getGenericDataView().getItems()
                .filter(a -> a.articleId() == kunshan.id()).findFirst().orElseThrow(), -1);
        assertThat(compose.included.getGenericDataView().getItems().map(IssueArticle::articleId))
                .containsExactly(kunshan.id(), jurong.id());
        String preview = text(compose.preview);
        assertThat(preview).contains("工作资料 注意保存", "江苏精神文明建设简报", "【工作交流】", kunshan.title(),
                "二是聚焦群众所需，提供便民服务。", "报：中央文明办，省文明委主任、副主任、委员", "共印 400 份");
        assertThat(preview.indexOf(kunshan.title())).isLessThan(preview.indexOf(jurong.title()));

        openAs("kunshan");
        UI.getCurrent().navigate("articles/" + kunshan.id());
        assertThat(_get(Span.class, spec -> spec.withId("scheduled-in")).getText())
                .isEqualTo("已编入：江苏精神文明建设简报（编发中）");
        openAs("editor");
        UI.getCurrent().navigate("tasks/issue-compose/" + fixtures.openTask(theIssueOf(series),
                IssueTasks.COMPOSE_FORM));
        compose = _get(IssueComposeForm.class);

        _setValue(compose.settings.printCount, 0);
        _click(compose.save);
        assertThat(compose.settings.printCount.isInvalid()).isTrue();
        assertThat(compose.settings.printCount.getErrorMessage()).isEqualTo("印数须在 1 到 100000 之间");
        _setValue(compose.settings.printCount, 400);
        _setValue(compose.settings.editorNote, "编者按：各地文明实践助力疫情防控。");
        UI.getCurrent().navigate(InboxView.class); // settings not yet saved: leaving asks first
        ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-work"));
        ConfirmDialogKt._fireCancel(ask);
        ask.close();
        _assertOne(IssueComposeForm.class);
        // a name too long for the 版记 is refused at the line where it was typed, and what was typed stays
        String tooLong = "省".repeat(101);
        _setValue(compose.settings.reportTo, "中央文明办\n" + tooLong);
        _setValue(compose.settings.additionalTo, "省委政策研究室\n太仓市");
        _setValue(compose.settings.supplement, true);
        LocalDate today = Office.today();
        _setValue(compose.settings.issueDate, today.minusDays(1));
        _click(compose.save);
        assertThat(compose.settings.issueDate.getErrorMessage()).isEqualTo("印发日期不能早于今天");
        assertThat(compose.settings.issueDate.getValue()).isEqualTo(today.minusDays(1));
        _setValue(compose.settings.issueDate, today.plusDays(7));
        _click(compose.save);
        assertThat(compose.settings.reportTo.getErrorMessage()).isEqualTo("内容过长");
        assertThat(compose.settings.distributeTo.isInvalid()).isFalse();
        assertThat(compose.settings.reportTo.getValue()).endsWith(tooLong);
        assertThat(compose.settings.additionalTo.getValue()).isEqualTo("省委政策研究室\n太仓市");
        _setValue(compose.settings.reportTo, "中央文明办\n省文明委主任、副主任、委员");
        _click(compose.save);
        assertThat(compose.settings.reportTo.isInvalid()).isFalse();
        assertThat(text(compose.preview)).contains("本期增发：省委政策研究室，太仓市",
                "增刊第 ＿ 期（签发时编号，与正刊分开编号）", Issue.dateLabel(today.plusDays(7)));
        assertThat(compose.settings.issueDate.isInvalid()).isFalse();
        // text the picker cannot read as a date (its own check marks the field) saves nothing over the date kept
        _setValue(compose.settings.issueDate, null);
        compose.settings.issueDate.setInvalid(true);
        _click(compose.save);
        _click(compose.complete);
        assertThat(compose.settings.issueDate.isInvalid()).isTrue();
        _assertOne(IssueComposeForm.class);
        assertThat(theIssueOf(series).issueDate()).isEqualTo(today.plusDays(7));
        _setValue(compose.settings.issueDate, today.plusDays(7));
        _click(compose.complete);
        _assertOne(InboxView.class);
        Issue issue = theIssueOf(series);
        assertThat(issue.status()).isEqualTo(IssueStatus.PROOFREADING);
        assertThat(issue.editorNote()).isEqualTo("编者按：各地文明实践助力疫情防控。");
        assertThat(issue.supplement()).isTrue();
        assertThat(issue.issueDate()).isEqualTo(today.plusDays(7));
        UI.getCurrent().navigate(IssuesView.class);
        IssuesView issuesList = _get(IssuesView.class);
        List<Long> listed = issuesList.grid.getGenericDataView().getItems().map(IssueSummary::id).toList();
        assertThat(GridKt._getFormattedRow(issuesList.grid, listed.indexOf(issue.id()))).contains("增刊，签发时编号");
        // 本期增发 is this issue's alone; a unit named on it receives the issue like those on 送 and 发
        assertThat(issue.recipients()).filteredOn(r -> r.line() == RecipientLine.ADDITIONAL)
                .extracting(Recipient::label).containsExactly("省委政策研究室", "太仓市");
        assertThat(issue.circulationUnitIds()).contains(fixtures.user("taicang").unitId());
        assertThat(fixtures.series.find(series.id()).recipients())
                .noneMatch(r -> r.line() == RecipientLine.ADDITIONAL);
    }

    @Test
    void aReviewerMustGiveAnOpinionToReturnAndASignatoryNumbersTheIssue() {
        BriefingSeries series = fixtures.freshSeries(1003);
        Article article = fixtures.accepted("binhai", SampleArticles.all().get(2));
        Issue issue = fixtures.issues.start(fixtures.user("editor"), series.id());
        String compose = fixtures.openTask(issue, IssueTasks.COMPOSE_FORM);
        issue = fixtures.issueTasks.include(fixtures.user("editor"), compose, article.id(), "工作交流");
        fixtures.issueTasks.completeComposition(fixtures.user("editor"), compose, fixtures.composition(issue));
        fixtures.issueTasks.proofread(fixtures.user("editor"), fixtures.openTask(issue, IssueTasks.PROOFREAD_FORM),
                true, null);

        openAs("reviewer");
        UI.getCurrent().navigate("tasks/issue-review/" + fixtures.openTask(issue, IssueTasks.REVIEW_FORM));
        IssueReviewForm review = _get(IssueReviewForm.class);
        _click(review.sendBack);
        assertThat(review.opinion.isInvalid()).isTrue();
        assertThat(review.opinion.getErrorMessage()).isEqualTo("退回时须写明意见");
        _setValue(review.opinion, "同意，送签发");
        UI.getCurrent().navigate(InboxView.class); // the opinion typed is not lost on a slip onto the menu
        ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-work"));
        ConfirmDialogKt._fireCancel(ask);
        ask.close();
        assertThat(review.opinion.getValue()).isEqualTo("同意，送签发");
        _click(review.approve);
        _assertOne(InboxView.class);

        openAs("signer");
        UI.getCurrent().navigate("tasks/issue-signoff/" + fixtures.openTask(issue, IssueTasks.SIGN_OFF_FORM));
        IssueSignOffForm signOff = _get(IssueSignOffForm.class);
        assertThat(signOff.opinion.getValue()).isEqualTo("同意印发");
        UI.getCurrent().navigate("issues/" + issue.id()); // the standard phrase as given: nothing typed to lose
        _assertOne(IssueDetailView.class);
        UI.getCurrent().navigate("tasks/issue-signoff/" + fixtures.openTask(issue, IssueTasks.SIGN_OFF_FORM));
        signOff = _get(IssueSignOffForm.class);
        assertThat(text(_get(IssuePreview.class))).contains("第 ＿ 期（签发时编号）", "苏简字 ＿ 号");
        _click(signOff.approve);
        _assertOne(InboxView.class);

        UI.getCurrent().navigate("issues/" + issue.id());
        int year = issues.load(issue.id()).year();
        assertThat(_get(Span.class, spec -> spec.withId("issue-numbers")).getText())
                .isEqualTo(year + " 年第 1 期 · 苏简字 1004 号");
        assertThat(text(_get(IssuePreview.class))).contains("第 1 期", "（苏简字 1004 号 共印 400 份）");
        assertThat(_get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("opinions"))
                .getElement().getTextRecursively()).contains("同意，送签发", "同意印发", "张伟（签发）");

        // in English the screens name the issue the English way; the printed issue keeps its Chinese designation
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(IssuesView.class);
        IssuesView list = _get(IssuesView.class);
        List<Long> listed = list.grid.getGenericDataView().getItems().map(IssueSummary::id).toList();
        assertThat(GridKt._getFormattedRow(list.grid, listed.indexOf(issue.id()))).contains("No. 1, " + year)
                .noneMatch(cell -> cell.contains("期"));
        UI.getCurrent().navigate("issues/" + issue.id());
        assertThat(_get(Span.class, spec -> spec.withId("issue-numbers")).getText())
                .isEqualTo("No. 1, " + year + " · 苏简字 1004 号");
        assertThat(text(_get(IssuePreview.class))).contains("第 1 期", "（苏简字 1004 号 共印 400 份）");
    }

    @Test
    void anEditorEditsAnArticleOfTheIssueAsAVersionOfItsOwnAndLosesNoTypingToARefusal() {
        BriefingSeries series = fixtures.freshSeries(0);
        Article kunshan = fixtures.accepted("kunshan", SampleArticles.kunshan());
        Article waiting = fixtures.accepted("jurong", SampleArticles.jurong());
        IssueComposeForm compose = startsAnIssue(series);
        compose.include(inPool(compose, kunshan));
        IssueArticle placed = compose.included.getGenericDataView().getItems().findFirst().orElseThrow();
        compose.editArticle(placed);
        PlacedArticleEditDialog edit = _get(PlacedArticleEditDialog.class);
        assertThat(edit.title.getValue()).isEqualTo(kunshan.title());
        assertThat(compose.hasUnsavedWork()).isFalse();

        // a title the printed issue cannot show is refused at the title; the text typed stays
        String body = edit.body.getValue() + "\n\n编者补记：经验做法已在全市推广。";
        _setValue(edit.body, body);
        _setValue(edit.title, "昆山市：倾情汇聚同心抗疫的“文明力量” 👍");
        assertThat(compose.hasUnsavedWork()).as("an edit being typed is unsaved work").isTrue();
        assertThat(dialogWouldAsk(edit)).as("a reload asks while the edit is typed").isTrue();
        _click(edit.save);
        assertThat(edit.title.isInvalid()).isTrue();
        assertThat(edit.title.getErrorMessage()).isEqualTo(edit.getTranslation("security.text.unprintable"));
        assertThat(edit.body.getValue()).isEqualTo(body);
        _setValue(edit.title, "");
        _click(edit.save);
        assertThat(edit.title.getErrorMessage()).isEqualTo(edit.getTranslation("article.title.required"));
        assertThat(edit.isOpened()).isTrue();

        // the same editor saved an edit in another tab first: told plainly, nothing typed here is lost
        String compose1 = fixtures.openTask(theIssueOf(series), IssueTasks.COMPOSE_FORM);
        ArticleContent other = kunshan.content();
        other.setTitle("昆山市：同心抗疫");
        fixtures.issueTasks.editArticle(fixtures.user("editor"), compose1, kunshan.id(), kunshan.version(), other);
        _setValue(edit.title, "昆山市：倾情汇聚同心抗疫的文明力量");
        _click(edit.save);
        NotificationsKt.expectNotifications(edit.getTranslation("article.changedMeanwhile"));
        assertThat(edit.isOpened()).isTrue();
        assertThat(edit.body.getValue()).isEqualTo(body);
        _click(edit.cancel);
        assertThat(compose.hasUnsavedWork()).isFalse();

        compose.editArticle(placed);
        edit = _get(PlacedArticleEditDialog.class, spec -> spec.withId("edit-article-dialog"));
        assertThat(edit.title.getValue()).as("the dialog opens on the article as saved").isEqualTo("昆山市：同心抗疫");
        _setValue(edit.title, "昆山市：倾情汇聚同心抗疫的文明力量");
        _setValue(edit.body, body);
        _click(edit.save);
        NotificationsKt.expectNotifications("稿件已修改，版面预览已更新");
        assertThat(edit.isOpened()).isFalse();
        assertThat(text(compose.preview)).contains("倾情汇聚同心抗疫的文明力量", "编者补记：经验做法已在全市推广。");
        AppUser editor = fixtures.user("editor");
        assertThat(fixtures.articles.versions(editor, kunshan.id())).extracting(ArticleVersion::reason)
                .containsSubsequence(ArticleVersion.Reason.EDITOR_EDIT, ArticleVersion.Reason.EDITOR_EDIT);
        assertThat(fixtures.articles.find(editor, kunshan.id()).title()).isEqualTo("昆山市：倾情汇聚同心抗疫的文明力量");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ARTICLE_EDITED' and object_id = :id")
                .param("id", String.valueOf(kunshan.id())).query(Long.class).single()).isEqualTo(2);

        // only an article this issue holds, and only by the one composing it
        ArticleContent sneaked = waiting.content();
        sneaked.setTitle("改动未编入的稿件");
        assertThatThrownBy(() -> fixtures.issueTasks.editArticle(editor, compose1, waiting.id(), waiting.version(),
                sneaked)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldMessageKeys()).containsEntry("articles", "issue.article.notPlaced"));
        assertThatThrownBy(() -> pool.edit(editor, waiting.id(), waiting.version(), sneaked))
                .as("an article in no issue, or one published, keeps its text").isInstanceOf(ValidationException.class);
        Article current = fixtures.articles.find(editor, kunshan.id());
        assertThatThrownBy(() -> fixtures.issueTasks.editArticle(fixtures.user("editor2"), compose1, kunshan.id(),
                current.version(), current.content())).isInstanceOf(TaskNotAvailableException.class);
        assertThat(fixtures.articles.find(editor, waiting.id()).title()).isEqualTo(waiting.title());
    }

    @Test
    void theComposeFormNamesTheUnitsOnItsLinesThatNobodyWouldAcknowledgeItIn() {
        BriefingSeries series = fixtures.freshSeries(0);
        String code = "nr" + System.nanoTime();
        Unit unmanned = fixtures.directory.createUnit(code, "无人签收县" + code.substring(code.length() - 5),
                Unit.Kind.MEMBER);
        fixtures.directory.createUser(code + "s", "报送员", unmanned.id(), "x", EnumSet.of(Role.SUBMITTER));
        IssueComposeForm compose = startsAnIssue(series);
        assertThat(compose.unreached.isVisible()).as("the demo series' units all have recipients").isFalse();

        _setValue(compose.settings.distributeTo, compose.settings.distributeTo.getValue() + "\n" + unmanned.name());
        _click(compose.save);
        assertThat(compose.unreached.isVisible()).isTrue();
        assertThat(compose.unreached.getText()).isEqualTo("以下单位没有在用的签收人，简报印发后将无人签收："
                + unmanned.name() + "。请联系管理员在“单位与人员”中为其设置签收人。");

        fixtures.directory.createUser(code + "r", "收文员", unmanned.id(), "x", EnumSet.of(Role.RECIPIENT));
        _click(compose.save);
        assertThat(compose.unreached.isVisible()).isFalse();
        assertThat(theIssueOf(series).circulationUnitIds()).as("still on the line").contains(unmanned.id());
    }

    @Test
    void onlyEditorsOpenTheComposeForm() {
        Issue issue = fixtures.issues.start(fixtures.user("editor"), fixtures.freshSeries(0).id());
        String compose = fixtures.openTask(issue, IssueTasks.COMPOSE_FORM);
        for (String other : List.of("reviewer", "signer", "kunshan")) {
            openAs(other);
            UI.getCurrent().navigate("tasks/issue-compose/" + compose);
            _assertNone(IssueComposeForm.class);
            _assertOne(AccessDeniedView.class);
        }
    }

    @Test
    void anAdministratorKeepsSeriesWithMessagesAtTheFields() {
        BriefingSeries existing = fixtures.freshSeries(1003);
        openAs("admin");
        UI.getCurrent().navigate(SeriesAdminView.class);
        SeriesAdminView view = _get(SeriesAdminView.class);
        view.edit(existing);
        _setValue(view.title, "");
        _setValue(view.lastSerial, 1000);
        _click(view.save);
        assertThat(view.title.getErrorMessage()).isEqualTo("请填写此项");
        _setValue(view.title, "江苏精神文明建设简报（增刊）");
        _click(view.save);
        assertThat(view.lastSerial.isInvalid()).isTrue();
        assertThat(view.lastSerial.getErrorMessage()).startsWith("编号只能调高");
        _setValue(view.lastSerial, 1100);
        // each 版记 line reports its own problem, at its own field
        _setValue(view.reportTo, "中央文明办\n" + "省".repeat(101));
        _click(view.save);
        assertThat(view.reportTo.getErrorMessage()).isEqualTo("内容过长");
        assertThat(fixtures.series.find(existing.id()).lastSerial()).isNotEqualTo(1100);
        _setValue(view.reportTo, "中央文明办");
        _click(view.save);
        assertThat(fixtures.series.find(existing.id()).title()).isEqualTo("江苏精神文明建设简报（增刊）");
        assertThat(fixtures.series.find(existing.id()).lastSerial()).isEqualTo(1100);
    }
}
