package com.briefingdesk.issue;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.task.TaskCompletion;
import com.briefingdesk.task.TaskNotAvailableException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会签: the editor chooses the members and the rule while composing; each member decides in their own task of the
 * countersign; a member may add another reviewer mid-way (加签).
 */
@Service
public class CountersignTasks {

    public static final String COUNTERSIGN_FORM = "issue-countersign";

    private final IssueTasks issueTasks;
    private final TaskCompletion completion;
    private final IssueRepository issues;
    private final CountersignRepository countersigns;
    private final IssueProcessMoves moves;
    private final UserDirectory directory;

    CountersignTasks(IssueTasks issueTasks, TaskCompletion completion, IssueRepository issues,
                     CountersignRepository countersigns, IssueProcessMoves moves, UserDirectory directory) {
        this.issueTasks = issueTasks;
        this.completion = completion;
        this.issues = issues;
        this.countersigns = countersigns;
        this.moves = moves;
        this.directory = directory;
    }

    /** Everyone who may be a member: the active reviewers. */
    public List<AppUser> reviewers() {
        return directory.findAll().stream().filter(u -> u.active() && u.has(Role.REVIEWER)).toList();
    }

    public Optional<Countersign> of(long issueId) {
        return countersigns.find(issueId);
    }

    // --- while composing ---

    /** Chooses a countersign for the review: at least two reviewers and a rule. */
    @Transactional
    public Countersign configure(AppUser editor, String composeTaskId, CountersignRule rule,
                                 Collection<Long> memberIds) {
        Issue issue = issueTasks.issueOfTask(editor, composeTaskId, IssueTasks.COMPOSE_FORM);
        if (rule == null) {
            throw new ValidationException(Map.of("rule", "flow.countersign.ruleRequired"));
        }
        List<Long> members = memberIds.stream().distinct().toList();
        if (members.size() < 2) {
            throw new ValidationException(Map.of("members", "flow.countersign.twoMembers"));
        }
        members.forEach(id -> requireReviewer(id, "members"));
        countersigns.replace(issue.id(), rule, members, editor.id());
        return countersigns.find(issue.id()).orElseThrow();
    }

    /** No countersign: the review is one decision of the reviewers group again. */
    @Transactional
    public void remove(AppUser editor, String composeTaskId) {
        Issue issue = issueTasks.issueOfTask(editor, composeTaskId, IssueTasks.COMPOSE_FORM);
        countersigns.remove(issue.id());
    }

    // --- a member's task ---

    public Issue issueOfTask(AppUser member, String taskId) {
        return issueTasks.issueOfTask(member, taskId, COUNTERSIGN_FORM);
    }

    /**
     * A member's decision. It completes the member's task, and the completion condition applies the rule. A return
     * that settles the countersign and asks for a step other than composing moves the process there instead.
     */
    @Transactional
    public void decide(AppUser member, String taskId, IssueOpinion.Decision decision, String opinion,
                       IssueOpinion.Step returnTo) {
        completion.decide(taskId, () -> {
            Issue issue = issueOfTask(member, taskId);
            boolean returned = decision == IssueOpinion.Decision.RETURN;
            if (returned) {
                IssueTasks.requireOpinion(opinion);
            }
            TypedText.require("opinion", opinion, IssueTasks.OPINION_MAX);
            IssueOpinion.Step target = returned ? (returnTo == null ? IssueOpinion.Step.COMPOSE : returnTo) : null;
            countersigns.lock(issue.id());
            countersigns.decide(issue.id(), member.id(), decision);
            issues.addOpinion(issue.id(), IssueOpinion.Step.REVIEW, decision, IssueTasks.blankToNull(opinion),
                    member.id(), target);
            Countersign countersign = countersigns.find(issue.id()).orElseThrow();
            if (returned && target != IssueOpinion.Step.COMPOSE && countersign.settled()) {
                // Within the decision's command: a move that loses to another person's fails the flush, told as gone.
                moves.restartAt(issue.processInstanceId(), target);
            } else {
                completion.complete(taskId, member, Map.of());
            }
        });
    }

    /** 加签: a member adds another reviewer, who gets a task of this countersign at once. */
    @Transactional
    public Countersign addMember(AppUser member, String taskId, long newMemberId) {
        Issue issue = issueOfTask(member, taskId);
        countersigns.lock(issue.id());
        AppUser added = requireReviewer(newMemberId, "member");
        Countersign countersign = countersigns.find(issue.id()).orElseThrow(() -> new TaskNotAvailableException(taskId));
        if (countersign.isMember(newMemberId)) {
            throw new ValidationException(Map.of("member", "flow.addSigner.alreadyMember"));
        }
        countersigns.addMember(issue.id(), newMemberId, member.id());
        moves.addCountersignInstance(issue.processInstanceId(), added.username());
        return countersigns.find(issue.id()).orElseThrow();
    }

    private AppUser requireReviewer(long userId, String field) {
        return directory.findById(userId).filter(u -> u.active() && u.has(Role.REVIEWER))
                .orElseThrow(() -> new ValidationException(Map.of(field, "flow.countersign.notReviewer")));
    }
}
