package com.briefingdesk.e2e;

/** Stretches of the way that several scenarios walk. */
final class Flows {

    static final String COLUMN = "工作交流";
    static final String AUTHORS = "昆山市文明办 张三 李四";
    static final String PHONE = "0512-57512345";

    private Flows() {
    }

    /** From anywhere in the application: opens 新建稿件 from the menu and fills in the article. */
    static void writeArticle(BrowserSession submitter, SampleArticle article) {
        submitter.menu("新建稿件");
        submitter.waitForPath("articles/new");
        submitter.element("article-editor");
        submitter.fill("title", article.title())
                .fill("column", COLUMN)
                .fill("authors", AUTHORS)
                .fill("phone", PHONE)
                .fill("body", article.body());
    }

    /** Writes and submits the article; returns its id once its page shows it as 待初审. */
    static String submitArticle(BrowserSession submitter, SampleArticle article) {
        writeArticle(submitter, article);
        submitter.click("submit");
        String id = submitter.waitForPath("articles/[0-9]+").substring("articles/".length());
        submitter.waitForText("article-status", "待初审");
        return id;
    }
}
