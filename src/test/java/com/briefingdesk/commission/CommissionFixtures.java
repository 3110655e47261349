package com.briefingdesk.commission;

import com.briefingdesk.Office;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleService;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UserDirectory;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Units of their own for commission tests (so no other test's inbox fills up), each with a submitter, and
 * notices to them.
 */
@Component
public class CommissionFixtures {

    final UserDirectory directory;
    final Commissions commissions;
    final CommissionAnswers answers;
    final ArticleService articles;
    final TaskService taskService;
    final ManagementService managementService;
    private final PasswordEncoder passwordEncoder;

    CommissionFixtures(UserDirectory directory, Commissions commissions, CommissionAnswers answers,
                       ArticleService articles, TaskService taskService, ManagementService managementService,
                       PasswordEncoder passwordEncoder) {
        this.directory = directory;
        this.commissions = commissions;
        this.answers = answers;
        this.articles = articles;
        this.taskService = taskService;
        this.managementService = managementService;
        this.passwordEncoder = passwordEncoder;
    }

    public AppUser user(String username) {
        return directory.findByUsername(username).orElseThrow();
    }

    public Unit unit(String code) {
        return directory.findUnitByCode(code).orElseThrow();
    }

    public Unit freshUnit(String name) {
        String code = "c" + System.nanoTime();
        return directory.createUnit(code, name + code.substring(code.length() - 4), Unit.Kind.MEMBER);
    }

    public AppUser submitter(Unit unit) {
        String username = "s" + System.nanoTime();
        return directory.createUser(username, unit.name() + "报送员", unit.id(), passwordEncoder.encode("demo123"),
                EnumSet.of(Role.SUBMITTER));
    }

    public Article submitted(AppUser submitter, String title) {
        var content = SampleArticles.content(SampleArticles.kunshan());
        content.setTitle(title);
        Article draft = articles.createDraft(submitter, content);
        return articles.submit(submitter, draft.id());
    }

    CommissionNotice notice(String topic, LocalDateTime deadline, Unit... units) {
        CommissionNotice notice = new CommissionNotice();
        notice.setTopic(topic);
        notice.setRequirements("围绕主题报送典型做法，每篇 1500 字以内。");
        notice.setDeadline(deadline);
        notice.setUnitIds(Set.of(units).stream().map(Unit::id).collect(Collectors.toSet()));
        return notice;
    }

    Commission issued(String topic, Unit... units) {
        return commissions.issue(user("editor"),
                notice(topic, LocalDateTime.now(Office.ZONE).plusDays(3).withNano(0), units));
    }

    List<Task> answerTasks(Commission commission) {
        return taskService.createTaskQuery().processInstanceId(commission.processInstanceId())
                .taskDefinitionKey("Task_Answer").initializeFormKeys().list();
    }

    String taskOf(Commission commission, Unit unit) {
        return answerTasks(commission).stream().filter(t -> taskService.getIdentityLinksForTask(t.getId()).stream()
                .anyMatch(l -> Unit.submitterGroup(unit.code()).equals(l.getGroupId()))).findFirst().orElseThrow()
                .getId();
    }

    Job timer(Commission commission, String activityId) {
        return managementService.createJobQuery().processInstanceId(commission.processInstanceId())
                .activityId(activityId).singleResult();
    }

    ResponseStatus statusOf(Commission commission, Unit unit) {
        return commissions.responses(user("editor"), commission.id()).stream().filter(r -> r.unitId() == unit.id())
                .findFirst().orElseThrow().status();
    }
}
