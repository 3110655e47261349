package com.briefingdesk.article;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UserDirectory;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** A unit of a test's own that requires its leader's approval, its people, and its articles at the approval step. */
@Component
class UnitApprovalFixtures {

    private final UserDirectory directory;
    private final ArticleService articles;
    private final TaskService taskService;

    UnitApprovalFixtures(UserDirectory directory, ArticleService articles, TaskService taskService) {
        this.directory = directory;
        this.articles = articles;
        this.taskService = taskService;
    }

    record TestUnit(Unit unit, AppUser submitter, AppUser leader) { }

    TestUnit unitRequiringApproval() {
        String code = "ua" + System.nanoTime();
        Unit unit = directory.createUnit(code, "审核单位" + code.substring(code.length() - 6), Unit.Kind.MEMBER);
        directory.setRequiresLeaderApproval(unit.id(), true);
        return new TestUnit(unit, person(unit, "报送", EnumSet.of(Role.SUBMITTER)),
                person(unit, "审核", EnumSet.of(Role.UNIT_LEADER)));
    }

    AppUser person(Unit unit, String what, Set<Role> roles) {
        String username = "ua" + System.nanoTime();
        return directory.createUser(username, what + username.substring(username.length() - 4), unit.id(), "x",
                roles);
    }

    AppUser user(String username) {
        return directory.findByUsername(username).orElseThrow();
    }

    Article submitted(AppUser submitter) {
        Article draft = articles.createDraft(submitter, SampleArticles.content(SampleArticles.kunshan()));
        return articles.submit(submitter, draft.id());
    }

    String taskOf(Article article, String definitionKey) {
        return taskService.createTaskQuery().processInstanceId(article.processInstanceId())
                .taskDefinitionKey(definitionKey).singleResult().getId();
    }
}
