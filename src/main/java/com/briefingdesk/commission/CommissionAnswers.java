package com.briefingdesk.commission;

import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleService;
import com.briefingdesk.article.ArticleStatus;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.task.TaskCompletion;
import com.briefingdesk.task.TaskGuard;
import com.briefingdesk.task.TaskNotAvailableException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's side of a commission: its submitters answer with one or more of the unit's submitted articles (or
 * write a new one for the notice), or decline with a reason. Only on the unit's own, open answer task.
 */
@Service
public class CommissionAnswers {

    static final String ANSWER_FORM = "commission-answer";
    static final String UNIT_VARIABLE = "commissionUnitId";
    static final String DECISION_VARIABLE = "commissionAnswer";
    static final int REASON_MAX = 1000;
    /** Articles the office has received: drafts are not sent yet, the rest are gone. */
    static final Set<ArticleStatus> ANSWERABLE = EnumSet.of(ArticleStatus.SUBMITTED, ArticleStatus.RETURNED,
            ArticleStatus.ACCEPTED, ArticleStatus.SCHEDULED, ArticleStatus.ADOPTED);

    /** The commission of an open answer task and the unit that owes the answer. */
    public record AnswerTask(String taskId, Commission commission, long unitId) { }

    private final CommissionRepository commissions;
    private final ArticleService articles;
    private final TaskGuard guard;
    private final TaskCompletion completion;
    private final TaskService taskService;
    private final JdbcClient jdbc;

    CommissionAnswers(CommissionRepository commissions, ArticleService articles, TaskGuard guard,
                      TaskCompletion completion, TaskService taskService, JdbcClient jdbc) {
        this.commissions = commissions;
        this.articles = articles;
        this.guard = guard;
        this.completion = completion;
        this.taskService = taskService;
        this.jdbc = jdbc;
    }

    /** The answer task if it is open for this person and owed by their own unit. */
    public AnswerTask taskOf(AppUser user, String taskId) {
        var task = guard.openTask(taskId, ANSWER_FORM, user);
        Object unit = taskService.getVariable(task.getId(), UNIT_VARIABLE);
        Object commissionId = taskService.getVariable(task.getId(), "commissionId");
        if (!(unit instanceof Long unitId) || unitId != user.unitId() || !(commissionId instanceof Long id)) {
            throw new TaskNotAvailableException(taskId);
        }
        return new AnswerTask(taskId, commissions.find(id).orElseThrow(() -> new TaskNotAvailableException(taskId)),
                unitId);
    }

    /** The unit's articles it may answer with: received by the office and not given to another commission. */
    public List<Article> candidates(AppUser user, long commissionId) {
        List<Long> elsewhere = jdbc.sql("""
                        select id from article where unit_id = :unit and commission_id is not null
                        and commission_id <> :c""")
                .param("unit", user.unitId()).param("c", commissionId).query(Long.class).list();
        return articles.ofMyUnit(user).stream().filter(a -> ANSWERABLE.contains(a.status()))
                .filter(a -> !elsewhere.contains(a.id())).toList();
    }

    /** The unit's articles already linked to the commission (written for it), to offer them ticked. */
    public List<Long> linked(AppUser user, long commissionId) {
        return commissions.linkedArticleIds(commissionId, user.unitId());
    }

    @Transactional
    public void answer(AppUser user, String taskId, Collection<Long> articleIds) {
        completion.decide(taskId, () -> {
            AnswerTask task = taskOf(user, taskId);
            if (articleIds == null || articleIds.isEmpty()) {
                throw new ValidationException(Map.of("articles", "commission.answer.articlesRequired"));
            }
            Set<Long> allowed = candidates(user, task.commission().id()).stream().map(Article::id)
                    .collect(Collectors.toSet());
            if (!allowed.containsAll(articleIds)) {
                throw new ValidationException(Map.of("articles", "commission.answer.notAnswerable"));
            }
            commissions.linkArticles(task.commission().id(), articleIds);
            commissions.unlinkOthers(task.commission().id(), task.unitId(), articleIds);
            if (!commissions.answer(task.commission().id(), task.unitId(), user.id())) {
                throw new TaskNotAvailableException(taskId);
            }
            completion.complete(taskId, user, Map.of(DECISION_VARIABLE, ResponseStatus.ANSWERED.name()));
        });
    }

    @Transactional
    public void decline(AppUser user, String taskId, String reason) {
        completion.decide(taskId, () -> {
            AnswerTask task = taskOf(user, taskId);
            if (reason == null || reason.isBlank()) {
                throw new ValidationException(Map.of("reason", "commission.decline.reasonRequired"));
            }
            if (reason.strip().length() > REASON_MAX) {
                throw new ValidationException(Map.of("reason", "commission.decline.reasonTooLong"));
            }
            TypedText.requireStorable("reason", reason);
            if (!commissions.decline(task.commission().id(), task.unitId(), user.id(), reason.strip())) {
                throw new TaskNotAvailableException(taskId);
            }
            completion.complete(taskId, user, Map.of(DECISION_VARIABLE, ResponseStatus.DECLINED.name()));
        });
    }

    /** The commission if this submitter's unit still owes it an answer: then it may write a new article for it. */
    Optional<Commission> writableFor(AppUser user, long commissionId) {
        if (!user.has(Role.SUBMITTER)) {
            return Optional.empty();
        }
        return commissions.find(commissionId).filter(Commission::open)
                .filter(c -> commissions.response(c.id(), user.unitId())
                        .filter(r -> r.status() == ResponseStatus.OPEN).isPresent());
    }

    /** Links a new draft of the person's unit to the commission it was written for. */
    @Transactional
    void linkNewDraft(AppUser user, long articleId, long commissionId) {
        Article draft = articles.find(user, articleId);
        if (draft.unitId() != user.unitId() || writableFor(user, commissionId).isEmpty()) {
            throw new NotFoundException("commission " + commissionId);
        }
        commissions.linkArticle(commissionId, articleId);
    }
}
