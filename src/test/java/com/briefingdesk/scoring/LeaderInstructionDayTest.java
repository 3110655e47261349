package com.briefingdesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.Office;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * At 07:30 in Nanjing the server's UTC date is still yesterday: an instruction the leader gave this morning is
 * dated today, in the office, and is not refused as a day in the future; tomorrow still is.
 */
@BriefingDeskTest
class LeaderInstructionDayTest {

    /** 1 December 2026, 07:30 in the office; 23:30 on 30 November on the server. */
    static final Instant EARLY_MORNING = Instant.parse("2026-11-30T23:30:00Z");

    @Autowired
    ScoringFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anInstructionOfThisMorningIsDatedTheOfficesToday() {
        LeaderInstructions instructions = new LeaderInstructions(jdbc,
                new OfficeClock(Clock.fixed(EARLY_MORNING, Office.ZONE)));
        long article = fixtures.submitted(fixtures.unit("晨"), LocalDateTime.of(2026, 11, 20, 9, 0));
        fixtures.published(fixtures.freshSeries(), LocalDateTime.of(2026, 11, 27, 9, 0), article);
        LocalDate officeToday = LocalDate.of(2026, 12, 1);

        assertThatThrownBy(() -> instructions.record(fixtures.editor(), article, "省委副书记", officeToday.plusDays(1),
                "请总结推广。")).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                .containsEntry("instructedOn", "scoring.instruction.dateFuture"));

        assertThatThrownBy(() -> instructions.record(fixtures.editor(), article, "省委\u0000副书记", officeToday,
                "请总结\u001B推广。")).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                .containsEntry("instructedBy", TypedText.UNSTORABLE).containsEntry("text", TypedText.UNSTORABLE));

        LeaderInstruction recorded = instructions.record(fixtures.editor(), article, "省委副书记", officeToday,
                "请总结推广。");
        assertThat(recorded.instructedOn()).isEqualTo(officeToday);
    }
}
