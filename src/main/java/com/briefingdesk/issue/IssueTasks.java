package com.briefingdesk.issue;

import com.briefingdesk.article.ArticleContent;
import com.briefingdesk.article.ArticlePool;
import com.briefingdesk.article.ArticleStatus;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.PrintableText;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.task.TaskCompletion;
import com.briefingdesk.task.TaskGuard;
import com.briefingdesk.task.TaskNotAvailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The human tasks of the issue process: compose, proofread, review, sign off. Each checks that the task is open
 * for the person, writes its domain changes and completes the task in one transaction.
 */
@Service
public class IssueTasks {

    public static final String COMPOSE_FORM = "issue-compose";
    public static final String PROOFREAD_FORM = "issue-proofread";
    public static final String REVIEW_FORM = "issue-review";
    public static final String SIGN_OFF_FORM = "issue-signoff";
    /** The length of the opinion column. */
    static final int OPINION_MAX = 2000;

    private final TaskGuard guard;
    private final TaskCompletion completion;
    private final IssueRepository issues;
    private final IssueService issueService;
    private final ArticlePool pool;

    private final PrintableText printable;
    private final OfficeClock clock;

    IssueTasks(TaskGuard guard, TaskCompletion completion, IssueRepository issues, IssueService issueService,
               ArticlePool pool, PrintableText printable, OfficeClock clock) {
        this.printable = printable;
        this.guard = guard;
        this.completion = completion;
        this.issues = issues;
        this.issueService = issueService;
        this.pool = pool;
        this.clock = clock;
    }

    public Issue issueOfTask(AppUser user, String taskId, String formKey) {
        Task task = guard.openTask(taskId, formKey, user);
        return issues.findByProcessInstance(task.getProcessInstanceId()).map(issueService::assemble)
                .orElseThrow(() -> new TaskNotAvailableException(taskId));
    }

    // --- compose ---

    /** Adds an accepted article at the end of the issue, under a column; it leaves the pool at once. */
    @Transactional
    public Issue include(AppUser editor, String taskId, long articleId, String column) {
        Issue issue = issueOfTask(editor, taskId, COMPOSE_FORM);
        if (column == null || column.isBlank()) {
            throw new ValidationException(Map.of("column", "issue.column.required"));
        }
        pool.schedule(articleId, issue.id());
        List<IssueRepository.Placement> placements = new ArrayList<>(issues.placements(issue.id()));
        placements.add(new IssueRepository.Placement(articleId, placements.size(), column.strip()));
        issues.replacePlacements(issue.id(), placements);
        return issueService.load(issue.id());
    }

    /** Takes an article out of the issue, back into the pool. */
    @Transactional
    public Issue exclude(AppUser editor, String taskId, long articleId) {
        Issue issue = issueOfTask(editor, taskId, COMPOSE_FORM);
        List<IssueRepository.Placement> kept = issues.placements(issue.id()).stream()
                .filter(p -> p.articleId() != articleId).toList();
        if (kept.size() == issue.articles().size()) {
            return issue;
        }
        issues.replacePlacements(issue.id(), renumber(kept));
        pool.release(articleId);
        return issueService.load(issue.id());
    }

    /**
     * The editor's edit of the title or text of an article the issue holds, a version of the article's own; refused
     * at its field if the printed issue could not show it, and as a whole if someone changed the article meanwhile.
     */
    @Transactional
    public Issue editArticle(AppUser editor, String taskId, long articleId, int expectedVersion,
                             ArticleContent content) {
        Issue issue = issueOfTask(editor, taskId, COMPOSE_FORM);
        if (issue.articles().stream().noneMatch(a -> a.articleId() == articleId)) {
            throw new ValidationException(Map.of("articles", "issue.article.notPlaced"));
        }
        content.validate();
        printable.require(content.printedFields());
        pool.edit(editor, articleId, expectedVersion, content);
        return issueService.load(issue.id());
    }

    /** Sets the order and columns of the issue's articles: exactly the articles it already holds. */
    @Transactional
    public Issue arrange(AppUser editor, String taskId, List<IssueArticle> arrangement) {
        Issue issue = issueOfTask(editor, taskId, COMPOSE_FORM);
        List<Long> now = issue.articles().stream().map(IssueArticle::articleId).sorted().toList();
        List<Long> asked = arrangement.stream().map(IssueArticle::articleId).sorted().toList();
        if (!now.equals(asked)) {
            throw new ValidationException(Map.of("articles", "issue.articles.changedMeanwhile"));
        }
        List<IssueRepository.Placement> placements = new ArrayList<>();
        for (IssueArticle placed : arrangement) {
            if (placed.columnName() == null || placed.columnName().isBlank()) {
                throw new ValidationException(Map.of("column", "issue.column.required"));
            }
            placements.add(new IssueRepository.Placement(placed.articleId(), placements.size(),
                    placed.columnName().strip()));
        }
        issues.replacePlacements(issue.id(), placements);
        return issueService.load(issue.id());
    }

    @Transactional
    public Issue saveSettings(AppUser editor, String taskId, Composition composition) {
        Issue issue = issueOfTask(editor, taskId, COMPOSE_FORM);
        composition.validate(clock.today());
        printable.require(composition.printedFields());
        issues.updateSettings(issue.id(), composition.supplement(), blankToNull(composition.marking()),
                blankToNull(composition.editorNote()), composition.issueDate(), composition.printCount());
        issues.replaceRecipients(issue.id(), composition.recipients());
        return issueService.load(issue.id());
    }

    /** Sends the composed issue to proofreading; an issue without articles goes nowhere. */
    @Transactional
    public void completeComposition(AppUser editor, String taskId, Composition composition) {
        completion.decide(taskId, () -> {
            Issue issue = saveSettings(editor, taskId, composition);
            if (issue.articles().isEmpty()) {
                throw new ValidationException(Map.of("articles", "issue.articles.required"));
            }
            issues.addOpinion(issue.id(), IssueOpinion.Step.COMPOSE, IssueOpinion.Decision.SUBMIT, null, editor.id());
            completion.complete(taskId, editor, Map.of());
        });
    }

    // --- proofread, review, sign off ---

    @Transactional
    public void proofread(AppUser editor, String taskId, boolean done, String opinion) {
        completion.decide(taskId, () -> {
            TypedText.require("opinion", opinion, OPINION_MAX);
            Issue issue = issueOfTask(editor, taskId, PROOFREAD_FORM);
            if (!done) {
                requireOpinion(opinion);
            }
            issues.addOpinion(issue.id(), IssueOpinion.Step.PROOFREAD,
                    done ? IssueOpinion.Decision.APPROVE : IssueOpinion.Decision.RETURN, blankToNull(opinion),
                    editor.id(), done ? null : IssueOpinion.Step.COMPOSE);
            completion.complete(taskId, editor, Map.of("proofread", done ? "DONE" : "BACK"));
        });
    }

    @Transactional
    public void review(AppUser reviewer, String taskId, IssueOpinion.Decision decision, String opinion) {
        completion.decide(taskId, () -> {
            TypedText.require("opinion", opinion, OPINION_MAX);
            Issue issue = issueOfTask(reviewer, taskId, REVIEW_FORM);
            if (decision == IssueOpinion.Decision.RETURN) {
                requireOpinion(opinion);
            }
            issues.addOpinion(issue.id(), IssueOpinion.Step.REVIEW, decision, blankToNull(opinion), reviewer.id(),
                    backToEditorOn(decision));
            completion.complete(taskId, reviewer, Map.of("reviewDecision", decision.name()));
        });
    }

    /**
     * 签发: approving numbers the issue in the same transaction. Refused for an issue without articles, or with an
     * article that is no longer scheduled for it (withdrawn or closed meanwhile).
     */
    @Transactional
    public void signOff(AppUser signatory, String taskId, IssueOpinion.Decision decision, String opinion) {
        completion.decide(taskId, () -> {
            TypedText.require("opinion", opinion, OPINION_MAX);
            Issue issue = issueOfTask(signatory, taskId, SIGN_OFF_FORM);
            if (decision == IssueOpinion.Decision.RETURN) {
                requireOpinion(opinion);
            } else {
                if (issue.articles().isEmpty()) {
                    throw new ValidationException(Map.of("articles", "issue.articles.required"));
                }
                if (issue.articles().stream().anyMatch(a -> a.status() != ArticleStatus.SCHEDULED)) {
                    throw new ValidationException(Map.of("articles", "issue.signOff.articleNotScheduled"));
                }
                issues.setSignOff(issue.id(), signatory.id());
            }
            issues.addOpinion(issue.id(), IssueOpinion.Step.SIGN_OFF, decision, blankToNull(opinion), signatory.id(),
                    backToEditorOn(decision));
            completion.complete(taskId, signatory, Map.of("signOffDecision", decision.name()));
        });
    }

    /** A return through the model goes back to the editor (退回至组稿). */
    private static IssueOpinion.Step backToEditorOn(IssueOpinion.Decision decision) {
        return decision == IssueOpinion.Decision.RETURN ? IssueOpinion.Step.COMPOSE : null;
    }

    static void requireOpinion(String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw new ValidationException(Map.of("opinion", "issue.opinion.requiredForReturn"));
        }
    }

    private static List<IssueRepository.Placement> renumber(List<IssueRepository.Placement> placements) {
        List<IssueRepository.Placement> renumbered = new ArrayList<>();
        for (IssueRepository.Placement p : placements) {
            renumbered.add(new IssueRepository.Placement(p.articleId(), renumbered.size(), p.columnName()));
        }
        return renumbered;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
