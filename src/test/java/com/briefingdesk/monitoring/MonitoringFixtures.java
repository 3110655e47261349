package com.briefingdesk.monitoring;

import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleService;
import com.briefingdesk.article.ArticleTasks;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueService;
import com.briefingdesk.issue.SeriesService;
import com.briefingdesk.issue.SeriesSettings;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Builds what monitoring tests count: a unit of their own (so other tests' articles never change the figures),
 * its people, articles at the steps a test needs, and a series of its own for issues.
 */
@Component
class MonitoringFixtures {

    final UserDirectory directory;
    final ArticleService articles;
    final ArticleTasks articleTasks;
    final IssueService issues;
    final SeriesService series;
    final TaskService taskService;
    private final PasswordEncoder passwordEncoder;

    MonitoringFixtures(UserDirectory directory, ArticleService articles, ArticleTasks articleTasks,
                       IssueService issues, SeriesService series, TaskService taskService,
                       PasswordEncoder passwordEncoder) {
        this.directory = directory;
        this.articles = articles;
        this.articleTasks = articleTasks;
        this.issues = issues;
        this.series = series;
        this.taskService = taskService;
        this.passwordEncoder = passwordEncoder;
    }

    AppUser user(String username) {
        return directory.findByUsername(username).orElseThrow();
    }

    AppUser admin() {
        return user("admin");
    }

    Unit freshUnit() {
        String code = "u" + System.nanoTime();
        return directory.createUnit(code, "测试单位" + code.substring(code.length() - 5), Unit.Kind.MEMBER);
    }

    AppUser person(Unit unit, Set<Role> roles) {
        String username = "p" + System.nanoTime();
        return directory.createUser(username, "测试" + username.substring(username.length() - 5), unit.id(),
                passwordEncoder.encode("demo123"), roles);
    }

    AppUser submitter(Unit unit) {
        return person(unit, EnumSet.of(Role.SUBMITTER));
    }

    AppUser officeEditor() {
        return person(directory.findUnitByCode("office").orElseThrow(), EnumSet.of(Role.EDITOR));
    }

    Article submitted(AppUser submitter) {
        Article draft = articles.createDraft(submitter, SampleArticles.content(SampleArticles.kunshan()));
        return articles.submit(submitter, draft.id());
    }

    Task openTask(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    Article triaged(AppUser submitter, TriageDecision decision) {
        Article article = submitted(submitter);
        articleTasks.triage(user("editor"), openTask(article.processInstanceId()).getId(), decision,
                decision.needsComment() ? "请补充数据" : null, null, article.version());
        return articles.find(user("editor"), article.id());
    }

    BriefingSeries freshSeries() {
        SeriesSettings settings = new SeriesSettings();
        settings.setCode("m" + System.nanoTime());
        settings.setTitle("监控测试简报");
        settings.setIssuingOffice("江苏省文明办");
        settings.setMarking("");
        settings.setSerialPrefix("苏简字");
        settings.setColumnsText("工作交流");
        settings.setDefaultPrintCount(100);
        settings.setLastSerial(0);
        settings.setReportTo("中央文明办");
        settings.setSendTo("");
        settings.setDistributeTo("各设区市文明办");
        return series.create(admin(), settings);
    }

    Issue startedIssue(BriefingSeries s) {
        return issues.start(user("editor"), s.id());
    }
}
