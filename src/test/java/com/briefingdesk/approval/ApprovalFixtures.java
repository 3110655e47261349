package com.briefingdesk.approval;

import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleService;
import com.briefingdesk.article.ArticleTasks;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UserDirectory;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** People and articles of their own for the approval tests, so other tests' data never meets theirs. */
@Component
class ApprovalFixtures {

    final UserDirectory directory;
    final ArticleService articles;
    final ArticleTasks articleTasks;
    final TaskService taskService;
    private final PasswordEncoder passwordEncoder;

    ApprovalFixtures(UserDirectory directory, ArticleService articles, ArticleTasks articleTasks,
                     TaskService taskService, PasswordEncoder passwordEncoder) {
        this.directory = directory;
        this.articles = articles;
        this.articleTasks = articleTasks;
        this.taskService = taskService;
        this.passwordEncoder = passwordEncoder;
    }

    AppUser user(String username) {
        return directory.findByUsername(username).orElseThrow();
    }

    Unit freshUnit() {
        String code = "a" + System.nanoTime();
        return directory.createUnit(code, "审批测试单位" + code.substring(code.length() - 5), Unit.Kind.MEMBER);
    }

    AppUser person(Unit unit, Set<Role> roles) {
        String username = "ap" + System.nanoTime();
        return directory.createUser(username, "测试" + username.substring(username.length() - 5), unit.id(),
                passwordEncoder.encode("demo123"), roles);
    }

    AppUser submitter(Unit unit) {
        return person(unit, EnumSet.of(Role.SUBMITTER));
    }

    AppUser officePerson(Role role) {
        return person(directory.findUnitByCode("office").orElseThrow(), EnumSet.of(role));
    }

    Article submitted(AppUser submitter) {
        Article draft = articles.createDraft(submitter, SampleArticles.content(SampleArticles.kunshan()));
        return articles.submit(submitter, draft.id());
    }

    /** An article of the submitter the editors returned for revision: its revision task is created now. */
    Article returned(AppUser submitter) {
        Article article = submitted(submitter);
        articleTasks.triage(user("editor"), openTask(article.processInstanceId()).getId(), TriageDecision.RETURN,
                "请补充数据", null, article.version());
        return articles.find(submitter, article.id());
    }

    Task openTask(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }
}
