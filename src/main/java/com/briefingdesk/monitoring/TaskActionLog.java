package com.briefingdesk.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of administrators' acts on tasks (table task_action). */
@Repository
class TaskActionLog {

    enum Kind { REASSIGNED, DUE_DATE_SET, REMINDED, HANDED_OVER, RETURNED_TO_GROUP }

    record Entry(String taskId, String taskName, String processInstanceId, Kind kind, String fromAssignee,
                 String toAssignee, Instant dueAt, String reason, String actorName, Instant at) { }

    private final JdbcClient jdbc;

    TaskActionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
