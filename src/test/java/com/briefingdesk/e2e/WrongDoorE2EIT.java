package com.briefingdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Doors that stay shut: another unit's submitter gets the page of a missing article for 昆山's article, and a
 * browser that has logged out is sent to the login page from every view.
 */
class WrongDoorE2EIT extends E2EScenario {

    static final SampleArticle ARTICLE = SampleArticle.number(0).titled("昆山市：只给本单位看的稿件");

    String articleId;

    WrongDoorE2EIT() {
        super("wrong-door");
    }

    @Test
    @Order(1)
    void kunshanSubmitsAnArticle() {
        BrowserSession kunshan = browser("kunshan").open("login");
        kunshan.login("kunshan");
        articleId = Flows.submitArticle(kunshan, ARTICLE);
        kunshan.step("kunshan-article");
    }

    @Test
    @Order(2)
    void anotherUnitsSubmitterIsRefusedKunshansArticle() {
        BrowserSession jurong = browser("jurong").open("login");
        jurong.login("jurong");
        assertThat(jurong.text("current-user")).contains("句容");
        jurong.open("articles/" + articleId);
        jurong.element("not-found");
        assertThat(jurong.isPresent("article-detail")).isFalse();
        assertThat(jurong.isPresent("article-status")).isFalse();
        assertThat(jurong.driver().getPageSource()).doesNotContain(ARTICLE.title());
        jurong.step("jurong-refused");

        jurong.open("articles/999999999");
        jurong.element("not-found");
        jurong.step("jurong-missing-article");
    }

    @Test
    @Order(3)
    void aLoggedOutBrowserIsSentToTheLoginPageFromEveryView() {
        BrowserSession jurong = browser("jurong").open("");
        jurong.logout();
        jurong.step("logged-out");
        for (String view : List.of("", "articles", "articles/new", "articles/" + articleId,
                "tasks/article-triage/x", "tasks/article-revise/x")) {
            jurong.open(view);
            assertThat(jurong.waitForPath("login")).as("where /%s leads after logout", view).isEqualTo("login");
            jurong.element("vaadinLoginUsername");
            assertThat(jurong.driver().getPageSource()).doesNotContain(ARTICLE.title());
            jurong.step("logged-out-" + (view.isEmpty() ? "inbox" : view));
        }
    }
}
