package com.briefingdesk.article;

import com.briefingdesk.task.TaskSubject;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Articles, their versions, timeline and attachments in our own tables. */
@Repository
class ArticleRepository {

    private static final String SELECT = """
            select a.*, n.name as unit_name, u.display_name as created_by_name
            from article a join unit n on n.id = a.unit_id join app_user u on u.id = a.created_by
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ArticleRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Article> find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(this::map).optional();
    }

    Optional<Article> findForUpdate(long id) {
        return jdbc.sql(SELECT + " where a.id = :id for update of a").param("id", id).query(this::map).optional();
    }

    Optional<Article> findByProcessInstance(String processInstanceId) {
        return jdbc.sql(SELECT + " where a.process_instance_id = :pi").param("pi", processInstanceId)
                .query(this::map).optional();
    }

    List<Article> findByUnit(long unitId, Collection<ArticleStatus> statuses) {
        return jdbc.sql(SELECT + " where a.unit_id = :unit and a.status in (:statuses) order by a.updated_at desc")
                .param("unit", unitId).param("statuses", statuses.stream().map(Enum::name).toList())
                .query(this::map).list();
    }

    List<Article> findByStatus(Collection<ArticleStatus> statuses) {
        return jdbc.sql(SELECT + " where a.status in (:statuses) order by a.updated_at desc")
                .param("statuses", statuses.stream().map(Enum::name).toList()).query(this::map).list();
    }

    List<Article> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where a.id in (:ids)").param("ids", ids).query(this::map).list();
    }

    /** Title and unit of each article, by id as text: what the inbox names a task by. */
    Map<String, TaskSubject> subjects(Collection<Long> ids) {
        return subjectsBy("a.id", ids);
    }

    /** Title and unit of each article, by the id of its current process instance. */
    Map<String, TaskSubject> subjectsByProcess(Collection<String> processInstanceIds) {
        return subjectsBy("a.process_instance_id", processInstanceIds);
    }

    private Map<String, TaskSubject> subjectsBy(String column, Collection<?> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, TaskSubject> subjects = new HashMap<>();
        jdbc.sql("select " + column + ", a.title, n.name from article a join unit n on n.id = a.unit_id"
                        + " where " + column + " in (:keys)")
                .param("keys", keys)
                .query(rs -> {
                    subjects.put(rs.getString(1), new TaskSubject(rs.getString(2), rs.getString(3)));
                });
        return subjects;
    }

    void setIssue(long id, Long issueId) {
        jdbc.sql("update article set issue_id = :issue, updated_at = now() where id = :id")
                .param("id", id).param("issue", issueId).update();
    }

    long insert(long unitId, long userId, ArticleContent content) {
        return jdbc.sql("""
                        insert into article (unit_id, created_by, title, suggested_column, authors, contact_phone,
                                             body, status)
                        values (:unit, :user, :title, :column, :authors, :phone, cast(:body as jsonb), 'DRAFT')
                        returning id""")
                .param("unit", unitId).param("user", userId)
                .param("title", content.getTitle().strip()).param("column", content.getSuggestedColumn().strip())
                .param("authors", content.getAuthors().strip()).param("phone", content.getContactPhone().strip())
                .param("body", toJson(content.parsedBody()))
                .query(Long.class).single();
    }

    /** Updates the editable fields if nobody saved since {@code expectedVersion}; false when someone did. */
    boolean update(long id, int expectedVersion, ArticleContent content) {
        return jdbc.sql("""
                        update article set title = :title, suggested_column = :column, authors = :authors,
                               contact_phone = :phone, body = cast(:body as jsonb), updated_at = now(),
                               version = version + 1
                        where id = :id and version = :version""")
                .param("id", id).param("version", expectedVersion)
                .param("title", content.getTitle().strip()).param("column", content.getSuggestedColumn().strip())
                .param("authors", content.getAuthors().strip()).param("phone", content.getContactPhone().strip())
                .param("body", toJson(content.parsedBody()))
                .update() == 1;
    }

    void setStatus(long id, ArticleStatus status) {
        jdbc.sql("update article set status = :status, updated_at = now() where id = :id")
                .param("id", id).param("status", status.name()).update();
    }

    /** After the process started: it may already have moved the article on (to its unit's approval). */
    void markSubmitted(long id, String processInstanceId) {
        jdbc.sql("""
                        update article set status = case when status = 'DRAFT' then 'SUBMITTED' else status end,
                               submitted_at = now(), updated_at = now(), process_instance_id = :pi where id = :id""")
                .param("id", id).param("pi", processInstanceId).update();
    }

    void markAccepted(long id) {
        jdbc.sql("update article set status = 'ACCEPTED', accepted_at = now(), updated_at = now() where id = :id")
                .param("id", id).update();
    }

    Optional<Instant> acceptedAt(long id) {
        return jdbc.sql("select accepted_at from article where id = :id").param("id", id)
                .query((rs, n) -> toInstant(rs.getTimestamp(1))).optional().filter(java.util.Objects::nonNull);
    }

    // --- versions ---

    void addVersion(long articleId, String title, ArticleBody body, long userId, ArticleVersion.Reason reason) {
        jdbc.sql("""
                        insert into article_version (article_id, version_no, title, body, edited_by, reason)
                        values (:id, (select coalesce(max(version_no), 0) + 1 from article_version
                                      where article_id = :id),
                                :title, cast(:body as jsonb), :user, :reason)""")
                .param("id", articleId).param("title", title.strip()).param("body", toJson(body))
                .param("user", userId).param("reason", reason.name()).update();
    }

    List<ArticleVersion> versions(long articleId) {
        return jdbc.sql("""
                        select v.*, u.display_name from article_version v join app_user u on u.id = v.edited_by
                        where v.article_id = :id order by v.version_no""")
                .param("id", articleId)
                .query((rs, n) -> new ArticleVersion(rs.getLong("id"), rs.getInt("version_no"), rs.getString("title"),
                        fromJson(rs.getString("body")), rs.getString("display_name"),
                        toInstant(rs.getTimestamp("edited_at")), ArticleVersion.Reason.valueOf(rs.getString("reason"))))
                .list();
    }

    // --- timeline ---

    void addEvent(long articleId, Long actorId, ArticleEvent.Kind kind, String comment) {
        jdbc.sql("insert into article_event (article_id, actor_id, kind, comment) values (:id, :actor, :kind, :comment)")
                .param("id", articleId).param("actor", actorId).param("kind", kind.name()).param("comment", comment)
                .update();
    }

    List<ArticleEvent> events(long articleId) {
        return jdbc.sql("""
                        select e.at, u.display_name, e.kind, e.comment from article_event e
                        left join app_user u on u.id = e.actor_id where e.article_id = :id order by e.at, e.id""")
                .param("id", articleId)
                .query((rs, n) -> new ArticleEvent(toInstant(rs.getTimestamp(1)), rs.getString(2),
                        ArticleEvent.Kind.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    // --- attachments ---

    long addAttachment(long articleId, String fileName, String mediaType, byte[] content, long userId) {
        return jdbc.sql("""
                        insert into article_attachment (article_id, file_name, media_type, size_bytes, content,
                                                        uploaded_by)
                        values (:id, :name, :type, :size, :content, :user) returning id""")
                .param("id", articleId).param("name", fileName).param("type", mediaType)
                .param("size", content.length).param("content", content).param("user", userId)
                .query(Long.class).single();
    }

    List<Attachment> attachments(long articleId) {
        return jdbc.sql("""
                        select id, file_name, media_type, size_bytes, uploaded_at from article_attachment
                        where article_id = :id order by id""")
                .param("id", articleId)
                .query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        toInstant(rs.getTimestamp(5))))
                .list();
    }

    Optional<byte[]> attachmentContent(long articleId, long attachmentId) {
        return jdbc.sql("select content from article_attachment where id = :aid and article_id = :id")
                .param("aid", attachmentId).param("id", articleId).query(byte[].class).optional();
    }

    void removeAttachment(long articleId, long attachmentId) {
        jdbc.sql("delete from article_attachment where id = :aid and article_id = :id")
                .param("aid", attachmentId).param("id", articleId).update();
    }

    // --- mapping ---

    private Article map(ResultSet rs, int row) throws SQLException {
        return new Article(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                rs.getLong("created_by"), rs.getString("created_by_name"), rs.getString("title"),
                rs.getString("suggested_column"), rs.getString("authors"), rs.getString("contact_phone"),
                fromJson(rs.getString("body")), ArticleStatus.valueOf(rs.getString("status")),
                rs.getString("process_instance_id"), rs.getObject("issue_id", Long.class),
                toInstant(rs.getTimestamp("submitted_at")), toInstant(rs.getTimestamp("accepted_at")),
                toInstant(rs.getTimestamp("created_at")), toInstant(rs.getTimestamp("updated_at")),
                rs.getInt("version"));
    }

    private String toJson(ArticleBody body) {
        try {
            return json.writeValueAsString(body.paragraphs());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ArticleBody fromJson(String text) {
        try {
            return new ArticleBody(List.of(json.readValue(text, ArticleBody.Paragraph[].class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable article body", e);
        }
    }

    private static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
