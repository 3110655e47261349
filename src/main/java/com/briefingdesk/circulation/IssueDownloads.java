package com.briefingdesk.circulation;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.publication.IssueDocument;
import com.briefingdesk.publication.IssueDocumentText;
import com.briefingdesk.publication.IssueDocuments;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;

/**
 * The PDF and .docx of a published issue, for a person already allowed to read it. A recipient's download counts
 * as their unit opening the issue.
 */
class IssueDownloads extends HorizontalLayout {

    IssueDownloads(Issue issue, AppUser user, IssueDocuments documents, Receipts receipts) {
        setId("issue-downloads");
        for (IssueDocument.Kind kind : IssueDocument.Kind.values()) {
            StreamResource resource = new StreamResource(IssueDocumentText.fileName(issue, kind.extension()), () -> {
                receipts.read(user, issue.id());
                byte[] content = documents.find(issue.id(), kind).map(IssueDocument::content).orElse(new byte[0]);
                return new ByteArrayInputStream(content);
            });
            resource.setContentType(kind.mediaType());
            Anchor link = new Anchor(resource, getTranslation("published.download." + kind.extension()));
            link.getElement().setAttribute("download", true);
            link.setId("download-" + kind.extension());
            add(link);
        }
    }
}
