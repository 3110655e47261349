package com.briefingdesk.issue;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What bpmn/issue.bpmn asks about an issue's countersign (会签): whether there is one, who its members are (the
 * multi-instance collection), whether the rule has settled it (the completion condition) and how (reviewDecision).
 * Everything is read from our tables, so the process carries only the members' usernames and the decision.
 */
@Component("issueCountersign")
public class IssueCountersign {

    private final CountersignRepository countersigns;

    IssueCountersign(CountersignRepository countersigns) {
        this.countersigns = countersigns;
    }

    public boolean required(Long issueId) {
        return countersigns.find(issueId).map(c -> !c.members().isEmpty()).orElse(false);
    }

    public List<String> members(Long issueId) {
        return countersign(issueId).members().stream().map(Countersign.Member::username).toList();
    }

    public boolean settled(Long issueId) {
        return countersign(issueId).settled();
    }

    public String outcome(Long issueId) {
        return countersign(issueId).outcome().name();
    }

    private Countersign countersign(long issueId) {
        return countersigns.find(issueId)
                .orElseThrow(() -> new IllegalStateException("issue " + issueId + " has no countersign"));
    }
}
