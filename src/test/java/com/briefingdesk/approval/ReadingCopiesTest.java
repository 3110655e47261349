package com.briefingdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleStatus;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 抄送/传阅: sent, listed, opened only by its readers, marked read, seen by the sender; the process never waits. */
@BriefingDeskTest
class ReadingCopiesTest {

    @Autowired
    ApprovalFixtures fixtures;
    @Autowired
    ReadingCopies copies;

    @Test
    void anEditorSendsASubmittedArticleForReadingAndSeesWhoHasReadIt() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        String triage = fixtures.openTask(article.processInstanceId()).getId();
        AppUser editor = fixtures.officePerson(Role.EDITOR);
        AppUser reviewer = fixtures.officePerson(Role.REVIEWER);
        AppUser signatory = fixtures.officePerson(Role.SIGNATORY);
        AppUser stranger = fixtures.officePerson(Role.REVIEWER);
        ReadingCopies.Subject subject = copies.subjectOfProcess(article.processInstanceId()).orElseThrow();
        assertThat(subject).isEqualTo(new ReadingCopies.Subject(ReadingSubjects.ARTICLE, article.id()));

        long id = copies.send(editor, subject, List.of(reviewer.username(), signatory.username()), "请阅，拟作头条");

        assertThat(copies.sentTo(reviewer)).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo(article.title());
            assertThat(c.note()).isEqualTo("请阅，拟作头条");
            assertThat(c.senderName()).isEqualTo(editor.displayName());
            assertThat(c.readAt()).isNull();
        });
        assertThat(copies.waitingFor(reviewer)).isEqualTo(1);
        copies.markRead(reviewer, id, Instant.now());
        assertThat(copies.sentTo(reviewer)).singleElement().satisfies(c -> assertThat(c.readAt()).isNotNull());
        assertThat(copies.waitingFor(reviewer)).isZero();
        assertThat(copies.sentBy(editor)).singleElement().satisfies(c -> {
            assertThat(c.readCount()).isEqualTo(1);
            assertThat(c.readers()).filteredOn(r -> r.readAt() != null).extracting(ReadingCopy.Reader::name)
                    .containsExactly(reviewer.displayName());
        });
        assertThat(copies.open(signatory, id).readAt()).isNull();
        assertThatThrownBy(() -> copies.open(stranger, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> copies.markRead(stranger, id, Instant.now())).isInstanceOf(NotFoundException.class);

        // nothing in the process waits for the readers
        assertThat(fixtures.openTask(article.processInstanceId()).getId()).isEqualTo(triage);
        assertThat(fixtures.articles.find(editor, article.id()).status()).isEqualTo(ArticleStatus.SUBMITTED);
    }

    @Test
    void aCopyWithoutReadersOrOfSomethingTheSenderCannotSeeIsRefused() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        AppUser editor = fixtures.officePerson(Role.EDITOR);
        ReadingCopies.Subject subject = new ReadingCopies.Subject(ReadingSubjects.ARTICLE, article.id());

        assertThatThrownBy(() -> copies.send(editor, subject, List.of(), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("recipients", "approval.copy.recipients.required"));
        assertThatThrownBy(() -> copies.send(editor, subject, List.of(editor.username()), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("recipients", "approval.copy.recipients.invalid"));
        assertThatThrownBy(() -> copies.send(editor, subject, List.of("editor2"), "请阅\u0000"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("note", TypedText.UNSTORABLE));
        // another unit's submitter does not see the article, so cannot send it on
        AppUser otherUnit = fixtures.submitter(fixtures.freshUnit());
        assertThatThrownBy(() -> copies.send(otherUnit, subject, List.of("editor2"), null))
                .isInstanceOf(NotFoundException.class);
        assertThat(copies.sentBy(editor)).isEmpty();
        assertThat(copies.sentBy(otherUnit)).isEmpty();
    }

    @Test
    void aCopyGoesOnlyToPeopleWhoMayOpenItsSubjectThemselves() {
        Article article = fixtures.submitted(fixtures.submitter(fixtures.freshUnit()));
        AppUser editor = fixtures.officePerson(Role.EDITOR);
        AppUser reviewer = fixtures.officePerson(Role.REVIEWER);
        AppUser otherUnit = fixtures.submitter(fixtures.freshUnit());
        ReadingCopies.Subject subject = new ReadingCopies.Subject(ReadingSubjects.ARTICLE, article.id());

        assertThat(copies.addressees(editor, subject)).extracting(AppUser::id).contains(reviewer.id())
                .doesNotContain(otherUnit.id(), editor.id());
        // another unit's submitter would read through the copy an article their unit may not open
        assertThatThrownBy(() -> copies.send(editor, subject, List.of(reviewer.username(), otherUnit.username()),
                null)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                .containsEntry("recipients", "approval.copy.recipients.invalid"));
        assertThat(copies.sentTo(otherUnit)).isEmpty();
        assertThat(copies.sentTo(reviewer)).isEmpty();

        // a unit's unsent draft does not reach the office by copy either
        AppUser submitter = fixtures.submitter(fixtures.freshUnit());
        Article draft = fixtures.articles.createDraft(submitter, SampleArticles.content(SampleArticles.kunshan()));
        ReadingCopies.Subject draftSubject = new ReadingCopies.Subject(ReadingSubjects.ARTICLE, draft.id());
        assertThat(copies.addressees(submitter, draftSubject)).extracting(AppUser::id).doesNotContain(editor.id());
        assertThatThrownBy(() -> copies.send(submitter, draftSubject, List.of(editor.username()), null))
                .isInstanceOf(ValidationException.class);
        assertThat(copies.sentTo(editor)).isEmpty();
    }
}
