package com.briefingdesk.publication;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rendered PDF and .docx of issues, in our own table. */
@Repository
class IssueDocumentRepository {

    private final JdbcClient jdbc;

    IssueDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the document; rendering again replaces it. */
    void save(long issueId, IssueDocument.Kind kind, byte[] content) {
        jdbc.sql("""
                        insert into issue_document (issue_id, kind, content, size_bytes) values (:issue, :kind, :content, :size)
                        on conflict (issue_id, kind)
                        do update set content = excluded.content, size_bytes = excluded.size_bytes, rendered_at = now()""")
                .param("issue", issueId).param("kind", kind.name()).param("content", content)
                .param("size", content.length).update();
    }

    Optional<IssueDocument> find(long issueId, IssueDocument.Kind kind) {
        return jdbc.sql("select content, rendered_at from issue_document where issue_id = :issue and kind = :kind")
                .param("issue", issueId).param("kind", kind.name())
                .query((rs, n) -> new IssueDocument(issueId, kind, rs.getBytes(1), rs.getTimestamp(2).toInstant()))
                .optional();
    }
}
