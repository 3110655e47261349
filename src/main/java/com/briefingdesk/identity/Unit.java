package com.briefingdesk.identity;

/** A unit: the provincial office, or a city or county unit that submits articles and receives issues. */
public record Unit(long id, String code, String name, Kind kind, boolean requiresLeaderApproval, boolean active) {

    public enum Kind { OFFICE, MEMBER }

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
