package com.briefingdesk.approval;

import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of what people did to open tasks besides deciding them (table task_action): administrators' acts
 * (转办, due dates, 催办, hand-over at deactivation) and every holder's 转办, 委派 and its answer, and a deputy taking
 * a task while its person is away (委托). Shown in the timelines of the article or issue.
 */
@Repository
public class TaskActionLog {

    public enum Kind {
        REASSIGNED, DUE_DATE_SET, REMINDED, HANDED_OVER, RETURNED_TO_GROUP,
        TRANSFERRED, DELEGATED, RESOLVED, DEPUTIZED,
        /** 催办 by a person of the office who follows the process (an editor, of an issue's step). */
        URGED;

        /** Administrators' acts are named by the monitoring bundle, the holders' by the approval bundle. */
        public String messageKey() {
            return (byAdministrator() ? "monitoring.action." : "approval.action.") + name();
        }

        public boolean byAdministrator() {
            return ordinal() < TRANSFERRED.ordinal();
        }
    }

    /**
     * {@code taskName} is the task's name in the model when the act was recorded; {@code taskKey}, its id in the model
     * (task definition key), which names it in the person's language, is null in records older than V13.
     */
    public record Entry(String taskId, String taskName, String taskKey, String processInstanceId, Kind kind,
                        String fromAssignee, String toAssignee, Instant dueAt, String reason, String actorName,
                        Instant at, String onBehalfOf) { }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    TaskActionLog(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** An act on the task, recorded with the task's name and id in the model. */
    public void add(Task task, Kind kind, String fromAssignee, String toAssignee, Instant dueAt, String reason,
                    long actorId) {
        add(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getProcessInstanceId(), kind,
                fromAssignee, toAssignee, dueAt, reason, actorId, null);
    }

    void add(String taskId, String taskName, String taskKey, String processInstanceId, Kind kind,
             String fromAssignee, String toAssignee, Instant dueAt, String reason, long actorId, String onBehalfOf) {
        jdbc.sql("""
                        insert into task_action (task_id, task_name, task_key, process_instance_id, kind,
                                                 from_assignee, to_assignee, due_at, reason, actor_id, on_behalf_of)
                        values (:task, :name, :key, :pi, :kind, :from, :to, :due, :reason, :actor, :behalf)""")
                .param("task", taskId).param("name", taskName).param("key", taskKey).param("pi", processInstanceId)
                .param("kind", kind.name()).param("from", fromAssignee).param("to", toAssignee)
                .param("due", dueAt == null ? null : Timestamp.from(dueAt)).param("reason", reason)
                .param("actor", actorId).param("behalf", onBehalfOf).update();
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
            case TRANSFERRED -> AuditAction.TASK_TRANSFERRED;
            case DELEGATED -> AuditAction.TASK_DELEGATED;
            case RESOLVED -> AuditAction.TASK_DELEGATION_ANSWERED;
            case DEPUTIZED -> AuditAction.TASK_DEPUTIZED;
            case URGED -> AuditAction.TASK_REMINDED;
        };
    }

    public List<Entry> ofProcess(String processInstanceId) {
        return jdbc.sql("""
                        select a.*, u.display_name from task_action a join app_user u on u.id = a.actor_id
                        where a.process_instance_id = :pi order by a.at, a.id""")
                .param("pi", processInstanceId).query(TaskActionLog::entry).list();
    }

    /** The latest act of this kind on the task. */
    Optional<Entry> latest(String taskId, Kind kind) {
        return jdbc.sql("""
                        select a.*, u.display_name from task_action a join app_user u on u.id = a.actor_id
                        where a.task_id = :task and a.kind = :kind order by a.at desc, a.id desc limit 1""")
                .param("task", taskId).param("kind", kind.name()).query(TaskActionLog::entry).optional();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getString("task_id"), rs.getString("task_name"), rs.getString("task_key"),
                rs.getString("process_instance_id"), Kind.valueOf(rs.getString("kind")),
                rs.getString("from_assignee"), rs.getString("to_assignee"),
                rs.getTimestamp("due_at") == null ? null : rs.getTimestamp("due_at").toInstant(),
                rs.getString("reason"), rs.getString("display_name"), rs.getTimestamp("at").toInstant(),
                rs.getString("on_behalf_of"));
    }
}
