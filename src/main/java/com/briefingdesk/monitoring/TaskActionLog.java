package com.briefingdesk.monitoring;

import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of administrators' acts on tasks (table task_action). */
@Repository
class TaskActionLog {

    enum Kind { REASSIGNED, DUE_DATE_SET, REMINDED, HANDED_OVER, RETURNED_TO_GROUP }

    record Entry(String taskId, String taskName, String processInstanceId, Kind kind, String fromAssignee,
                 String toAssignee, Instant dueAt, String reason, String actorName, Instant at) { }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    TaskActionLog(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    void add(String taskId, String taskName, String processInstanceId, Kind kind, String fromAssignee,
             String toAssignee, Instant dueAt, String reason, long actorId) {
        jdbc.sql("""
                        insert into task_action (task_id, task_name, process_instance_id, kind, from_assignee,
                                                 to_assignee, due_at, reason, actor_id)
                        values (:task, :name, :pi, :kind, :from, :to, :due, :reason, :actor)""")
                .param("task", taskId).param("name", taskName).param("pi", processInstanceId)
                .param("kind", kind.name()).param("from", fromAssignee).param("to", toAssignee)
                .param("due", dueAt == null ? null : Timestamp.from(dueAt)).param("reason", reason)
                .param("actor", actorId).update();
        String actor = jdbc.sql("select username from app_user where id = :id").param("id", actorId)
                .query(String.class).single();
        audit.recordAs(actor, auditAction(kind), "task", taskId, String.join(" · ", Stream.of(
                taskName, fromAssignee, toAssignee == null ? null : "→ " + toAssignee,
                dueAt == null ? null : dueAt.toString(), reason).filter(Objects::nonNull).toList()));
    }

    private static AuditAction auditAction(Kind kind) {
        return switch (kind) {
            case REASSIGNED -> AuditAction.TASK_REASSIGNED;
            case DUE_DATE_SET -> AuditAction.TASK_DUE_DATE_SET;
            case REMINDED -> AuditAction.TASK_REMINDED;
            case HANDED_OVER -> AuditAction.TASK_HANDED_OVER;
            case RETURNED_TO_GROUP -> AuditAction.TASK_RETURNED_TO_GROUP;
        };
    }

    List<Entry> ofProcess(String processInstanceId) {
        return jdbc.sql("""
                        select a.*, u.display_name from task_action a join app_user u on u.id = a.actor_id
                        where a.process_instance_id = :pi order by a.at, a.id""")
                .param("pi", processInstanceId)
                .query((rs, n) -> new Entry(rs.getString("task_id"), rs.getString("task_name"),
                        rs.getString("process_instance_id"), Kind.valueOf(rs.getString("kind")),
                        rs.getString("from_assignee"), rs.getString("to_assignee"),
                        rs.getTimestamp("due_at") == null ? null : rs.getTimestamp("due_at").toInstant(),
                        rs.getString("reason"), rs.getString("display_name"), rs.getTimestamp("at").toInstant()))
                .list();
    }
}
