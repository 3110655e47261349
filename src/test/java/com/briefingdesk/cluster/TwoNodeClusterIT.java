package com.briefingdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes against one PostgreSQL, as docs/CLUSTER.md describes them: both packaged jars run their
 * job executor on the shared database. Article and issue processes are driven through both nodes' REST APIs (the
 * domain writes that the Vaadin forms make are made here in SQL), with timers shortened to seconds, and the test
 * checks that every timer job ran exactly once, that both nodes ran jobs, that a task completed on one node is
 * gone from the other's task list, and that every process finished. Runs in the {@code cluster} profile:
 *
 * <pre>./mvnw verify -Pcluster</pre>
 */
class TwoNodeClusterIT {

    static final int RETURNED_ARTICLES = 6;
    static final int ISSUES = 2;
    static final int ARTICLES_PER_ISSUE = 2;
    static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    static final Duration PROCESS_TIMEOUT = Duration.ofMinutes(4);

    static EmbeddedPostgres postgres;
    static JdbcClient db;
    static final List<ApplicationNode> nodes = new ArrayList<>();

    @BeforeAll
    static void startDatabaseAndNodes() throws Exception {
        Path target = Path.of(System.getProperty("app.basedir", ".")).resolve("target");
        postgres = EmbeddedPostgres.builder().setDataDirectory(target.resolve("cluster-postgres"))
                .setCleanDataDirectory(true).setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "off").start();
        db = JdbcClient.create(postgres.getPostgresDatabase());
        Map<String, String> environment = Map.of(
                "BRIEFING_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "BRIEFING_DB_USER", "postgres", "BRIEFING_DB_PASSWORD", "", "SPRING_PROFILES_ACTIVE", "demo");
        // One after the other: the first creates Camunda's and our schema and the demo directory.
        for (String name : List.of("node-a", "node-b")) {
            ApplicationNode node = ApplicationNode.start(name, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"),
                    List.of(
                            "--briefing.article.revision-reminder=PT3S",
                            "--briefing.article.revision-deadline=PT10S",
                            "--briefing.circulation.reminder-delay=PT4S",
                            // the job log (with the node that ran each job) is kept at history level full only
                            "--camunda.bpm.history-level=full",
                            "--camunda.bpm.generic-properties.properties.hostname=" + name,
                            // poll often and take one job at a time, so both nodes get their share quickly
                            "--camunda.bpm.job-execution.wait-time-in-millis=500",
                            "--camunda.bpm.job-execution.max-wait=2000",
                            "--camunda.bpm.job-execution.max-jobs-per-acquisition=1"),
                    environment, target.resolve("cluster"));
            nodes.add(node);
            double seconds = node.awaitReady(START_TIMEOUT);
            System.out.printf("CLUSTER %s (pid %d) ready on port %d after %.1f s%n", name, node.pid(), node.port(),
                    seconds);
        }
    }

    @AfterAll
    static void stopNodesAndDatabase() throws Exception {
        for (ApplicationNode node : nodes) {
            node.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static ApplicationNode node(int i) {
        return nodes.get(i % nodes.size());
    }

    @Test
    void everyTimerFiresOnceOnOneOfTheNodesAndEveryProcessFinishes() throws Exception {
        long unitId = db.sql("select id from unit where code = 'kunshan'").query(Long.class).single();
        long submitterId = db.sql("select id from app_user where username = 'kunshan'").query(Long.class).single();
        List<String> processes = new ArrayList<>();

        // Returned articles: their revision waits with a reminder timer and a deadline timer, and expires.
        List<String> returned = new ArrayList<>();
        for (int i = 0; i < RETURNED_ARTICLES; i++) {
            String pi = submittedArticle(unitId, submitterId, "退回稿 " + i, node(i));
            String triage = task(node(i + 1), pi, "Task_Triage");
            node(i + 1).post("engine-rest/task/" + triage + "/complete", variables("decision", "RETURN"));
            assertThat(ids(node(i).get("engine-rest/task?candidateGroup=editors&unassigned=true")))
                    .as("a task completed on %s is gone from %s's inbox", node(i + 1).name(), node(i).name())
                    .doesNotContain(triage);
            returned.add(pi);
        }
        processes.addAll(returned);

        // Issues: accepted articles composed, proofread, reviewed and signed off across the nodes; the rendering
        // job runs on either node, and the receipt reminders repeat until the units acknowledge.
        List<String> issueProcesses = new ArrayList<>();
        long seriesId = db.sql("select min(id) from briefing_series where active").query(Long.class).single();
        long editorId = db.sql("select id from app_user where username = 'editor'").query(Long.class).single();
        long signerId = db.sql("select id from app_user where username = 'signer'").query(Long.class).single();
        for (int n = 0; n < ISSUES; n++) {
            List<Long> articles = new ArrayList<>();
            for (int a = 0; a < ARTICLES_PER_ISSUE; a++) {
                String pi = submittedArticle(unitId, submitterId, "集群稿件 " + n + "-" + a, node(a));
                node(a + 1).post("engine-rest/task/" + task(node(a + 1), pi, "Task_Triage") + "/complete",
                        variables("decision", "ACCEPT"));
                processes.add(pi);
                articles.add(articleOf(pi));
            }
            long issueId = db.sql("""
                            insert into issue (series_id, status, print_count, created_by)
                            values (:series, 'COMPOSING', 100, :editor) returning id""")
                    .param("series", seriesId).param("editor", editorId).query(Long.class).single();
            db.sql("""
                            insert into issue_recipient (issue_id, line, position, label, unit_id)
                            select :issue, line, position, label, unit_id from series_recipient
                            where series_id = :series""")
                    .param("issue", issueId).param("series", seriesId).update();
            String issuePi = node(n).post("engine-rest/process-definition/key/issue/start", Map.of(
                    "businessKey", String.valueOf(issueId),
                    "variables", Map.of("issueId", Map.of("value", issueId, "type", "Long")))).get("id").asText();
            db.sql("update issue set process_instance_id = :pi where id = :id").param("pi", issuePi)
                    .param("id", issueId).update();
            for (int a = 0; a < articles.size(); a++) {
                long articleId = articles.get(a);
                String articlePi = db.sql("select process_instance_id from article where id = :id")
                        .param("id", articleId).query(String.class).single();
                node(a).post("engine-rest/message", Map.of("messageName", "ArticleScheduled",
                        "processInstanceId", articlePi));
                db.sql("update article set issue_id = :issue where id = :id").param("issue", issueId)
                        .param("id", articleId).update();
                db.sql("""
                                insert into issue_article (issue_id, article_id, position, column_name)
                                values (:issue, :article, :position, '工作交流')""")
                        .param("issue", issueId).param("article", articleId).param("position", a).update();
            }
            complete(node(n + 1), issuePi, "Task_Compose", Map.of());
            complete(node(n), issuePi, "Task_Proofread", variables("proofread", "DONE"));
            complete(node(n + 1), issuePi, "Task_Review", variables("reviewDecision", "APPROVE"));
            db.sql("update issue set signed_off_by = :signer where id = :id").param("signer", signerId)
                    .param("id", issueId).update();
            complete(node(n), issuePi, "Task_SignOff", variables("signOffDecision", "APPROVE"));
            issueProcesses.add(issuePi);
        }
        processes.addAll(issueProcesses);

        // Wait for a reminder on every circulated issue, then every unit acknowledges, half on each node.
        for (String issuePi : issueProcesses) {
            await("a receipt reminder of " + issuePi, () -> firings(issuePi, "Task_RemindRecipients") >= 1);
        }
        int receiptTasks = 0;
        for (String issuePi : issueProcesses) {
            db.sql("""
                            update issue_receipt r set acknowledged_at = now(),
                                   acknowledged_by = (select min(u.id) from app_user u where u.unit_id = r.unit_id)
                            where r.issue_id = (select id from issue where process_instance_id = :pi)""")
                    .param("pi", issuePi).update();
            JsonNode tasks = node(0).get("engine-rest/task?processInstanceId=" + issuePi
                    + "&taskDefinitionKey=Task_AcknowledgeReceipt");
            for (String taskId : ids(tasks)) {
                node(receiptTasks++).post("engine-rest/task/" + taskId + "/complete", Map.of());
            }
        }
        assertThat(receiptTasks).as("receipt tasks").isGreaterThan(0);

        await("every process to finish", () -> db.sql("""
                        select count(*) from act_hi_procinst where proc_inst_id_ in (:pis) and end_time_ is null""")
                .param("pis", processes).query(Long.class).single() == 0);

        // Every timer and asynchronous job of these processes ran exactly once: one successful run per job and due
        // date in the job log, whichever node ran it.
        List<Map<String, Object>> twice = db.sql("""
                        select job_id_, job_duedate_, count(*) as runs from act_hi_job_log
                        where process_instance_id_ in (:pis) and job_state_ = 2
                        group by job_id_, job_duedate_ having count(*) > 1""")
                .param("pis", processes).query().listOfRows();
        assertThat(twice).as("jobs that ran more than once").isEmpty();
        for (String pi : returned) {
            assertThat(timerRuns(pi, "BoundaryEvent_RevisionReminder")).as("reminder timer of %s", pi).isEqualTo(1);
            assertThat(timerRuns(pi, "BoundaryEvent_RevisionDeadline")).as("deadline timer of %s", pi).isEqualTo(1);
            assertThat(firings(pi, "Task_RemindSubmitter")).as("reminders of %s", pi).isEqualTo(1);
            assertThat(db.sql("""
                            select count(*) from article_event e join article a on a.id = e.article_id
                            where a.process_instance_id = :pi and e.kind = 'REMINDER_SENT'""")
                    .param("pi", pi).query(Long.class).single()).as("reminder records of %s", pi).isEqualTo(1);
            assertThat(articleStatus(pi)).isEqualTo("EXPIRED");
        }
        for (String issuePi : issueProcesses) {
            long fired = timerRuns(issuePi, "BoundaryEvent_ReceiptReminder");
            assertThat(firings(issuePi, "Task_RemindRecipients")).as("reminders of %s", issuePi).isEqualTo(fired);
            assertThat(timerRuns(issuePi, "Task_RenderDocuments")).as("rendering of %s", issuePi).isEqualTo(1);
            assertThat(db.sql("select status from issue where process_instance_id = :pi").param("pi", issuePi)
                    .query(String.class).single()).isEqualTo("ARCHIVED");
            // each firing reminded the units that had not acknowledged: never more reminders than firings
            assertThat(db.sql("""
                            select max(reminders) from issue_receipt
                            where issue_id = (select id from issue where process_instance_id = :pi)""")
                    .param("pi", issuePi).query(Long.class).single()).isBetween(1L, fired);
        }
        assertThat(db.sql("select count(*) from article where issue_id is not null and status = 'ADOPTED' "
                + "and process_instance_id in (:pis)").param("pis", processes).query(Long.class).single())
                .as("adopted articles").isEqualTo((long) ISSUES * ARTICLES_PER_ISSUE);

        Set<String> hosts = new HashSet<>(db.sql("""
                        select distinct hostname_ from act_hi_job_log
                        where process_instance_id_ in (:pis) and job_state_ = 2""")
                .param("pis", processes).query(String.class).list());
        System.out.printf("CLUSTER jobs run per node: %s%n", db.sql("""
                        select hostname_, count(*) from act_hi_job_log
                        where process_instance_id_ in (:pis) and job_state_ = 2 group by hostname_""")
                .param("pis", processes).query().listOfRows());
        assertThat(hosts).as("nodes whose job executor ran jobs").containsExactlyInAnyOrder("node-a", "node-b");
    }

    private static String submittedArticle(long unitId, long submitterId, String title, ApplicationNode node) {
        long id = db.sql("""
                        insert into article (unit_id, created_by, title, suggested_column, body, status, submitted_at)
                        values (:unit, :user, :title, '工作交流',
                                '[{"runs":[{"text":"集群测试正文。","bold":false}]}]'::jsonb, 'SUBMITTED', now())
                        returning id""")
                .param("unit", unitId).param("user", submitterId).param("title", title).query(Long.class).single();
        String pi = node.post("engine-rest/process-definition/key/article/start", Map.of(
                "businessKey", String.valueOf(id),
                "variables", Map.of("articleId", Map.of("value", id, "type", "Long"),
                        "submitter", Map.of("value", "kunshan", "type", "String")))).get("id").asText();
        db.sql("update article set process_instance_id = :pi where id = :id").param("pi", pi).param("id", id)
                .update();
        return pi;
    }

    private static long articleOf(String pi) {
        return db.sql("select id from article where process_instance_id = :pi").param("pi", pi).query(Long.class)
                .single();
    }

    private static String articleStatus(String pi) {
        return db.sql("select status from article where process_instance_id = :pi").param("pi", pi)
                .query(String.class).single();
    }

    private static String task(ApplicationNode node, String pi, String definitionKey) {
        List<String> ids = ids(node.get("engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey="
                + definitionKey));
        assertThat(ids).as("%s of %s", definitionKey, pi).hasSize(1);
        return ids.get(0);
    }

    private static void complete(ApplicationNode node, String pi, String definitionKey, Map<String, Object> body) {
        String[] id = new String[1];
        await(definitionKey + " of " + pi, () -> {
            List<String> ids = ids(node.get("engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey="
                    + definitionKey));
            id[0] = ids.isEmpty() ? null : ids.get(0);
            return id[0] != null;
        });
        node.post("engine-rest/task/" + id[0] + "/complete", body);
    }

    private static Map<String, Object> variables(String name, String value) {
        return Map.of("variables", Map.of(name, Map.of("value", value, "type", "String")));
    }

    private static List<String> ids(JsonNode tasks) {
        return StreamSupport.stream(tasks.spliterator(), false).map(t -> t.get("id").asText()).toList();
    }

    private static long firings(String pi, String activityId) {
        return db.sql("select count(*) from act_hi_actinst where proc_inst_id_ = :pi and act_id_ = :act")
                .param("pi", pi).param("act", activityId).query(Long.class).single();
    }

    /** Successful runs of the jobs of one activity (a timer event, an asynchronous step) in the job log. */
    private static long timerRuns(String pi, String activityId) {
        return db.sql("""
                        select count(*) from act_hi_job_log
                        where process_instance_id_ = :pi and act_id_ = :act and job_state_ = 2""")
                .param("pi", pi).param("act", activityId).query(Long.class).single();
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PROCESS_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
