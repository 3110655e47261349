package com.briefingdesk.identity;

/** What a person may do. A person may hold several roles; the Camunda group is where their tasks wait. */
public enum Role {
    SUBMITTER(null),
    UNIT_LEADER(null),
    EDITOR("editors"),
    REVIEWER("reviewers"),
    SIGNATORY("signatories"),
    RECIPIENT(null),
    ADMIN("camunda-admin");

    /** Spring Security authority names, for {@code @RolesAllowed} on views. */
    public static final String SUBMITTER_AUTHORITY = "SUBMITTER";
    public static final String UNIT_LEADER_AUTHORITY = "UNIT_LEADER";
    public static final String EDITOR_AUTHORITY = "EDITOR";
    public static final String ADMIN_AUTHORITY = "ADMIN";

    private final String candidateGroup;

    Role(String candidateGroup) {
        this.candidateGroup = candidateGroup;
    }

    /** The message key of the role's name: 报送员, Submitter. */
    public String messageKey() {
        return "role." + name();
    }

    /** The Camunda candidate group of this role's tasks, or null when its tasks are assigned to a person. */
    public String candidateGroup() {
        return candidateGroup;
    }
}
