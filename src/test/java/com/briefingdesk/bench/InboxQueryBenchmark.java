package com.briefingdesk.bench;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.article.ArticleService;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.layout.WaitingCount;
import com.briefingdesk.task.InboxFilter;
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
 * the history ({@link NationalLoad}), beside the same lists fetched the stock Camunda way (TaskQuery, REST).
 * Prints, never asserts.
 */
@Tag("bench")
@BriefingDeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxQueryBenchmark {

    static final int OPEN_TASKS = NationalLoad.OPEN_TASKS;
    static final int FINISHED_ACTIVITIES = NationalLoad.FINISHED_ACTIVITIES;
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
    @Autowired
    List<WaitingCount> waiting;
    @LocalServerPort
    int port;

    @BeforeAll
    void seed() {
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("article")
                .latestVersion().singleResult().getId();
        System.out.printf("BENCH seeded %,d open tasks and %,d finished activity instances in %.1f s%n",
                OPEN_TASKS, FINISHED_ACTIVITIES, new NationalLoad(jdbc).plant(definition));
    }

    @AfterAll
    void removeSeed() {
        // The other benchmarks of this JVM (the dashboard's) count tasks and history: leave them as they were.
        new NationalLoad(jdbc).remove();
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
        // what the menu asks on every view the editor opens: 待办 and 待阅
        Latencies menuCounts = Latencies.of(WARM_UP, CALLS, () -> waiting.forEach(count -> count.waitingFor(editor)));
        // a search reads the list whole and names every task to match the words in the subjects
        InboxFilter search = InboxFilter.NONE.withWords("稿件 1");
        int found = inbox.offeredList(editor, search, InboxView.PAGE).total();
        Latencies inboxSearch = Latencies.of(WARM_UP, CALLS, () -> {
            inbox.assignedList(editor, search, InboxView.PAGE);
            inbox.offeredList(editor, search, InboxView.PAGE);
        });
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
                new BenchFigures.Figure("2. the menu's counts (待办 and 待阅), asked on every view the editor opens",
                        menuCounts.text(), limit, BenchFigures.atMost(menuCounts.p95(), LIMIT_MS)),
                new BenchFigures.Figure("2. editor's inbox searched by words of the subjects (" + found + " of "
                        + offered + " offered tasks match)",
                        inboxSearch.text(), limit, BenchFigures.atMost(inboxSearch.p95(), LIMIT_MS)),
                new BenchFigures.Figure("2. reference: editor's lists by Camunda TaskQuery, count and first page (no subjects)",
                        taskQuery.text(), "reference", "-"),
                new BenchFigures.Figure("2. reference: editor's lists' counts and first pages by GET /engine-rest/task (HTTP Basic, BCrypt)",
                        restQuery.text(), "reference", "-")));
    }
}
