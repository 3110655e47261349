package com.briefingdesk.circulation;

import com.briefingdesk.issue.CirculationProgress;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The list of issues' 签收 m / n, counted from the receipts in one query for all the issues asked about. */
@Component
class ReceiptProgress implements CirculationProgress {

    private final JdbcClient jdbc;

    ReceiptProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Acknowledged> acknowledged(Collection<Long> issueIds) {
        Map<Long, Acknowledged> progress = new HashMap<>();
        if (issueIds.isEmpty()) {
            return progress;
        }
        jdbc.sql("""
                        select issue_id, count(acknowledged_at) as acknowledged, count(*) as units
                        from issue_receipt where issue_id in (:ids) group by issue_id""")
                .param("ids", issueIds)
                .query(rs -> {
                    progress.put(rs.getLong("issue_id"),
                            new Acknowledged(rs.getInt("acknowledged"), rs.getInt("units")));
                });
        return progress;
    }
}
