package com.briefingdesk.faults;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.UiTest;
import com.briefingdesk.article.ArticleDetailView;
import com.briefingdesk.article.ArticleEditorView;
import com.briefingdesk.article.SampleArticles;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL stops under the running application (the suite's own embedded server, stopped and started again on
 * its data and port): a submission made meanwhile tells the person to retry and keeps everything they typed;
 * once the server is back the same click goes through, on the same connection pool, without a restart.
 */
@Tag("faults")
class DatabaseOutageFormTest extends UiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSubmissionDuringAnOutageAsksToRetryKeepsTheTextAndGoesThroughOnceTheDatabaseIsBack() throws Exception {
        PostgresServer server = PostgresServer.running(Path.of(jdbc.queryForObject("show data_directory",
                String.class)));
        String title = "停库重试 " + System.nanoTime();
        String body = SampleArticles.kunshan().body();
        openAs("kunshan");
        UI.getCurrent().navigate(ArticleEditorView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("title")), title);
        @SuppressWarnings("unchecked")
        ComboBox<String> column = _get(ComboBox.class, spec -> spec.withId("column"));
        _setValue(column, "工作交流");
        _setValue(_get(TextField.class, spec -> spec.withId("authors")), "昆山市文明办");
        _setValue(_get(TextField.class, spec -> spec.withId("phone")), "0512-57512345");
        _setValue(_get(TextArea.class, spec -> spec.withId("body")), body);

        server.stop();
        try {
            clickAsTheBrowserWould(_get(Button.class, spec -> spec.withId("submit")));
            NotificationsKt.expectNotifications(
                    "暂时无法连接数据库，本次操作未保存，您填写的内容仍保留在页面上，请稍后重试。");
            _assertOne(ArticleEditorView.class);
            assertThat(_get(TextField.class, spec -> spec.withId("title")).getValue()).isEqualTo(title);
            assertThat(_get(TextField.class, spec -> spec.withId("phone")).getValue()).isEqualTo("0512-57512345");
            assertThat(_get(TextArea.class, spec -> spec.withId("body")).getValue()).isEqualTo(body);
        } finally {
            server.start();
        }

        clickAsTheBrowserWould(_get(Button.class, spec -> spec.withId("submit")));
        _assertOne(ArticleDetailView.class);
        assertThat(_get(Span.class, spec -> spec.withId("article-status")).getText()).isEqualTo("待初审");
        assertThat(jdbc.queryForObject("select count(*) from article where title = ?", Long.class, title))
                .as("the failed attempt left nothing behind").isEqualTo(1);
    }

    /**
     * Karibu calls the listener directly; in the browser Vaadin hands what the listener throws to the session's
     * error handler, and so does this.
     */
    private static void clickAsTheBrowserWould(Button button) {
        try {
            _click(button);
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
    }
}
