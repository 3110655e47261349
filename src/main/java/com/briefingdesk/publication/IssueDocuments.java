package com.briefingdesk.publication;

import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueService;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders a signed-off issue to PDF and .docx and keeps both. Runs as the asynchronous "Render documents" step of
 * the issue process: a failure rolls back only this step, the job is retried, and after the last retry the
 * incident carries the cause for the administrator, who retries it in Cockpit once the cause is fixed.
 */
@Service("issueDocuments")
public class IssueDocuments {

    private static final Logger log = LoggerFactory.getLogger(IssueDocuments.class);

    private final IssueService issues;
    private final PdfIssueRenderer pdf;
    private final DocxIssueRenderer docx;
    private final IssueDocumentRepository documents;

    IssueDocuments(IssueService issues, PdfIssueRenderer pdf, DocxIssueRenderer docx,
                   IssueDocumentRepository documents) {
        this.issues = issues;
        this.pdf = pdf;
        this.docx = docx;
        this.documents = documents;
    }

    @Transactional
    public void render(Long issueId) {
        Issue issue = issues.load(issueId);
        long started = System.nanoTime();
        documents.save(issueId, IssueDocument.Kind.PDF, pdf.render(issue));
        documents.save(issueId, IssueDocument.Kind.DOCX, docx.render(issue));
        log.info("Rendered {} in {} ms", issue.title(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The stored document; callers check that the person may read the issue. */
    public Optional<IssueDocument> find(long issueId, IssueDocument.Kind kind) {
        return documents.find(issueId, kind);
    }
}
