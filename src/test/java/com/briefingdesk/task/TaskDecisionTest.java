package com.briefingdesk.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleChangedException;
import com.briefingdesk.article.ArticleContent;
import com.briefingdesk.article.ArticleEvent;
import com.briefingdesk.article.ArticleStatus;
import com.briefingdesk.article.ArticleTasks;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.issue.IssueFixtures;
import com.briefingdesk.kernel.ValidationException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A decision runs as one engine command (TaskCompletion.decide): what it refuses reaches the person as it was
 * thrown, leaves nothing written, and is not logged by the engine as a failure of the system; what it decides steers
 * the process without being stored as a variable.
 */
@BriefingDeskTest
class TaskDecisionTest {

    @Autowired
    IssueFixtures fixtures;
    @Autowired
    TaskGuard guard;
    @Autowired
    TaskCompletion completion;
    @Autowired
    HistoryService historyService;

    @Test
    void refusalsInsideTheDecisionReachThePersonChangeNothingAndAreNoEngineErrors() {
        Article article = fixtures.submitted("binhai", SampleArticles.kunshan());
        Task triage = triageTaskOf(article);
        ListAppender<ILoggingEvent> engineLog = listening("org.camunda");
        try {
            // A field's message, from a check that runs after the guard and the article's reads in the command.
            assertThatThrownBy(() -> fixtures.articleTasks.triage(fixtures.user("editor"), triage.getId(),
                    TriageDecision.RETURN, " ", null, article.version()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                            .containsEntry("comment", "triage.comment.requiredForReturn"));
            // The guard's refusal: a submitter may not triage, whatever task id they try.
            assertThatThrownBy(() -> fixtures.articleTasks.triage(fixtures.user("binhai"), triage.getId(),
                    TriageDecision.ACCEPT, "", null, article.version()))
                    .isInstanceOf(TaskNotAvailableException.class);
            // Changed meanwhile: the edit's version check refuses after the guard has passed.
            assertThatThrownBy(() -> fixtures.articleTasks.triage(fixtures.user("editor"), triage.getId(),
                    TriageDecision.ACCEPT, "", editedTitle(article), article.version() - 1))
                    .isInstanceOf(ArticleChangedException.class);
        } finally {
            stopListening("org.camunda", engineLog);
        }

        assertThat(engineLog.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        Article unchanged = fixtures.articles.find(fixtures.user("binhai"), article.id());
        assertThat(unchanged.status()).isEqualTo(ArticleStatus.SUBMITTED);
        assertThat(unchanged.title()).isEqualTo(article.title());
        assertThat(fixtures.articles.timeline(fixtures.user("binhai"), article.id())).extracting(ArticleEvent::kind)
                .containsExactly(ArticleEvent.Kind.CREATED, ArticleEvent.Kind.SUBMITTED);
        assertThat(fixtures.taskService.createTaskQuery().taskId(triage.getId()).singleResult().getAssignee())
                .isNull();

        fixtures.articleTasks.triage(fixtures.user("editor"), triage.getId(), TriageDecision.ACCEPT, "", null,
                article.version());
        assertThat(fixtures.articles.find(fixtures.user("binhai"), article.id()).status())
                .isEqualTo(ArticleStatus.ACCEPTED);
        assertThat(fixtures.taskService.createTaskQuery().taskId(triage.getId()).count()).isZero();
        // The decision steered the gateway and is kept in the article's events and the audit trail, not as a
        // stored process variable.
        assertThat(historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(article.processInstanceId()).variableName("decision").count()).isZero();
    }

    @Test
    void aDecisionAlreadyStoredAsAVariableIsUpdatedInPlace() {
        // As after a completion through Cockpit or REST, an earlier countersign's outcome, or a process started
        // before decisions were transient: the engine refuses a transient value over a stored one of the same name.
        Article article = fixtures.submitted("jurong", SampleArticles.jurong());
        fixtures.taskService.setVariable(triageTaskOf(article).getId(), "decision", "RETURN");

        fixtures.articleTasks.triage(fixtures.user("editor"), triageTaskOf(article).getId(), TriageDecision.ACCEPT,
                "", null, article.version());

        assertThat(fixtures.articles.find(fixtures.user("jurong"), article.id()).status())
                .isEqualTo(ArticleStatus.ACCEPTED);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(article.processInstanceId())
                .variableName("decision").singleResult().getValue()).isEqualTo("ACCEPT");
    }

    private Task triageTaskOf(Article article) {
        return fixtures.taskService.createTaskQuery().processInstanceId(article.processInstanceId())
                .taskDefinitionKey("Task_Triage").singleResult();
    }

    @Test
    void aClaimThatLandsBetweenTheCheckAndTheCompletionWinsAndTheDecisionIsToldTheTaskIsGone() {
        Article article = fixtures.submitted("gulou", SampleArticles.jurong());
        String taskId = triageTaskOf(article).getId();
        AppUser editor = fixtures.user("editor");

        assertThatThrownBy(() -> completion.decide(taskId, () -> {
            guard.openTask(taskId, ArticleTasks.TRIAGE_FORM, editor);
            // Another editor claims the task and commits while this decision is under way.
            CompletableFuture.runAsync(() -> fixtures.taskService.claim(taskId, "editor2")).join();
            completion.complete(taskId, editor, Map.of("decision", TriageDecision.ACCEPT.name()));
        })).isInstanceOf(TaskNotAvailableException.class);

        assertThat(fixtures.taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo("editor2");
        assertThat(fixtures.articles.find(fixtures.user("gulou"), article.id()).status())
                .isEqualTo(ArticleStatus.SUBMITTED);
    }

    private static ArticleContent editedTitle(Article article) {
        ArticleContent edited = article.content();
        edited.setTitle(article.title() + "（改）");
        return edited;
    }

    private static ListAppender<ILoggingEvent> listening(String name) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger(name).addAppender(appender);
        return appender;
    }

    private static void stopListening(String name, ListAppender<ILoggingEvent> appender) {
        logger(name).detachAppender(appender);
    }

    private static Logger logger(String name) {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(name);
    }
}
