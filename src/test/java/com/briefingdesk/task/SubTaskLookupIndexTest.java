package com.briefingdesk.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.BriefingDeskTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BriefingDeskTest
class SubTaskLookupIndexTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ProcessEngine engine;
    @Autowired
    SubTaskLookupIndex index;

    @Test
    void theEngineFindsSubTasksByIndexNotByReadingEveryTask() throws Exception {
        assertThat(definition()).contains("(parent_task_id_)");
        // The engine's own statement (Task.xml, selectTasksByParentTaskId), planned as if the table were large.
        assertThat(plan("select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'some-task'"))
                .contains(SubTaskLookupIndex.NAME).doesNotContain("Seq Scan");
    }

    @Test
    void theIndexIsMadeAgainWhenTheEngineStartsWithoutIt() {
        jdbc.sql("drop index " + SubTaskLookupIndex.NAME).update();
        assertThat(definition()).isEmpty();

        index.postProcessEngineBuild(engine);
        index.postProcessEngineBuild(engine); // a second node's start finds it made

        assertThat(definition()).contains("(parent_task_id_)");
    }

    /** The index's definition, or "" if there is none. */
    private String definition() {
        return String.join("", jdbc.sql("select indexdef from pg_indexes where tablename = 'act_ru_task'"
                + " and indexname = :name").param("name", SubTaskLookupIndex.NAME).query(String.class).list());
    }

    private String plan(String query) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("set local enable_seqscan = off");
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("explain " + query)) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            connection.rollback();
            return String.join("\n", lines);
        }
    }
}
