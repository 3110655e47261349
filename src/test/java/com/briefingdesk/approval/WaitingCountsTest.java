package com.briefingdesk.approval;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.UiTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.MySubmissionsView;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.task.InboxView;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 待办 and 待阅 in the menu say how many things wait, and follow the person's work from view to view. */
class WaitingCountsTest extends UiTest {

    @Autowired
    ApprovalFixtures fixtures;
    @Autowired
    ReadingCopies copies;

    @Test
    void theInboxEntryCountsTheTasksThatWaitForThePerson() {
        AppUser submitter = fixtures.submitter(fixtures.freshUnit());
        openAs(submitter.username());
        UI.getCurrent().navigate(InboxView.class);
        assertThat(badge("waiting-inbox").isVisible()).as("nothing waits: no count").isFalse();

        fixtures.returned(submitter);
        fixtures.returned(submitter);
        UI.getCurrent().navigate(MySubmissionsView.class);
        assertThat(badge("waiting-inbox").isVisible()).isTrue();
        assertThat(badge("waiting-inbox").getText()).isEqualTo("2");
    }

    @Test
    void theReadingEntryCountsTheCopiesNotReadYet() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        AppUser editor = fixtures.officePerson(Role.EDITOR);
        AppUser reviewer = fixtures.officePerson(Role.REVIEWER);
        ReadingCopies.Subject subject = copies.subjectOfProcess(article.processInstanceId()).orElseThrow();
        long copy = copies.send(editor, subject, List.of(reviewer.username()), "请阅");

        openAs(reviewer.username());
        UI.getCurrent().navigate(InboxView.class);
        assertThat(badge("waiting-reading").isVisible()).isTrue();
        assertThat(badge("waiting-reading").getText()).isEqualTo("1");

        copies.markRead(reviewer, copy, Instant.now());
        UI.getCurrent().navigate(ForReadingView.class);
        assertThat(badge("waiting-reading").isVisible()).as("read: nothing waits").isFalse();
    }

    @Test
    void aCopySentWhileThePersonLooksAtTheirCopiesShowsAtTheNextPollAndIsCounted() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        AppUser editor = fixtures.officePerson(Role.EDITOR);
        AppUser reviewer = fixtures.officePerson(Role.REVIEWER);
        openAs(reviewer.username());
        UI.getCurrent().navigate(ForReadingView.class);
        ForReadingView list = _get(ForReadingView.class);
        assertThat(list.toMe.isVisible()).as("nothing sent yet").isFalse();

        ReadingCopies.Subject subject = copies.subjectOfProcess(article.processInstanceId()).orElseThrow();
        copies.send(editor, subject, List.of(reviewer.username()), "请阅");
        poll();
        assertThat(list.toMe.getGenericDataView().getItems()).extracting(ReadingCopy::title)
                .containsExactly(article.title());
        assertThat(badge("waiting-reading").getText()).isEqualTo("1");
        NotificationsKt.expectNotifications("待阅新到 1 份");
    }

    private static Span badge(String id) {
        return (Span) descendants(UI.getCurrent()).filter(c -> c.getId().filter(id::equals).isPresent())
                .findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(WaitingCountsTest::descendants));
    }
}
