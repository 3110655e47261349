package com.briefingdesk.article;

import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.notice.NoticeMail;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reminds a submitter that a returned article waits for revision: by mail, and in the article's timeline.
 */
@Component("revisionReminder")
public class RevisionReminder {

    private static final Logger log = LoggerFactory.getLogger(RevisionReminder.class);
    /** The revision's user task in bpmn/article.bpmn. */
    private static final String REVISE_TASK = "Task_Revise";

    private final ArticleRepository articles;
    private final UserDirectory directory;
    private final NoticeMail mail;
    private final TaskService taskService;

    RevisionReminder(ArticleRepository articles, UserDirectory directory, NoticeMail mail, TaskService taskService) {
        this.articles = articles;
        this.directory = directory;
        this.mail = mail;
        this.taskService = taskService;
    }

    public void remind(Long articleId) {
        articles.addEvent(articleId, null, ArticleEvent.Kind.REMINDER_SENT, null);
        articles.find(articleId).ifPresent(article -> {
            log.info("Reminder: article {} of {} waits for revision by {}", articleId, article.unitName(),
                    article.createdByName());
            // Whoever holds the revision now: its author, or a successor it was handed over to.
            Optional.ofNullable(taskService.createTaskQuery().processDefinitionKey(ArticleService.PROCESS_KEY)
                            .processInstanceBusinessKey(String.valueOf(articleId)).taskDefinitionKey(REVISE_TASK)
                            .singleResult())
                    .map(Task::getAssignee).flatMap(directory::findByUsername).filter(holder -> holder.active())
                    .ifPresent(holder -> mail.send(List.of(holder),
                            mail.text("mail.revision.subject", article.title()),
                            mail.text("mail.revision.body", article.title(), mail.link(""))));
        });
    }
}
