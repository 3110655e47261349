package com.briefingdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The candidate groups read back into their role and unit, as the directory gives them to the engine. */
class CandidateGroupTest {

    @Test
    void aGroupIdIsReadBackIntoItsRoleAndUnit() {
        assertThat(CandidateGroup.of("editors")).contains(new CandidateGroup(Role.EDITOR, null));
        assertThat(CandidateGroup.of("signatories")).contains(new CandidateGroup(Role.SIGNATORY, null));
        assertThat(CandidateGroup.of(Unit.recipientGroup("xuzhou-gulou")))
                .contains(new CandidateGroup(Role.RECIPIENT, "xuzhou-gulou"));
        assertThat(CandidateGroup.of(Unit.submitterGroup("kunshan")))
                .contains(new CandidateGroup(Role.SUBMITTER, "kunshan"));
        assertThat(CandidateGroup.of(Unit.leaderGroup("taicang")))
                .contains(new CandidateGroup(Role.UNIT_LEADER, "taicang"));
        assertThat(CandidateGroup.of("unit--leaders")).as("no unit code").isEmpty();
        assertThat(CandidateGroup.of("unit-kunshan-readers")).isEmpty();
        assertThat(CandidateGroup.of("accounting")).isEmpty();
    }

    @Test
    void everyGroupIsTheOfficesAndEachUnitsThree() {
        Unit kunshan = new Unit(1, "kunshan", "昆山市", Unit.Kind.MEMBER, false, true);
        assertThat(CandidateGroup.all(List.of(kunshan))).containsExactlyInAnyOrder("editors", "reviewers",
                "signatories", "unit-kunshan-recipients", "unit-kunshan-submitters",
                "unit-kunshan-leaders");
    }
}
