package com.briefingdesk.article;

import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditTrail;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.PrintableText;
import com.briefingdesk.kernel.ValidationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a unit's submitter does with articles: drafts, submission, withdrawal, following them. */
@Service
public class ArticleService {

    public static final String PROCESS_KEY = "article";
    /** The process variable naming the unit's person who sent the article, to whom its revisions go. */
    public static final String SUBMITTER_VARIABLE = "submitter";

    private final ArticleRepository articles;
    private final ArticleAccess access;
    private final RuntimeService runtimeService;
    private final PrintableText printable;
    private final AuditTrail audit;

    ArticleService(ArticleRepository articles, ArticleAccess access, RuntimeService runtimeService,
                   PrintableText printable, AuditTrail audit) {
        this.articles = articles;
        this.access = access;
        this.runtimeService = runtimeService;
        this.printable = printable;
        this.audit = audit;
    }

    /** The article if this person may see it; otherwise not found, exactly as for an id that does not exist. */
    public Article find(AppUser user, long id) {
        return articles.find(id).filter(a -> access.maySee(user, a))
                .orElseThrow(() -> new NotFoundException("article " + id));
    }

    /** "My submissions": every article of the person's unit, newest activity first. */
    public List<Article> ofMyUnit(AppUser user) {
        if (!user.has(Role.SUBMITTER)) {
            return List.of();
        }
        return articles.findByUnit(user.unitId(), EnumSet.allOf(ArticleStatus.class));
    }

    public boolean mayEditDraft(AppUser user, Article article) {
        return access.mayEditDraft(user, article);
    }

    public boolean mayWithdraw(AppUser user, Article article) {
        return access.mayWithdraw(user, article);
    }

    @Transactional
    public Article createDraft(AppUser user, ArticleContent content) {
        if (!user.has(Role.SUBMITTER)) {
            throw new NotFoundException("unit of " + user.username());
        }
        content.validate();
        printable.require(content.printedFields());
        long id = articles.insert(user.unitId(), user.id(), content);
        articles.addVersion(id, content.getTitle(), content.parsedBody(), user.id(), ArticleVersion.Reason.DRAFT);
        articles.addEvent(id, user.id(), ArticleEvent.Kind.CREATED, null);
        return articles.find(id).orElseThrow();
    }

    /** Saves a draft; refused if someone saved it since the person opened it. */
    @Transactional
    public Article saveDraft(AppUser user, long id, int expectedVersion, ArticleContent content) {
        Article article = find(user, id);
        if (!access.mayEditDraft(user, article)) {
            throw new NotFoundException("draft " + id);
        }
        content.validate();
        printable.require(content.printedFields());
        if (!articles.update(id, expectedVersion, content)) {
            throw new ArticleChangedException(id);
        }
        articles.addVersion(id, content.getTitle(), content.parsedBody(), user.id(), ArticleVersion.Reason.DRAFT);
        return articles.find(id).orElseThrow();
    }

    /** Sends the draft to the provincial office: starts the article process. */
    @Transactional
    public Article submit(AppUser user, long id) {
        Article article = articles.findForUpdate(id).filter(a -> access.mayEditDraft(user, a))
                .orElseThrow(() -> new NotFoundException("draft " + id));
        article.content().validate();
        ProcessInstance process = runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(id),
                Map.of("articleId", id, SUBMITTER_VARIABLE, user.username()));
        articles.markSubmitted(id, process.getId());
        articles.addVersion(id, article.title(), article.body(), user.id(), ArticleVersion.Reason.SUBMISSION);
        articles.addEvent(id, user.id(), ArticleEvent.Kind.SUBMITTED, null);
        audit.record(user, AuditAction.ARTICLE_SUBMITTED, PROCESS_KEY, id, article.title());
        return articles.find(id).orElseThrow();
    }

    /** Takes an article back before the editors accept it. */
    @Transactional
    public Article withdraw(AppUser user, long id, String reason) {
        Article article = articles.findForUpdate(id).filter(a -> access.maySee(user, a))
                .orElseThrow(() -> new NotFoundException("article " + id));
        if (!access.mayWithdraw(user, article)) {
            throw new ValidationException(Map.of("status", "article.withdraw.tooLate"));
        }
        runtimeService.createMessageCorrelation("ArticleWithdrawn").processInstanceId(article.processInstanceId())
                .correlate();
        articles.addEvent(id, user.id(), ArticleEvent.Kind.WITHDRAWN, blankToNull(reason));
        audit.record(user, AuditAction.ARTICLE_WITHDRAWN, PROCESS_KEY, id, blankToNull(reason));
        return articles.find(id).orElseThrow();
    }

    public List<ArticleVersion> versions(AppUser user, long id) {
        find(user, id);
        return articles.versions(id);
    }

    public List<ArticleEvent> timeline(AppUser user, long id) {
        find(user, id);
        return articles.events(id);
    }

    public List<Attachment> attachments(AppUser user, long id) {
        find(user, id);
        return articles.attachments(id);
    }

    public byte[] attachmentContent(AppUser user, long id, long attachmentId) {
        find(user, id);
        return articles.attachmentContent(id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
    }

    /** Adds an image to a draft; the content must really be a PNG or JPEG of at most 5 MB. */
    @Transactional
    public Attachment attach(AppUser user, long id, String fileName, byte[] content) {
        Article article = find(user, id);
        if (!access.mayEditDraft(user, article) && !mayReviseNow(user, article)) {
            throw new NotFoundException("draft " + id);
        }
        String mediaType = AttachmentPolicy.mediaTypeOf(content);
        long attachmentId = articles.addAttachment(id, AttachmentPolicy.storedName(fileName), mediaType, content,
                user.id());
        return articles.attachments(id).stream().filter(a -> a.id() == attachmentId).findFirst().orElseThrow();
    }

    @Transactional
    public void removeAttachment(AppUser user, long id, long attachmentId) {
        Article article = find(user, id);
        if (!access.mayEditDraft(user, article) && !mayReviseNow(user, article)) {
            throw new NotFoundException("draft " + id);
        }
        articles.removeAttachment(id, attachmentId);
    }

    private boolean mayReviseNow(AppUser user, Article article) {
        return article.status() == ArticleStatus.RETURNED && article.unitId() == user.unitId()
                && user.has(Role.SUBMITTER);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
