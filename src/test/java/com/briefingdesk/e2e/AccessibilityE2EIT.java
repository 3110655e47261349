package com.briefingdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * axe-core on the login page, the article editor, 我的报送 and the inbox, each with content in it. Every view is
 * checked and its full results written (target/e2e/axe-&lt;view&gt;.json) before the last step fails on any serious
 * or critical violation.
 */
class AccessibilityE2EIT extends E2EScenario {

    static final SampleArticle ARTICLE = SampleArticle.number(0).titled("昆山市：无障碍检查用稿");

    final List<AxeReport> reports = new ArrayList<>();

    AccessibilityE2EIT() {
        super("accessibility");
    }

    @Test
    @Order(1)
    void loginView() {
        BrowserSession kunshan = browser("kunshan").open("login");
        reports.add(kunshan.axe("login"));
        kunshan.step("login");
    }

    @Test
    @Order(2)
    void articleEditorView() {
        BrowserSession kunshan = browser("kunshan");
        kunshan.login("kunshan");
        Flows.writeArticle(kunshan, ARTICLE);
        reports.add(kunshan.axe("article-editor"));
        kunshan.step("article-editor");
        kunshan.click("submit");
        kunshan.waitForPath("articles/[0-9]+");
        kunshan.waitForText("article-status", "待初审");
    }

    @Test
    @Order(3)
    void mySubmissionsView() {
        BrowserSession kunshan = browser("kunshan").menu("我的报送");
        kunshan.waitForPath("articles");
        kunshan.waitForRow("#my-submissions vaadin-grid", ARTICLE.title());
        reports.add(kunshan.axe("my-submissions"));
        kunshan.step("my-submissions");
    }

    @Test
    @Order(4)
    void inboxView() {
        BrowserSession editor = browser("editor").open("login");
        editor.login("editor");
        editor.waitForRow("#group-tasks", ARTICLE.title());
        reports.add(editor.axe("inbox"));
        editor.step("inbox");
    }

    @Test
    @Order(5)
    void noViewHasSeriousOrCriticalViolations() {
        assertThat(reports).hasSize(4);
        reports.forEach(report -> System.out.println(report.describe()));
        List<String> failing = reports.stream().filter(report -> !report.failures().isEmpty())
                .map(AxeReport::describe).toList();
        if (!failing.isEmpty()) {
            throw new AssertionError("serious or critical accessibility violations:\n" + String.join("\n", failing));
        }
    }
}
