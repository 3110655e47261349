package com.briefingdesk.task;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.UiTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.issue.IssueFixtures;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InboxViewTest extends UiTest {

    @Autowired
    IssueFixtures fixtures;
    @Autowired
    TaskInbox inbox;

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
        assertThat(view.mine.isAllRowsVisible()).isEqualTo(assigned <= InboxView.SHORT_LIST);
        assertThat(view.offered.isVisible()).isEqualTo(!inbox.offeredTo(submitter).isEmpty());
    }
}
