package com.briefingdesk.article;

import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditTrail;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.PrintableText;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.task.TaskCompletion;
import com.briefingdesk.task.TaskGuard;
import com.briefingdesk.task.TaskNotAvailableException;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The human tasks of the article process: the editors' triage and the submitter's revision. Each completes its
 * task and writes its domain changes in one transaction; if the task is gone meanwhile (another editor decided,
 * the unit withdrew) nothing is written and the person is told.
 */
@Service
public class ArticleTasks {

    public static final String TRIAGE_FORM = "article-triage";
    public static final String REVISE_FORM = "article-revise";
    /** The length of the timeline's comment column. */
    static final int COMMENT_MAX = 2000;

    private final TaskGuard guard;
    private final TaskCompletion completion;
    private final ArticleRepository articles;
    private final PrintableText printable;
    private final AuditTrail audit;

    ArticleTasks(TaskGuard guard, TaskCompletion completion, ArticleRepository articles, PrintableText printable,
                 AuditTrail audit) {
        this.guard = guard;
        this.completion = completion;
        this.articles = articles;
        this.printable = printable;
        this.audit = audit;
    }

    /** The article a task is about, for the task's form; refused for anyone who may not act on the task. */
    public Article articleOfTask(AppUser user, String taskId, String formKey) {
        Task task = guard.openTask(taskId, formKey, user);
        return articles.findByProcessInstance(task.getProcessInstanceId())
                .orElseThrow(() -> new TaskNotAvailableException(taskId));
    }

    @Transactional
    public void triage(AppUser editor, String taskId, TriageDecision decision, String comment,
                       ArticleContent edited, int expectedVersion) {
        completion.decide(taskId, () -> {
            TypedText.require("comment", comment, COMMENT_MAX);
            if (decision.needsComment() && (comment == null || comment.isBlank())) {
                throw new ValidationException(Map.of("comment", decision == TriageDecision.RETURN
                        ? "triage.comment.requiredForReturn" : "triage.comment.requiredForReject"));
            }
            Article article = articleOfTask(editor, taskId, TRIAGE_FORM);
            if (edited != null && !edited.equals(article.content())) {
                edited.validate();
                printable.require(edited.printedFields());
                saveEdit(article, expectedVersion, edited, editor, ArticleVersion.Reason.EDITOR_EDIT);
                articles.addEvent(article.id(), editor.id(), ArticleEvent.Kind.EDITED, null);
            }
            articles.addEvent(article.id(), editor.id(), decision.eventKind(), ArticleService.blankToNull(comment));
            completion.complete(taskId, editor, Map.of("decision", decision.name()));
        });
    }

    @Transactional
    public void resubmit(AppUser submitter, String taskId, ArticleContent revised, int expectedVersion, String note) {
        completion.decide(taskId, () -> {
            TypedText.require("note", note, COMMENT_MAX);
            revised.validate();
            printable.require(revised.printedFields());
            Article article = articleOfTask(submitter, taskId, REVISE_FORM);
            saveEdit(article, expectedVersion, revised, submitter, ArticleVersion.Reason.REVISION);
            articles.addEvent(article.id(), submitter.id(), ArticleEvent.Kind.RESUBMITTED,
                    ArticleService.blankToNull(note));
            completion.complete(taskId, submitter, Map.of());
        });
    }

    private void saveEdit(Article article, int expectedVersion, ArticleContent content, AppUser user,
                          ArticleVersion.Reason reason) {
        if (!articles.update(article.id(), expectedVersion, content)) {
            throw new ArticleChangedException(article.id());
        }
        articles.addVersion(article.id(), content.getTitle(), content.parsedBody(), user.id(), reason);
        audit.record(user, AuditAction.ARTICLE_EDITED, ArticleService.PROCESS_KEY, article.id(), reason.name());
    }

}
