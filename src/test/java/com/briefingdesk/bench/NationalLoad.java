package com.briefingdesk.bench;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The data of a national network, written straight into Camunda's and our tables with set-based SQL
 * (generate_series), shaped as the engine writes them: 200 units with a submitter each, 100,000 open article tasks
 * (one process instance each, business key = an article of ours, candidate-group identity links) and 1,000,000
 * finished activity instances in the history. The list benchmark measures the inbox against it; the throughput
 * benchmark completes tasks beside it.
 */
final class NationalLoad {

    static final int OPEN_TASKS = 100_000;
    static final int FINISHED_ACTIVITIES = 1_000_000;
    static final int UNITS = 200;

    private final JdbcClient jdbc;

    NationalLoad(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the load for the article model {@code definition}; returns the seconds it took. */
    double plant(String definition) {
        long t0 = System.nanoTime();
        // Units and their submitters stay once planted (a second plant in the same JVM finds them).
        jdbc.sql("""
                insert into unit (code, name, kind)
                select 'bench-' || g, '压测单位' || g, 'MEMBER' from generate_series(1, :units) g
                on conflict (code) do nothing""")
                .param("units", UNITS).update();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, unit_id)
                select 'bench-sub-' || g, '压测员' || g, '{noop}x', u.id
                from generate_series(1, :units) g join unit u on u.code = 'bench-' || g
                on conflict (username) do nothing""")
                .param("units", UNITS).update();
        jdbc.sql("""
                insert into user_role (user_id, role)
                select id, 'SUBMITTER' from app_user u where username like 'bench-sub-%'
                and not exists (select 1 from user_role r where r.user_id = u.id and r.role = 'SUBMITTER')""")
                .update();
        // One article per open task, spread evenly over the units: a unit has 500 articles of the last years.
        jdbc.sql("""
                insert into article (unit_id, created_by, title, suggested_column, body, status, submitted_at,
                                     process_instance_id, created_at, updated_at)
                select p.unit_id, p.id, '压测稿件 ' || g, '工作交流',
                       '[{"runs":[{"text":"压测正文。","bold":false}]}]'::jsonb,
                       case when g % 10 = 1 then 'RETURNED' else 'SUBMITTED' end,
                       now() - g * interval '10 minutes', 'bench-pi-' || g,
                       now() - g * interval '10 minutes', now() - g * interval '10 minutes'
                from generate_series(1, :tasks) g join app_user p on p.username = 'bench-sub-' || (g % :units + 1)""")
                .param("tasks", OPEN_TASKS).param("units", UNITS).update();
        jdbc.sql("""
                insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_,
                       proc_def_id_, act_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_,
                       suspension_state_, cached_ent_state_, sequence_counter_, proc_def_key_)
                select a.process_instance_id, 1, a.process_instance_id, a.process_instance_id, a.id::text, :def,
                       case when a.status = 'RETURNED' then 'Task_Revise' else 'Task_Triage' end,
                       true, false, true, false, 1, 0, 1, 'article'
                from article a where a.process_instance_id like 'bench-pi-%'""")
                .param("def", definition).update();
        // Open tasks: every tenth a revision assigned to its unit's submitter, 200 waiting for the editors of
        // this office, the rest waiting for the editors of 200 other offices.
        jdbc.sql("""
                insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_,
                       assignee_, priority_, create_time_, last_updated_, suspension_state_, task_state_)
                select 'bench-t-' || g, 1, 'bench-pi-' || g, 'bench-pi-' || g, :def,
                       case when g % 10 = 1 then 'Revise article' else 'Triage article' end,
                       case when g % 10 = 1 then 'Task_Revise' else 'Task_Triage' end,
                       case when g % 10 = 1 then 'bench-sub-' || (g % :units + 1) end,
                       50, now() - g * interval '10 minutes', now() - g * interval '10 minutes', 1, 'Created'
                from generate_series(1, :tasks) g""")
                .param("def", definition).param("tasks", OPEN_TASKS).param("units", UNITS).update();
        jdbc.sql("""
                insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
                select 'bench-l-' || g, 1,
                       case when g % 500 = 0 then 'editors' else 'bench-office-' || (g % 200) || '-editors' end,
                       'candidate', 'bench-t-' || g
                from generate_series(1, :tasks) g where g % 10 <> 1""")
                .param("tasks", OPEN_TASKS).update();
        // History: 100,000 finished article processes of ten steps each.
        jdbc.sql("""
                insert into act_hi_actinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
                       execution_id_, act_id_, act_name_, act_type_, start_time_, end_time_, duration_,
                       act_inst_state_, sequence_counter_)
                select 'bench-a-' || g, 'article', :def, 'bench-hpi-' || g / 10, 'bench-hpi-' || g / 10,
                       'bench-hpi-' || g / 10,
                       (array['StartEvent_ArticleSubmitted','Gateway_BeforeTriage','Task_Triage',
                              'Gateway_TriageDecision','Task_PutInPool','Gateway_PoolJoin',
                              'CatchEvent_ArticleScheduled','Task_MarkScheduled','CatchEvent_ArticlePublished',
                              'Task_MarkAdopted'])[g % 10 + 1],
                       'step', 'serviceTask', now() - g * interval '1 minute',
                       now() - g * interval '1 minute' + interval '1 second', 1000, 1, g % 10 + 1
                from generate_series(1, :rows) g""")
                .param("def", definition).param("rows", FINISHED_ACTIVITIES).update();
        jdbc.sql("analyze").update();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Removes the tasks, processes, articles and history again (the units stay), and their dead rows. */
    void remove() {
        jdbc.sql("delete from act_hi_actinst where id_ like 'bench-a-%'").update();
        jdbc.sql("delete from act_ru_identitylink where id_ like 'bench-l-%'").update();
        jdbc.sql("delete from act_ru_task where id_ like 'bench-t-%'").update();
        jdbc.sql("delete from act_ru_execution where id_ like 'bench-pi-%'").update();
        jdbc.sql("delete from article where process_instance_id like 'bench-pi-%'").update();
        // The dead rows cleared now, not by autovacuum while the next benchmark measures the server's CPU.
        jdbc.sql("vacuum analyze act_hi_actinst, act_ru_identitylink, act_ru_task, act_ru_execution, article").update();
    }
}
