package com.briefingdesk.article;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.task.TaskCompletion;
import com.briefingdesk.task.TaskNotAvailableException;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit leader's approval (单位审核) of their unit's article before it reaches the editors: approve, or return it
 * to the submitter with an opinion. Only a leader of the article's own unit may decide, and never on an article
 * they sent themselves.
 */
@Service
public class UnitApprovalTasks {

    public static final String FORM = "article-unit-approval";

    private final ArticleTasks tasks;
    private final TaskCompletion completion;
    private final ArticleRepository articles;
    private final RuntimeService runtimeService;
    private final UserDirectory directory;

    UnitApprovalTasks(ArticleTasks tasks, TaskCompletion completion, ArticleRepository articles,
                      RuntimeService runtimeService, UserDirectory directory) {
        this.tasks = tasks;
        this.completion = completion;
        this.articles = articles;
        this.runtimeService = runtimeService;
        this.directory = directory;
    }

    /** The article of the task; refused as gone for anyone who is not a leader of the article's own unit. */
    public Article articleOfTask(AppUser leader, String taskId) {
        Article article = tasks.articleOfTask(leader, taskId, FORM);
        if (!leader.has(Role.UNIT_LEADER) || article.unitId() != leader.unitId()) {
            throw new TaskNotAvailableException(taskId);
        }
        return article;
    }

    /** Whether the leader wrote or sent the article: then someone else of the unit must approve it. */
    public boolean isOwnArticle(AppUser leader, Article article) {
        return isOwn(leader, article, submitterOf(article));
    }

    private static boolean isOwn(AppUser leader, Article article, Object submitter) {
        return article.createdBy() == leader.id() || leader.username().equals(submitter);
    }

    private Object submitterOf(Article article) {
        return runtimeService.getVariable(article.processInstanceId(), ArticleService.SUBMITTER_VARIABLE);
    }

    /**
     * Whether the article waits for an approval nobody may give: every active leader of its unit wrote or sent it.
     * It waits until an administrator makes someone else of the unit a leader, which its page says.
     */
    public boolean waitsForNoLeader(Article article) {
        if (article.status() != ArticleStatus.UNIT_APPROVAL) {
            return false;
        }
        Object submitter = submitterOf(article);
        return directory.findActiveOfUnit(article.unitId()).stream()
                .noneMatch(person -> person.has(Role.UNIT_LEADER) && !isOwn(person, article, submitter));
    }

    @Transactional
    public void decide(AppUser leader, String taskId, UnitDecision decision, String opinion) {
        completion.decide(taskId, () -> {
            if (decision == null) {
                throw new ValidationException(Map.of("decision", "unitapproval.decision.required"));
            }
            if (decision.needsOpinion() && (opinion == null || opinion.isBlank())) {
                throw new ValidationException(Map.of("opinion", "unitapproval.opinion.required"));
            }
            TypedText.require("opinion", opinion, ArticleTasks.COMMENT_MAX);
            Article article = articleOfTask(leader, taskId);
            if (isOwnArticle(leader, article)) {
                throw new ValidationException(Map.of("decision", "unitapproval.ownArticle"));
            }
            articles.addEvent(article.id(), leader.id(), decision.eventKind(), ArticleService.blankToNull(opinion));
            completion.complete(taskId, leader, Map.of("unitDecision", decision.name()));
        });
    }
}
