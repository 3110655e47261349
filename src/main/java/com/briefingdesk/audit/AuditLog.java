package com.briefingdesk.audit;

import com.briefingdesk.kernel.OfficeClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table audit_event: appended to, searched; never changed (the database refuses it). */
@Repository
class AuditLog {

    private final JdbcClient jdbc;
    private final OfficeClock clock;

    AuditLog(JdbcClient jdbc, OfficeClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void append(String actor, AuditAction action, String objectType, String objectId, String detail,
                ClientOrigin.Origin origin) {
        jdbc.sql("""
                        insert into audit_event (actor, action, object_type, object_id, detail, client_ip, user_agent)
                        values (:actor, :action, :type, :id, :detail, :ip, :agent)""")
                .param("actor", cut(actor, 100)).param("action", action.name()).param("type", cut(objectType, 40))
                .param("id", cut(objectId, 64)).param("detail", cut(detail, 500)).param("ip", cut(origin.ip(), 64))
                .param("agent", cut(origin.userAgent(), 300)).update();
    }

    /** Newest first, at most {@code limit} rows; the query's days are the office's. */
    List<AuditEvent> search(AuditQuery query, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.person() != null) {
            where.add("lower(actor) = lower(:person)");
            params.put("person", query.person());
        }
        if (query.action() != null) {
            where.add("action = :action");
            params.put("action", query.action().name());
        }
        if (query.objectType() != null) {
            where.add("object_type = :type");
            params.put("type", query.objectType());
        }
        if (query.objectId() != null) {
            where.add("object_id = :id");
            params.put("id", query.objectId());
        }
        if (query.from() != null) {
            where.add("at >= :from");
            params.put("from", Timestamp.from(clock.startOf(query.from())));
        }
        if (query.to() != null) {
            where.add("at < :to");
            params.put("to", Timestamp.from(clock.endOf(query.to())));
        }
        if (query.words() != null) {
            int n = 0;
            for (String word : query.words().split("\\s+")) {
                String param = "word" + n++;
                where.add("concat_ws(' ', actor, object_type, object_id, detail, client_ip, user_agent) ilike :" + param
                        + " escape '\\'");
                params.put(param, "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        params.put("limit", limit);
        String sql = "select * from audit_event" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by at desc, id desc limit :limit";
        return jdbc.sql(sql).params(params).query(AuditLog::event).list();
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("detail"), rs.getString("client_ip"), rs.getString("user_agent"));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
