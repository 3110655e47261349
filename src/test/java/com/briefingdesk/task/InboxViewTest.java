package com.briefingdesk.task;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.UiTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleContent;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.issue.IssueFixtures;
import com.briefingdesk.kernel.ui.ListHeight;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InboxViewTest extends UiTest {

    @Autowired
    IssueFixtures fixtures;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;

    @Test
    void aLongListOfGroupTasksLoadsPageByPageInTheSameOrderAsTheWholeList() {
        AppUser editor = fixtures.user("editor");
        List<SampleArticles.Sample> samples = SampleArticles.all();
        for (int i = inbox.offeredTo(editor).size(); i < InboxView.PAGE + 2; i++) {
            AppUser submitter = fixtures.user(IssueFixtures.UNITS.get(i % IssueFixtures.UNITS.size()));
            Article draft = fixtures.articles.createDraft(submitter,
                    SampleArticles.content(samples.get(i % samples.size())));
            fixtures.articles.submit(submitter, draft.id());
        }
        List<String> whole = inbox.offeredTo(editor).stream().map(OpenTask::id).toList();

        openAs("editor");
        UI.getCurrent().navigate(InboxView.class);
        InboxView view = _get(InboxView.class);

        assertThat(GridKt._size(view.offered)).isEqualTo(whole.size()).isGreaterThan(InboxView.PAGE);
        assertThat(view.offered.isAllRowsVisible()).as("a long list scrolls inside its grid").isFalse();
        assertThat(GridKt._fetch(view.offered, InboxView.PAGE - 1, 3)).extracting(OpenTask::id)
                .containsExactlyElementsOf(whole.subList(InboxView.PAGE - 1, InboxView.PAGE + 2));
        assertThat(inbox.offeredTo(editor, InboxView.PAGE, 1).get(0).subject().title())
                .isNotBlank().isNotEqualTo(TaskSubject.UNKNOWN.title());
    }

    @Test
    void aShortListShowsWholeAndAnEmptyOneSaysSo() {
        AppUser submitter = fixtures.user("gulou");
        int assigned = inbox.assignedTo(submitter).size();

        openAs("gulou");
        UI.getCurrent().navigate(InboxView.class);
        InboxView view = _get(InboxView.class);

        assertThat(GridKt._size(view.mine)).isEqualTo(assigned);
        assertThat(view.mine.isVisible()).isEqualTo(assigned > 0);
        assertThat(view.mine.isAllRowsVisible()).isEqualTo(assigned <= ListHeight.SHORT_LIST);
        assertThat(view.offered.isVisible()).isEqualTo(!inbox.offeredTo(submitter).isEmpty());
    }

    @Test
    void anEditorFindsTasksByWordsOfTheTitleOrTheUnit() {
        String mark = "待办检索qz" + System.nanoTime();
        Article kunshan = submittedAs("kunshan", mark + " 昆山经验");
        Article jurong = submittedAs("jurong", mark + " 句容做法");

        openAs("editor");
        UI.getCurrent().navigate(InboxView.class);
        InboxView view = _get(InboxView.class);
        view.words.setValue("  " + mark + " 昆山 ");
        assertThat(titles(view.offered)).as("a search ignores the spaces around its words")
                .containsExactly(kunshan.title());

        view.words.setValue(mark);
        assertThat(titles(view.offered)).containsExactlyInAnyOrder(kunshan.title(), jurong.title());

        view.words.setValue(mark.toUpperCase(java.util.Locale.ROOT));
        assertThat(titles(view.offered)).as("case aside").hasSize(2);

        view.words.setValue("句容市");
        assertThat(titles(view.offered)).as("the unit's name is searched too").contains(jurong.title())
                .doesNotContain(kunshan.title());

        view.words.setValue(mark + " 无此稿件");
        assertThat(view.offered.isVisible()).isFalse();
        Span none = (Span) view.getChildren().filter(c -> c instanceof Span s && s.isVisible()
                && view.getTranslation("inbox.noneMatch").equals(s.getText())).findFirst().orElseThrow();
        assertThat(none.getText()).isEqualTo(view.getTranslation("inbox.noneMatch"));
        assertThat(view.words.getValue()).as("what was typed stays to be changed").isEqualTo(mark + " 无此稿件");
    }

    @Test
    void choosingTheInboxAgainShowsWhatArrivedMeanwhile() {
        String mark = "再点待办" + System.nanoTime();
        Article first = submittedAs("kunshan", mark + " 先到");

        openAs("editor");
        UI.getCurrent().navigate(InboxView.class);
        InboxView view = _get(InboxView.class);
        view.words.setValue(mark);
        assertThat(titles(view.offered)).containsExactly(first.title());

        Article second = submittedAs("jurong", mark + " 后到");
        UI.getCurrent().navigate(InboxView.class); // the menu's 待办 chosen again, on the inbox
        assertThat(_get(InboxView.class)).as("the same view, with its search kept").isSameAs(view);
        assertThat(titles(view.offered)).containsExactlyInAnyOrder(first.title(), second.title());
    }

    @Test
    void whatArrivesWhileTheEditorLooksAtTheInboxShowsAtTheNextPollAndTheMenuCountsIt() {
        String mark = "轮询待办" + System.nanoTime();
        Article first = submittedAs("kunshan", mark + " 先到");

        openAs("editor");
        UI.getCurrent().navigate(InboxView.class);
        UI ui = UI.getCurrent();
        assertThat(ui.getPollInterval()).as("the frame polls, as briefing.ui.refresh says").isEqualTo(30_000);
        InboxView view = _get(InboxView.class);
        view.words.setValue(mark);
        Object shownBefore = view.offered.getDataProvider();
        Span count = _get(Span.class, spec -> spec.withId("waiting-inbox"));
        String counted = count.getText();

        poll();
        assertThat(view.offered.getDataProvider()).as("nothing new: the list stays as it is, scrolled as it was")
                .isSameAs(shownBefore);
        NotificationsKt.expectNoNotifications();

        Article second = submittedAs("jurong", mark + " 后到");
        poll();
        assertThat(titles(view.offered)).containsExactlyInAnyOrder(first.title(), second.title());
        assertThat(view.words.getValue()).as("the search stays").isEqualTo(mark);
        assertThat(Long.parseLong(count.getText())).as("the menu's 待办 counts it too")
                .isEqualTo(Long.parseLong(counted) + 1);
        NotificationsKt.expectNotifications("待办新到 1 项");
    }

    @Test
    void tasksPastTheirDueDateAreMarkedAndCanBeShownAlone() {
        String mark = "逾期检索" + System.nanoTime();
        Article late = submittedAs("binhai", mark + " 已逾期");
        Article onTime = submittedAs("gulou", mark + " 未逾期");
        taskService.setDueDate(taskOf(late), Date.from(Instant.now().minus(Duration.ofHours(2))));
        taskService.setDueDate(taskOf(onTime), Date.from(Instant.now().plus(Duration.ofDays(2))));

        openAs("editor");
        UI.getCurrent().navigate(InboxView.class);
        InboxView view = _get(InboxView.class);
        view.words.setValue(mark);
        List<OpenTask> both = GridKt._fetch(view.offered, 0, 10);
        assertThat(both).hasSize(2);
        assertThat(dueCell(view, both, late)).satisfies(due -> {
            assertThat(due.getText()).contains(view.getTranslation("inbox.overdue", "").strip());
            assertThat(due.hasClassName("overdue")).isTrue();
        });
        assertThat(dueCell(view, both, onTime).hasClassName("overdue")).isFalse();

        view.overdueOnly.setValue(true);
        assertThat(titles(view.offered)).containsExactly(late.title());
        view.overdueOnly.setValue(false);
        assertThat(titles(view.offered)).hasSize(2);
    }

    @Test
    void aListSortedByADueDateIsSortedOnEveryPage() {
        String mark = "期限排序" + System.nanoTime();
        // arrived in another order than their due dates'
        Article later = submittedAs("jurong", mark + " 下周到期");
        Article none = submittedAs("binhai", mark + " 没有期限");
        Article soon = submittedAs("kunshan", mark + " 明天到期");
        taskService.setDueDate(taskOf(soon), Date.from(Instant.now().plus(Duration.ofDays(1))));
        taskService.setDueDate(taskOf(later), Date.from(Instant.now().plus(Duration.ofDays(7))));

        openAs("editor");
        UI.getCurrent().navigate(InboxView.class);
        InboxView view = _get(InboxView.class);
        view.words.setValue(mark);
        Grid.Column<OpenTask> due = view.offered.getColumns().stream()
                .filter(c -> InboxFilter.Order.DUE.name().equals(c.getKey())).findFirst().orElseThrow();

        view.offered.sort(GridSortOrder.desc(due).build());
        assertThat(titles(view.offered)).as("latest first; a task without a date has none to sort by")
                .containsSubsequence(later.title(), soon.title());
        view.offered.sort(GridSortOrder.asc(due).build());
        assertThat(titles(view.offered)).containsExactly(soon.title(), later.title(), none.title());

        view.words.setValue("");
        assertThat(GridKt._fetch(view.offered, 0, GridKt._size(view.offered)).stream()
                .map(OpenTask::due).filter(java.util.Objects::nonNull).toList())
                .as("the whole list, page by page, in the column's order").isSorted();
    }

    @Test
    void sortedByTaskTheListFollowsTheNamesAsReadNotTheModelsEnglishOnes() {
        submittedAs("kunshan", "按任务排序" + System.nanoTime()); // 稿件初审, "Triage article" in the model
        fixtures.issues.start(fixtures.user("editor"), fixtures.freshSeries(0).id()); // 组稿, "Compose issue"

        openAs("editor");
        UI.getCurrent().navigate(InboxView.class);
        InboxView view = _get(InboxView.class);
        Grid.Column<OpenTask> task = view.offered.getColumnByKey(InboxFilter.Order.TASK.name());
        view.offered.sort(GridSortOrder.asc(task).build());
        List<String> names = taskNames(view.offered);
        Collator pinyin = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        assertThat(names).contains("稿件初审", "组稿").isSortedAccordingTo(pinyin);
        assertThat(names.indexOf("稿件初审")).as("gǎo before zǔ").isLessThan(names.indexOf("组稿"));
        view.offered.sort(GridSortOrder.desc(task).build());
        assertThat(taskNames(view.offered)).isSortedAccordingTo(pinyin.reversed());

        openAs("editor");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(InboxView.class);
        view = _get(InboxView.class);
        view.offered.sort(GridSortOrder.asc(view.offered.getColumnByKey(InboxFilter.Order.TASK.name())).build());
        assertThat(taskNames(view.offered)).contains("Triage article", "Compose issue")
                .isSortedAccordingTo(Collator.getInstance(Locale.ENGLISH));
    }

    private static List<String> taskNames(Grid<OpenTask> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._getFormatted(grid, row, InboxFilter.Order.TASK.name())).toList();
    }

    private Article submittedAs(String unit, String title) {
        AppUser submitter = fixtures.user(unit);
        ArticleContent content = SampleArticles.content(SampleArticles.kunshan());
        content.setTitle(title);
        Article draft = fixtures.articles.createDraft(submitter, content);
        fixtures.articles.submit(submitter, draft.id());
        return fixtures.articles.find(submitter, draft.id());
    }

    private String taskOf(Article article) {
        return taskService.createTaskQuery().processInstanceId(article.processInstanceId()).singleResult().getId();
    }

    private static List<String> titles(Grid<OpenTask> grid) {
        return GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(t -> t.subject().title()).toList();
    }

    private static Span dueCell(InboxView view, List<OpenTask> rows, Article article) {
        int row = rows.stream().map(t -> t.subject().title()).toList().indexOf(article.title());
        return (Span) GridKt._getCellComponent(view.offered, row, InboxFilter.Order.DUE.name());
    }
}
