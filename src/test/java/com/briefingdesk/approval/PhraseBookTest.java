package com.briefingdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 常用语: each person keeps their own, once each, and removes them; nobody else sees them. */
@BriefingDeskTest
class PhraseBookTest {

    @Autowired
    ApprovalFixtures fixtures;
    @Autowired
    PhraseBook book;

    @Test
    void eachPersonKeepsAndRemovesTheirOwnPhrases() {
        AppUser signatory = fixtures.officePerson(Role.SIGNATORY);
        AppUser other = fixtures.officePerson(Role.SIGNATORY);

        book.add(signatory, "同意，请按程序印发");
        book.add(signatory, " 已阅，请编辑部研究 ");
        book.add(signatory, "同意，请按程序印发");
        assertThat(book.of(signatory)).containsExactly("同意，请按程序印发", "已阅，请编辑部研究");
        assertThat(book.of(other)).isEmpty();

        book.remove(signatory, "同意，请按程序印发");
        assertThat(book.of(signatory)).containsExactly("已阅，请编辑部研究");
        assertThatThrownBy(() -> book.add(signatory, "  "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("phrase", "approval.phrase.required"));
        assertThatThrownBy(() -> book.add(signatory, "意".repeat(PhraseBook.MAX_PHRASE + 1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> book.add(signatory, "同意\u0000"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("phrase", TypedText.UNSTORABLE));
        assertThat(book.of(signatory)).containsExactly("已阅，请编辑部研究");
    }
}
