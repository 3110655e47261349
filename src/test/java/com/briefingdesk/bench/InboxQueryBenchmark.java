package com.briefingdesk.bench;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.article.ArticleService;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.task.InboxView;
import com.briefingdesk.task.TaskInbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Latency of the inbox and of "My submissions" with 100,000 open tasks and 1,000,000 finished activity rows in
 * the history, beside the same lists fetched the stock Camunda way (TaskQuery, REST). The data is written straight
 * into Camunda's and our tables with set-based SQL (generate_series), shaped as the engine writes them: one process
 * instance per open task, candidate-group identity links, finished activity instances. Prints, never asserts.
 */
@Tag("bench")
@BriefingDeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxQueryBenchmark {

    static final int OPEN_TASKS = 100_000;
    static final int FINISHED_ACTIVITIES = 1_000_000;
    static final int UNITS = 200;
    /** Calls before measuring: this benchmark runs first in its JVM, whose JIT has compiled nothing yet. */
    static final int WARM_UP = 300;
    static final int CALLS = 300;
    /** Fewer over HTTP: every REST request checks the administrator's password (BCrypt) before its query. */
    static final int REST_CALLS = 60;
    static final double LIMIT_MS = 20;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskInbox inbox;
    @Autowired
    ArticleService articles;
    @Autowired
    UserDirectory directory;
    @LocalServerPort
    int port;

    @BeforeAll
    void seed() {
        long t0 = System.nanoTime();
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("article")
                .latestVersion().singleResult().getId();
        jdbc.sql("""
                insert into unit (code, name, kind)
                select 'bench-' || g, '压测单位' || g, 'MEMBER' from generate_series(1, :units) g""")
                .param("units", UNITS).update();
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, unit_id)
                select 'bench-sub-' || g, '压测员' || g, '{noop}x', u.id
                from generate_series(1, :units) g join unit u on u.code = 'bench-' || g""")
                .param("units", UNITS).update();
        jdbc.sql("insert into user_role (user_id, role) select id, 'SUBMITTER' from app_user "
                + "where username like 'bench-sub-%'").update();
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
        System.out.printf("BENCH seeded %,d open tasks and %,d finished activity instances in %.1f s%n",
                OPEN_TASKS, FINISHED_ACTIVITIES, (System.nanoTime() - t0) / 1e9);
    }

    @AfterAll
    void removeSeed() {
        // The other benchmarks of this JVM (the dashboard's) count tasks and history: leave them as they were.
        jdbc.sql("delete from act_hi_actinst where id_ like 'bench-a-%'").update();
        jdbc.sql("delete from act_ru_identitylink where id_ like 'bench-l-%'").update();
        jdbc.sql("delete from act_ru_task where id_ like 'bench-t-%'").update();
        jdbc.sql("delete from act_ru_execution where id_ like 'bench-pi-%'").update();
        jdbc.sql("delete from article where process_instance_id like 'bench-pi-%'").update();
        // And the dead rows cleared now, not by autovacuum while the next benchmark measures the server's CPU.
        jdbc.sql("vacuum analyze act_hi_actinst, act_ru_identitylink, act_ru_task, act_ru_execution, article").update();
    }

    /** The statements of the lists that cost most per call. */
    private void printCostliestStatements() {
        List<String[]> costliest = jdbc.sql("select round(mean_exec_time::numeric, 2), calls, query"
                        + " from pg_stat_statements where dbid = (select oid from pg_database"
                        + " where datname = current_database()) and query ~* '^\\s*select' and calls >= 10"
                        + " order by mean_exec_time desc limit 4")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        for (String[] statement : costliest) {
            String text = statement[2].replaceAll("\\s+", " ");
            System.out.printf("BENCH costliest: %s ms mean over %s calls: %s%n", statement[0], statement[1],
                    text.substring(0, Math.min(text.length(), 300)));
        }
    }

    /** What InboxView loads: each list's first page, and its count when the page is full. */
    private void firstPages(AppUser user) {
        inbox.assignedList(user, InboxView.PAGE);
        inbox.offeredList(user, InboxView.PAGE);
    }

    @Test
    void printsListLatencies() throws Exception {
        AppUser editor = directory.findByUsername("editor").orElseThrow();
        // the revisions (every tenth task, g = 1 mod 10) fall to units 2, 12, 22, ...: 500 each
        AppUser submitter = directory.findByUsername("bench-sub-2").orElseThrow();
        int offered = inbox.offeredTo(editor).size();
        int mine = inbox.assignedTo(submitter).size();
        int submissions = articles.ofMyUnit(submitter).size();

        boolean counting = StatementCounts.reset(jdbc);
        // As InboxView loads them.
        Latencies editorInbox = Latencies.of(WARM_UP, CALLS, () -> firstPages(editor));
        Latencies submitterInbox = Latencies.of(WARM_UP, CALLS, () -> firstPages(submitter));
        Latencies wholeLists = Latencies.of(WARM_UP, CALLS, () -> {
            inbox.assignedTo(editor);
            inbox.offeredTo(editor);
        });
        Latencies mySubmissions = Latencies.of(WARM_UP, CALLS, () -> articles.ofMyUnit(submitter));
        Latencies taskQuery = Latencies.of(WARM_UP, CALLS, () -> {
            var assigned = taskService.createTaskQuery().taskAssignee(editor.username()).initializeFormKeys()
                    .orderByTaskCreateTime().asc();
            assigned.count();
            assigned.listPage(0, InboxView.PAGE);
            var offeredTasks = taskService.createTaskQuery().taskCandidateGroupIn(editor.candidateGroups())
                    .taskUnassigned().initializeFormKeys().orderByTaskCreateTime().asc();
            offeredTasks.count();
            offeredTasks.listPage(0, InboxView.PAGE);
        });
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:demo123".getBytes(StandardCharsets.UTF_8));
        String base = "http://127.0.0.1:" + port + "/engine-rest/task?sortBy=created&sortOrder=asc&firstResult=0&maxResults="
                + InboxView.PAGE + "&";
        List<HttpRequest> rest = new ArrayList<>();
        rest.add(HttpRequest.newBuilder(URI.create(base + "assignee=editor")).header("Authorization", auth).build());
        rest.add(HttpRequest.newBuilder(URI.create(base + "unassigned=true&candidateGroups="
                + String.join(",", editor.candidateGroups()))).header("Authorization", auth).build());
        String count = "http://127.0.0.1:" + port + "/engine-rest/task/count?";
        rest.add(HttpRequest.newBuilder(URI.create(count + "assignee=editor")).header("Authorization", auth).build());
        rest.add(HttpRequest.newBuilder(URI.create(count + "unassigned=true&candidateGroups="
                + String.join(",", editor.candidateGroups()))).header("Authorization", auth).build());
        Latencies restQuery = Latencies.of(5, REST_CALLS, () -> rest.forEach(request -> {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("REST answered " + response.statusCode());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));

        if (counting) {
            printCostliestStatements();
        }
        String limit = "p95 < " + (int) LIMIT_MS + " ms";
        String data = String.format("%,d open tasks, %,d finished activities", OPEN_TASKS, FINISHED_ACTIVITIES);
        BenchFigures.record("2-lists", List.of(
                new BenchFigures.Figure("2. editor's inbox, both lists' first pages of " + InboxView.PAGE
                        + " and counts (" + offered + " offered tasks; " + data + ")",
                        editorInbox.text(), limit, BenchFigures.atMost(editorInbox.p95(), LIMIT_MS)),
                new BenchFigures.Figure("2. submitter's inbox, the same (" + mine + " revisions assigned)",
                        submitterInbox.text(), limit, BenchFigures.atMost(submitterInbox.p95(), LIMIT_MS)),
                new BenchFigures.Figure("2. editor's inbox, both lists whole (as before paging)",
                        wholeLists.text(), "for information", "-"),
                new BenchFigures.Figure("2. My submissions (" + submissions + " articles of the unit)",
                        mySubmissions.text(), limit, BenchFigures.atMost(mySubmissions.p95(), LIMIT_MS)),
                new BenchFigures.Figure("2. reference: editor's lists by Camunda TaskQuery, count and first page (no subjects)",
                        taskQuery.text(), "reference", "-"),
                new BenchFigures.Figure("2. reference: editor's lists' counts and first pages by GET /engine-rest/task (HTTP Basic, BCrypt)",
                        restQuery.text(), "reference", "-")));
    }
}
