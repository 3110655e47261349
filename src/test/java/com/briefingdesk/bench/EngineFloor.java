package com.briefingdesk.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Camunda alone, as the floor under our completions: a stock engine of its own (no Spring, no listeners, no domain
 * writes, no checks) on a database of its own in the same PostgreSQL server, completing one user task into the
 * next with {@code TaskService.complete}, one transaction each. What it costs is what any completion on this stack
 * costs at least; the history level is the one thing that varies ({@code none}, or {@code audit} as ours runs).
 * The engine gets the same driver setting ({@code reWriteBatchedInserts}) and the same sub-task index as ours.
 */
final class EngineFloor implements AutoCloseable {

    /** Two user tasks offered to a group, one after the other: completing the first opens the second. */
    private static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess("floor")
            .camundaHistoryTimeToLive(180)
            .startEvent()
            .userTask("first").camundaCandidateGroups("editors")
            .userTask("second").camundaCandidateGroups("editors")
            .endEvent()
            .done();

    private final JdbcClient admin;
    private final String database;
    private final HikariDataSource dataSource;
    private final ProcessEngine engine;

    EngineFloor(JdbcClient admin, int port, String history, int connections) {
        this.admin = admin;
        this.database = "floor_" + history;
        admin.sql("drop database if exists " + database).update();
        admin.sql("create database " + database).update();
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/" + database);
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(connections);
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        dataSource = new HikariDataSource(pool);
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(database);
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(history);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setTaskMetricsEnabled(false);
        engine = configuration.buildProcessEngine();
        JdbcClient.create(dataSource)
                .sql("create index if not exists floor_act_ru_task_parent_idx on ACT_RU_TASK (PARENT_TASK_ID_)")
                .update();
        engine.getRepositoryService().createDeployment().addModelInstance("floor.bpmn", MODEL).deploy();
    }

    String database() {
        return database;
    }

    /** Starts processes, untimed: the ids of their first tasks (every earlier run completed its own), to complete. */
    List<String> openTasks(int count) {
        for (int i = 0; i < count; i++) {
            engine.getRuntimeService().startProcessInstanceByKey("floor");
        }
        return engine.getTaskService().createTaskQuery().taskDefinitionKey("first").list().stream()
                .map(Task::getId).toList();
    }

    void complete(String taskId) {
        engine.getTaskService().complete(taskId);
    }

    /** Lets the server take stock of what the set-up wrote, as before our own runs. */
    void vacuum() {
        JdbcClient.create(dataSource).sql("vacuum analyze").update();
    }

    @Override
    public void close() {
        engine.close();
        dataSource.close();
        admin.sql("drop database if exists " + database).update();
    }
}
