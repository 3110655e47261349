package com.briefingdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * An article's way through first triage, in two browsers: 昆山 submits the first article of the sample issue,
 * an editor returns it for revision, 昆山 revises (pasting a paragraph from Word) and resubmits, the editor accepts
 * it.
 */
class ArticleE2EIT extends E2EScenario {

    static final SampleArticle ARTICLE = SampleArticle.number(0);
    static final String RETURN_COMMENT = "请补充第三部分的具体成效数据，并注明数据截止时间。";
    static final String REMINDER = "本周五中午前请返回修改稿，下期简报等用。";
    static final String REVISION = "**四是总结经验，推动文明实践常态长效。**截至 4 月 15 日，全市累计开展线上线下志愿服务活动 1200 余场次。";

    /** The revision as Word puts it on the clipboard: its lead phrase bold, fonts and indents to be dropped. */
    static final String REVISION_AS_WORD = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!-- p.MsoNormal {margin:0cm;} --></style>
            </head><body lang=ZH-CN><!--StartFragment--><p class=MsoNormal style='text-indent:32.0pt'><b><span
            style='font-size:16.0pt;font-family:黑体'>四是总结经验，推动文明实践常态长效。</span></b><span
            style='font-size:16.0pt;font-family:仿宋_GB2312'>截至<span lang=EN-US> 4 </span>月<span lang=EN-US> 15 </span>日，全市累计开展线上线下志愿服务活动<span
            lang=EN-US> 1200 </span>余场次。<o:p></o:p></span></p><!--EndFragment--></body></html>""";

    String articleId;
    String triageTaskId;

    ArticleE2EIT() {
        super("article");
    }

    BrowserSession submitter() {
        return browser("kunshan");
    }

    BrowserSession editor() {
        return browser("editor");
    }

    @Test
    @Order(1)
    void aSubmitterLogsInThroughTheLoginPage() {
        BrowserSession kunshan = submitter().open("");
        assertThat(kunshan.waitForPath("login")).as("a visitor is sent to the login page").isEqualTo("login");
        kunshan.step("login-page");
        kunshan.login("kunshan");
        assertThat(kunshan.path()).isEmpty();
        assertThat(kunshan.text("current-user")).contains("昆山");
        kunshan.step("submitter-inbox");
    }

    @Test
    @Order(2)
    void theSubmitterWritesAndSubmitsTheArticle() {
        BrowserSession kunshan = submitter();
        Flows.writeArticle(kunshan, ARTICLE);
        assertThat(kunshan.value("title")).isEqualTo(ARTICLE.title());
        assertThat(kunshan.value("column")).isEqualTo(Flows.COLUMN);
        assertThat(kunshan.value("authors")).isEqualTo(Flows.AUTHORS);
        assertThat(kunshan.value("phone")).isEqualTo(Flows.PHONE);
        assertThat(kunshan.value("body")).isEqualTo(ARTICLE.body());
        assertThat(kunshan.width("body")).as("the text is written in the wider of the two columns")
                .isGreaterThan(kunshan.width("article-preview"));
        kunshan.step("article-written");

        assertThat(kunshan.reloadWouldAsk()).as("a reload now would lose the article: the browser asks").isTrue();
        kunshan.click("save-draft");
        kunshan.waitForPath("articles/[0-9]+/edit");
        assertThat(kunshan.reloadWouldAsk()).as("saved as a draft: a reload loses nothing").isFalse();

        kunshan.click("submit");
        articleId = kunshan.waitForPath("articles/[0-9]+").substring("articles/".length());
        assertThat(kunshan.waitForText("article-status", "待初审")).isEqualTo("待初审");
        List<Integer> waiting = kunshan.textColour("article-status");
        assertThat(waiting.get(2)).as("待初审 is blue, not the red of a refusal: %s", waiting)
                .isGreaterThan(waiting.get(0));
        assertThat(kunshan.text("article-title")).isEqualTo(ARTICLE.title());
        String timeline = kunshan.waitForText("timeline", "报送");
        assertThat(timeline).contains("创建草稿", "报送", "昆山");
        assertThat(kunshan.isPresent("withdraw")).as("a submitted article may be withdrawn").isTrue();
        kunshan.step("article-submitted");
    }

    @Test
    @Order(3)
    void anEditorFindsTheArticleAmongTheTasksToClaim() {
        BrowserSession editor = editor().open("");
        editor.waitForPath("login");
        editor.login("editor");
        BrowserSession.Row row = editor.waitForRow("#group-tasks", ARTICLE.title());
        assertThat(row.cells()).anyMatch(cell -> cell.contains("昆山"));
        triageTaskId = row.id("open-").substring("open-".length());
        assertThat(editor.hasRow("#my-tasks", ARTICLE.title())).isFalse();
        assertThat(editor.gridsNotShowingWhole()).as("titles in the inbox show whole").isEmpty();
        assertThat(Integer.parseInt(editor.text("waiting-inbox"))).as("the menu counts what waits")
                .isGreaterThanOrEqualTo(1);
        editor.step("editor-inbox");

        // on a busy day: the article found by a word of its title, and nothing by words it lacks
        editor.fill("inbox-words", "文明力量");
        editor.waitForRow("#group-tasks", ARTICLE.title());
        editor.fill("inbox-words", "没有这样的稿件");
        editor.waitForText("inbox", "没有符合条件的待办");
        assertThat(editor.hasRow("#group-tasks", ARTICLE.title())).isFalse();
        editor.fill("inbox-words", "");
        editor.waitForRow("#group-tasks", ARTICLE.title());
    }

    @Test
    @Order(4)
    void theEditorReturnsItForRevision() {
        BrowserSession editor = editor().click("open-" + triageTaskId);
        editor.waitForPath("tasks/article-triage/" + triageTaskId);
        editor.element("article-triage");
        assertThat(editor.value("title")).isEqualTo(ARTICLE.title());
        assertThat(editor.value("column")).isEqualTo(Flows.COLUMN);
        assertThat(editor.value("authors")).isEqualTo(Flows.AUTHORS);
        assertThat(editor.value("body")).isEqualTo(ARTICLE.body());
        editor.atWindowSize(1366, 768, () -> {
            assertThat(editor.inView("complete")).as("on an office laptop the decision is in view as the article opens")
                    .isTrue();
            assertThat(editor.width("body")).as("and the text beside it is edited at a readable width")
                    .isGreaterThan(500);
            editor.scrollToEnd();
            assertThat(editor.inView("title")).as("read to its end, the article's head is out of view").isFalse();
            assertThat(editor.inView("complete")).as("and the decision is still in view").isTrue();
        });
        editor.step("triage-form");

        editor.chooseRadio("decision", "退回修改").fill("comment", RETURN_COMMENT);
        editor.step("triage-return-chosen");
        editor.click("complete");
        editor.waitForPath("");
        editor.element("inbox");
        assertThat(editor.hasRow("#group-tasks", ARTICLE.title())).as("offered to the editors").isFalse();
        assertThat(editor.hasRow("#my-tasks", ARTICLE.title())).as("assigned to the editor").isFalse();
        editor.step("editor-inbox-after-return");

        // the week's issue waits for it: the editor reminds the unit from the article's page, then goes back to 待办
        editor.open("articles/" + articleId);
        assertThat(editor.waitForText("where-it-waits", "当前环节：")).contains("办理人：");
        editor.click(By.cssSelector("#where-it-waits [id^='remind-']"));
        editor.fill("reminder-note", REMINDER);
        editor.click("reminder-send");
        assertThat(editor.waitForText("approval-acts", REMINDER)).contains("催办");
        editor.step("article-reminded");
        editor.open("");
        editor.element("inbox");
    }

    @Test
    @Order(5)
    void theSubmitterSeesTheCommentRevisesAndResubmits() {
        BrowserSession kunshan = submitter().open("articles/" + articleId);
        assertThat(kunshan.waitForText("article-status", "退回修改")).isEqualTo("退回修改");
        List<Integer> returned = kunshan.textColour("article-status");
        assertThat(returned.get(1)).as("退回修改 is amber, the submitter's turn, not red: %s", returned)
                .isGreaterThan(returned.get(0) / 3).isGreaterThan(returned.get(2));
        kunshan.open("");
        BrowserSession.Row row = kunshan.waitForRow("#my-tasks", ARTICLE.title());
        kunshan.step("submitter-inbox-revise-task");
        kunshan.click(row.id("open-"));
        kunshan.waitForPath("tasks/article-revise/.+");
        assertThat(kunshan.text("editor-comment")).isEqualTo(RETURN_COMMENT);
        assertThat(kunshan.value("body")).isEqualTo(ARTICLE.body());
        kunshan.step("revise-form");

        kunshan.append("body", "\n");
        pasteFromWord(kunshan, "body", REVISION_AS_WORD);
        assertThat(kunshan.value("body")).isEqualTo(ARTICLE.body() + "\n" + REVISION);
        kunshan.step("revised-by-pasting-from-word");
        assertThat(kunshan.reloadWouldAsk()).as("the revision is not sent yet: a reload would ask").isTrue();
        kunshan.click("resubmit");
        kunshan.waitForPath("articles/" + articleId);
        assertThat(kunshan.waitForText("article-status", "待初审")).isEqualTo("待初审");
        String timeline = kunshan.waitForText("timeline", "修改后重新报送");
        assertThat(timeline).contains("退回修改", RETURN_COMMENT);
        kunshan.step("resubmitted");
    }

    /**
     * Pastes HTML at the end of a text area as the browser does when Word's text is on the clipboard: a paste event
     * whose clipboard holds text/html besides the plain text. Then waits for the server's answer.
     */
    static void pasteFromWord(BrowserSession session, String id, String html) {
        session.element(id);
        ((JavascriptExecutor) session.driver()).executeScript("""
                const area = document.getElementById(arguments[0]).querySelector(':scope > textarea');
                area.focus();
                area.setSelectionRange(area.value.length, area.value.length);
                const clipboard = new DataTransfer();
                clipboard.setData('text/html', arguments[1]);
                clipboard.setData('text/plain', 'plain text must not be used');
                area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: clipboard, bubbles: true,
                    cancelable: true, composed: true}));
                """, id, html);
        session.settle();
    }

    @Test
    @Order(6)
    void theEditorAcceptsTheRevisedArticle() {
        BrowserSession editor = editor();
        assertThat(editor.path()).as("the editor has stayed on the inbox since the reminder").isEmpty();
        // untouched, the inbox shows what arrived meanwhile at the frame's next poll (briefing.ui.refresh, 30 s)
        BrowserSession.Row row = editor.waitForRow("#group-tasks", ARTICLE.title(), Duration.ofSeconds(45));
        editor.step("editor-inbox-resubmitted");
        String taskId = row.id("open-").substring("open-".length());
        editor.click("open-" + taskId);
        editor.waitForPath("tasks/article-triage/" + taskId);
        assertThat(editor.value("body")).endsWith(REVISION);
        editor.chooseRadio("decision", "录用");
        editor.step("triage-accept-chosen");
        editor.click("complete");
        editor.waitForPath("");
        editor.element("inbox");
        assertThat(editor.hasRow("#group-tasks", ARTICLE.title())).isFalse();
        assertThat(editor.hasRow("#my-tasks", ARTICLE.title())).isFalse();
        editor.step("editor-inbox-after-accept");
    }

    @Test
    @Order(7)
    void theSubmitterSeesTheArticleAccepted() {
        BrowserSession kunshan = submitter().open("articles/" + articleId);
        assertThat(kunshan.waitForText("article-status", "已录用待编")).isEqualTo("已录用待编");
        List<Integer> accepted = kunshan.textColour("article-status");
        assertThat(accepted.get(1)).as("已录用待编 is green: %s", accepted).isGreaterThan(accepted.get(0))
                .isGreaterThan(accepted.get(2));
        assertThat(kunshan.waitForText("timeline", "初审录用")).contains("修改后重新报送", "退回修改");
        assertThat(kunshan.isPresent("withdraw")).as("an accepted article can no longer be withdrawn").isFalse();
        kunshan.step("article-accepted");

        kunshan.menu("我的报送");
        kunshan.waitForPath("articles");
        BrowserSession.Row row = kunshan.waitForRow("#my-submissions vaadin-grid", ARTICLE.title());
        assertThat(row.cells()).contains("已录用待编");
        assertThat(kunshan.gridsNotShowingWhole()).as("titles show whole").isEmpty();
        kunshan.step("my-submissions");
    }
}
