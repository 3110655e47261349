package com.briefingdesk.identity;

import java.util.EnumSet;
import java.util.Set;

/** A unit: the provincial office, or a city or county unit that submits articles and receives issues. */
public record Unit(long id, String code, String name, Kind kind, boolean requiresLeaderApproval, boolean active) {

    public enum Kind { OFFICE, MEMBER }

    /**
     * The roles someone active in the unit must hold, or part of its work reaches nobody: a member unit's submitters
     * answer commissions and revise returned articles, its recipients acknowledge issues, and its leaders approve
     * its articles where it requires that. The office's roles are groups of the whole office, not of a unit.
     */
    public Set<Role> rolesNeeded() {
        if (kind == Kind.OFFICE || !active) {
            return Set.of();
        }
        return requiresLeaderApproval ? EnumSet.of(Role.SUBMITTER, Role.UNIT_LEADER, Role.RECIPIENT)
                : EnumSet.of(Role.SUBMITTER, Role.RECIPIENT);
    }

    /** The Camunda group of a unit's recipients (收文人), e.g. unit-kunshan-recipients. */
    public static String recipientGroup(String unitCode) {
        return CandidateGroup.ofUnit(Role.RECIPIENT, unitCode);
    }

    /** The Camunda group of a unit's submitters (报送员), e.g. unit-kunshan-submitters: where commissions wait. */
    public static String submitterGroup(String unitCode) {
        return CandidateGroup.ofUnit(Role.SUBMITTER, unitCode);
    }

    /** The Camunda group of a unit's leaders (单位审核人), e.g. unit-kunshan-leaders, who approve its articles. */
    public static String leaderGroup(String unitCode) {
        return CandidateGroup.ofUnit(Role.UNIT_LEADER, unitCode);
    }
}
