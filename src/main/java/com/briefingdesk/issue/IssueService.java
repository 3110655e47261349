package com.briefingdesk.issue;

import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticlePool;
import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditTrail;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting issues and reading them, for the provincial office. */
@Service
public class IssueService {

    public static final String PROCESS_KEY = "issue";

    private final IssueRepository issues;
    private final SeriesRepository series;
    private final ArticlePool pool;
    private final RuntimeService runtimeService;
    private final AuditTrail audit;

    IssueService(IssueRepository issues, SeriesRepository series, ArticlePool pool, RuntimeService runtimeService,
                 AuditTrail audit) {
        this.issues = issues;
        this.series = series;
        this.pool = pool;
        this.runtimeService = runtimeService;
        this.audit = audit;
    }

    /** The provincial office reads issues in the making; units will read them once published. */
    static boolean mayRead(AppUser user) {
        return user.has(Role.EDITOR) || user.has(Role.REVIEWER) || user.has(Role.SIGNATORY) || user.has(Role.ADMIN);
    }

    /** An editor starts a new issue of a series: its 版记 and print count come from the series. */
    @Transactional
    public Issue start(AppUser editor, long seriesId) {
        if (!editor.has(Role.EDITOR)) {
            throw new NotFoundException("series " + seriesId);
        }
        BriefingSeries s = series.find(seriesId).filter(BriefingSeries::active)
                .orElseThrow(() -> new NotFoundException("series " + seriesId));
        long id = issues.insert(s.id(), null, s.defaultPrintCount(), editor.id());
        issues.replaceRecipients(id, s.recipients());
        ProcessInstance process = runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(id),
                Map.of("issueId", id));
        issues.setProcessInstance(id, process.getId());
        audit.record(editor, AuditAction.ISSUE_STARTED, PROCESS_KEY, id, s.code());
        return load(id);
    }

    public Issue find(AppUser user, long id) {
        if (!mayRead(user)) {
            throw new NotFoundException("issue " + id);
        }
        return issues.find(id).map(this::assemble).orElseThrow(() -> new NotFoundException("issue " + id));
    }

    /** Every issue, newest first, as one line each; nothing for someone who may not read issues. */
    public List<IssueSummary> summaries(AppUser user) {
        return mayRead(user) ? issues.summaries() : List.of();
    }

    public List<IssueOpinion> opinions(AppUser user, long id) {
        find(user, id);
        return issues.opinions(id);
    }

    /**
     * The issue as the system sees it, for the process steps that render, publish and circulate it and for
     * services that check a person's access themselves. Not found when there is no such issue.
     */
    public Issue load(long id) {
        return issues.find(id).map(this::assemble).orElseThrow(() -> new NotFoundException("issue " + id));
    }

    Issue assemble(IssueRepository.Row row) {
        return assemble(List.of(row)).get(0);
    }

    /**
     * Whole issues, in the order given, for a list that shows what each holds (the archive shows two hundred):
     * four queries however many there are, not four per issue.
     */
    public List<Issue> load(List<Long> ids) {
        return assemble(issues.find(ids));
    }

    private List<Issue> assemble(List<IssueRepository.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(IssueRepository.Row::id).toList();
        Map<Long, List<IssueRepository.Placement>> placements = issues.placements(ids);
        Map<Long, Article> articles = pool.byIds(placements.values().stream().flatMap(List::stream)
                .map(IssueRepository.Placement::articleId).toList()).stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        Map<Long, List<Recipient>> recipients = issues.recipients(ids);
        Map<Long, BriefingSeries> seriesById = new HashMap<>();
        return rows.stream().map(row -> {
            List<IssueArticle> placed = placements.getOrDefault(row.id(), List.of()).stream().map(p -> {
                Article a = articles.get(p.articleId());
                return new IssueArticle(a.id(), p.position(), p.columnName(), a.title(), a.unitName(), a.body(),
                        a.status(), a.version());
            }).toList();
            return new Issue(row.id(), seriesById.computeIfAbsent(row.seriesId(), id -> series.find(id).orElseThrow()),
                    row.status(), row.supplement(), row.marking(), row.editorNote(), row.issueDate(),
                    row.printCount(), row.year(), row.numberInYear(), row.serialNumber(), row.signedOffAt(),
                    row.signedOffByName(), row.publishedAt(), row.processInstanceId(), row.createdAt(),
                    row.version(), placed, recipients.getOrDefault(row.id(), List.of()));
        }).toList();
    }
}
