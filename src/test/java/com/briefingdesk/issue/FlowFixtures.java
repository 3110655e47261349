package com.briefingdesk.issue;

import com.briefingdesk.article.Article;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Issues standing at a given step of the approval flow, with or without a countersign, for the flow tests. */
@Component
public class FlowFixtures {

    public final IssueFixtures base;
    public final CountersignTasks countersigns;
    public final IssueFlow flow;

    FlowFixtures(IssueFixtures base, CountersignTasks countersigns, IssueFlow flow) {
        this.base = base;
        this.countersigns = countersigns;
        this.flow = flow;
    }

    public AppUser user(String username) {
        return base.user(username);
    }

    /** A reviewer of the office of this test's own, so three members are at hand besides the demo's two. */
    public AppUser newReviewer() {
        String username = "rv-" + Long.toString(System.nanoTime(), 36);
        return base.directory.createUser(username, "审核" + username.substring(username.length() - 4),
                user("reviewer").unitId(), "x", Set.of(Role.REVIEWER));
    }

    /** A started issue holding one accepted article, at composing. */
    public Issue composing() {
        Article article = base.accepted("gulou", SampleArticles.all().get(3));
        Issue issue = base.issues.start(user("editor"), base.freshSeries(1003).id());
        return base.issueTasks.include(user("editor"), composeTask(issue), article.id(), "工作交流");
    }

    public String composeTask(Issue issue) {
        return base.openTask(issue, IssueTasks.COMPOSE_FORM);
    }

    /** Composed by editor (with the countersign if members are given) and proofread by editor2: at review. */
    public Issue inReview(CountersignRule rule, List<AppUser> members) {
        Issue issue = composing();
        String compose = composeTask(issue);
        if (!members.isEmpty()) {
            countersigns.configure(user("editor"), compose, rule, members.stream().map(AppUser::id).toList());
        }
        base.issueTasks.completeComposition(user("editor"), compose, base.composition(issue));
        base.issueTasks.proofread(user("editor2"), base.openTask(issue, IssueTasks.PROOFREAD_FORM), true, null);
        return base.issues.load(issue.id());
    }

    /** Through a single review by reviewer: at sign-off. */
    public Issue atSignOff() {
        Issue issue = inReview(null, List.of());
        base.issueTasks.review(user("reviewer"), base.openTask(issue, IssueTasks.REVIEW_FORM),
                IssueOpinion.Decision.APPROVE, "同意");
        return base.issues.load(issue.id());
    }

    /** The open countersign task of the member. */
    public String countersignTask(Issue issue, AppUser member) {
        return openTasks(issue).stream().filter(t -> member.username().equals(t.getAssignee()))
                .findFirst().orElseThrow(() -> new AssertionError(member.username() + " has no task")).getId();
    }

    public List<Task> openTasks(Issue issue) {
        return base.taskService.createTaskQuery().processInstanceId(issue.processInstanceId()).initializeFormKeys()
                .list();
    }
}
