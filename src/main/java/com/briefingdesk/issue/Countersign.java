package com.briefingdesk.issue;

import java.util.List;

/** The countersign of an issue's review: its rule and members, with the members' decisions of the current round. */
public record Countersign(long issueId, CountersignRule rule, List<Member> members) {

    /** A member; addedByName is who added them mid-way (加签), null when chosen with the countersign. */
    public record Member(long userId, String username, String displayName, String addedByName,
                         IssueOpinion.Decision decision) {

        boolean decided(IssueOpinion.Decision wanted) {
            return decision == wanted;
        }
    }

    public Countersign {
        members = List.copyOf(members);
    }

    /** Whether the rule already decides the step, whatever the members who have not decided yet would say. */
    public boolean settled() {
        return switch (rule) {
            case ALL -> any(IssueOpinion.Decision.RETURN) || all(IssueOpinion.Decision.APPROVE);
            case ANY -> any(IssueOpinion.Decision.APPROVE) || all(IssueOpinion.Decision.RETURN);
        };
    }

    /** APPROVE when the rule is met, RETURN otherwise (the value of the process variable reviewDecision). */
    public IssueOpinion.Decision outcome() {
        boolean approved = switch (rule) {
            case ALL -> all(IssueOpinion.Decision.APPROVE);
            case ANY -> any(IssueOpinion.Decision.APPROVE);
        };
        return approved ? IssueOpinion.Decision.APPROVE : IssueOpinion.Decision.RETURN;
    }

    public boolean anyDecided() {
        return members.stream().anyMatch(m -> m.decision() != null);
    }

    public boolean isMember(long userId) {
        return members.stream().anyMatch(m -> m.userId() == userId);
    }

    private boolean any(IssueOpinion.Decision decision) {
        return members.stream().anyMatch(m -> m.decided(decision));
    }

    private boolean all(IssueOpinion.Decision decision) {
        return !members.isEmpty() && members.stream().allMatch(m -> m.decided(decision));
    }
}
