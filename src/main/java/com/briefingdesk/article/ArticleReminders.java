package com.briefingdesk.article;

import com.briefingdesk.approval.StepReminder;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.task.TaskNotAvailableException;
import com.briefingdesk.task.WaitingStep;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办 of a returned article's revision by an editor: the issue of the week waits for it, and the timer's own
 * reminder (after {@code briefing.article.revision-reminder}) would come too late.
 */
@Service
public class ArticleReminders {

    private final ArticleService articles;
    private final StepReminder reminder;

    ArticleReminders(ArticleService articles, StepReminder reminder) {
        this.articles = articles;
        this.reminder = reminder;
    }

    /** An editor may remind the unit of an article returned for revision. */
    public boolean mayRemind(AppUser user, Article article, WaitingStep step) {
        return user.has(Role.EDITOR) && article.status() == ArticleStatus.RETURNED && !step.isFor(user);
    }

    /** Mails whoever revises with the editor's note, and records it with the article's acts. */
    @Transactional
    public void remind(AppUser editor, long articleId, String taskId, String note) {
        Article article = articles.find(editor, articleId);
        if (!editor.has(Role.EDITOR)) {
            throw new NotFoundException("task " + taskId);
        }
        if (article.status() != ArticleStatus.RETURNED) { // resubmitted or withdrawn meanwhile
            throw new TaskNotAvailableException(taskId);
        }
        reminder.urge(editor, article.processInstanceId(), taskId, note);
    }
}
