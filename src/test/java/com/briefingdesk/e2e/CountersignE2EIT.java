package com.briefingdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 会签 and 取回: an editor composes an issue whose review is a countersign of the two demo reviewers (all must
 * approve); after proofreading, one reviewer approves and the other returns it with a reason; the editor reads the
 * reason on the compose form and recomposes; then the editor takes the issue back (取回) from the issue page before
 * anyone has claimed the proofreading, and has the compose task again.
 */
class CountersignE2EIT extends E2EScenario {

    static final String SERIES = "江苏精神文明建设简报";
    static final String REASON = "第二篇的数据请与原稿核对后再送";

    final SampleArticle article = SampleArticle.number(1).titled("会签演练：" + SampleArticle.number(1).title());
    String articleId;

    CountersignE2EIT() {
        super("countersign");
    }

    @Test
    @Order(1)
    void aUnitSubmitsAnArticleAndTheEditorAcceptsIt() {
        BrowserSession unit = browser("jurong").open("");
        unit.waitForPath("login");
        unit.login("jurong");
        articleId = Flows.submitArticle(unit, article);

        BrowserSession editor = browser("editor").open("");
        editor.waitForPath("login");
        editor.login("editor");
        BrowserSession.Row row = editor.waitForRow("#group-tasks", article.title());
        editor.click(row.id("open-"));
        editor.waitForPath("tasks/article-triage/.+");
        editor.chooseRadio("decision", "录用").click("complete");
        editor.waitForPath("");
        editor.step("article-accepted");
    }

    @Test
    @Order(2)
    void theEditorComposesWithACountersignOfTwoReviewers() {
        BrowserSession editor = browser("editor");
        editor.menu("简报");
        editor.waitForPath("issues");
        editor.click("start-issue");
        editor.waitForPath("tasks/issue-compose/.+");
        editor.click("include-" + articleId);
        editor.element("exclude-" + articleId);
        assertThat(editor.text("countersign-summary")).isEqualTo("由审核人中的一人审核");
        editor.click("countersign-setup");
        editor.element("countersign-members");
        for (String reviewer : new String[] {"陈刚（审核）", "刘洋（审核）"}) {
            editor.click(By.xpath("//vaadin-checkbox-group[@id='countersign-members']//vaadin-checkbox[normalize-space(.)='"
                    + reviewer + "']/label"));
        }
        editor.chooseRadio("countersign-rule", "全部同意方可通过");
        editor.step("countersign-setup");
        editor.click("countersign-save");
        assertThat(editor.waitForText("countersign-summary", "会签（全部同意方可通过）"))
                .contains("陈刚（审核）", "刘洋（审核）");
        editor.step("composed-with-countersign");
        editor.click("complete");
        editor.waitForPath("");

        BrowserSession.Row proofread = editor.waitForRow("#group-tasks", SERIES);
        editor.click(proofread.id("open-"));
        editor.waitForPath("tasks/issue-proofread/.+");
        editor.click("approve");
        editor.waitForPath("");
    }

    @Test
    @Order(3)
    void oneReviewerApproves() {
        BrowserSession reviewer2 = browser("reviewer2").open("");
        reviewer2.waitForPath("login");
        reviewer2.login("reviewer2");
        BrowserSession.Row task = reviewer2.waitForRow("#my-tasks", SERIES);
        reviewer2.click(task.id("open-"));
        reviewer2.waitForPath("tasks/issue-countersign/.+");
        assertThat(reviewer2.text("countersign-members-list")).contains("陈刚（审核）", "刘洋（审核）", "未表态");
        reviewer2.fill("opinion", "同意");
        reviewer2.step("countersign-form");
        reviewer2.click("approve");
        reviewer2.waitForPath("");
    }

    @Test
    @Order(4)
    void theOtherReviewerReturnsItWithAReason() {
        BrowserSession reviewer = browser("reviewer").open("");
        reviewer.waitForPath("login");
        reviewer.login("reviewer");
        BrowserSession.Row task = reviewer.waitForRow("#my-tasks", SERIES);
        reviewer.click(task.id("open-"));
        reviewer.waitForPath("tasks/issue-countersign/.+");
        assertThat(reviewer.text("opinions")).contains("同意", "刘洋（审核）");
        reviewer.fill("opinion", REASON);
        reviewer.step("countersign-return");
        reviewer.click("return");
        reviewer.waitForPath("");
        assertThat(reviewer.hasRow("#my-tasks", SERIES)).isFalse();
    }

    @Test
    @Order(5)
    void theEditorReadsTheReasonAndRecomposes() {
        BrowserSession editor = browser("editor").open("");
        BrowserSession.Row compose = editor.waitForRow("#group-tasks", SERIES);
        editor.click(compose.id("open-"));
        editor.waitForPath("tasks/issue-compose/.+");
        assertThat(editor.text("return-notice")).contains("陈刚（审核）", "从审核退回", REASON);
        editor.step("return-notice");
        editor.click("complete");
        editor.waitForPath("");
    }

    @Test
    @Order(6)
    void theEditorRetrievesTheIssueBeforeProofreadingStarts() {
        BrowserSession editor = browser("editor");
        editor.menu("简报");
        editor.waitForPath("issues");
        editor.click(By.xpath("//vaadin-grid-cell-content[contains(., '校对中')]"));
        editor.waitForPath("issues/[0-9]+");
        assertThat(editor.text("retrieve")).isEqualTo("取回（组稿）");
        assertThat(editor.text("opinions")).contains("退回至组稿", REASON);
        editor.step("issue-page-retrieve");
        editor.click("retrieve");
        editor.waitForPath("tasks/issue-compose/.+");
        editor.step("retrieved-compose");
        editor.open("");
        editor.waitForRow("#my-tasks", SERIES);
        assertThat(editor.hasRow("#group-tasks", SERIES)).isFalse();
        editor.step("compose-back-in-my-tasks");
    }
}
