package com.briefingdesk.task;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's runtime tasks by parent task. On every completion the engine looks the task's sub-tasks up by
 * {@code PARENT_TASK_ID_}, which Camunda's schema leaves unindexed (camunda/camunda#36824): each completion then
 * read every open task of the network, and with 100,000 open tasks a completion cost 30 ms of the server's time
 * instead of a tenth of one (BENCHMARKS.md). The index is made here, right after the engine has created or updated
 * its schema, because on an empty database our Flyway migrations run before Camunda's tables exist. The name is
 * our own, so that a Camunda upgrade script adding its index does not collide with it.
 */
@Component
class SubTaskLookupIndex extends AbstractProcessEnginePlugin {

    static final String NAME = "briefing_act_ru_task_parent_idx";

    private static final Logger log = LoggerFactory.getLogger(SubTaskLookupIndex.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String table = configuration.getDatabaseTablePrefix() + "ACT_RU_TASK";
        try (Connection connection = configuration.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // Two nodes starting together on a new database: one makes the index, the other then finds it.
                statement.execute("select pg_advisory_xact_lock(hashtext('" + NAME + "'))");
                statement.execute("create index if not exists " + NAME + " on " + table + " (PARENT_TASK_ID_)");
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            log.warn("Could not index {} by parent task ({}): every task completion will read the whole table. "
                    + "Ask the database administrator to run: create index {} on {} (PARENT_TASK_ID_)",
                    table, e.getMessage(), NAME, table);
        }
    }
}
