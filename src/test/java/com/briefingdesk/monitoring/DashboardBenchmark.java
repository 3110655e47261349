package com.briefingdesk.monitoring;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.bench.BenchFigures;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Prints (never asserts) how long the dashboard's figures take to load with 10,000 finished and 1,000 running
 * article processes, the running ones all waiting longer than the configured age. Not part of the default run:
 *
 * <pre>./mvnw verify -Pbench</pre> (all benchmarks), or alone:
 * <pre>./mvnw test -Dgroups=bench -Dbench.excluded=none -Dtest=DashboardBenchmark</pre>
 */
@Tag("bench")
@BriefingDeskTest
class DashboardBenchmark {

    static final int FINISHED = 10_000;
    static final int RUNNING = 1_000;
    static final int ROUNDS = 5;

    @Autowired
    MonitoringFixtures fixtures;
    @Autowired
    Dashboard dashboard;
    @Autowired
    TaskWatch taskWatch;
    @Autowired
    Incidents incidents;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void printsTheDashboardLoadTime() {
        Unit unit = fixtures.freshUnit();
        AppUser submitter = fixtures.submitter(unit);
        long started = System.nanoTime();
        // Finished: submitted and rejected by the real process, their submissions spread over the last year.
        for (int i = 0; i < FINISHED; i++) {
            long id = article(unit, submitter, i);
            String pi = runtimeService.startProcessInstanceByKey("article", String.valueOf(id),
                    Map.of("articleId", id, "submitter", submitter.username())).getId();
            jdbc.sql("update article set process_instance_id = :pi where id = :id").param("pi", pi).param("id", id)
                    .update();
            String task = taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
            taskService.complete(task, Map.of("decision", "REJECT"));
        }
        // Running: waiting in triage since ten days ago, so every one of them needs attention.
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(10))));
        try {
            for (int i = 0; i < RUNNING; i++) {
                long id = article(unit, submitter, i);
                runtimeService.startProcessInstanceByKey("article", String.valueOf(id),
                        Map.of("articleId", id, "submitter", submitter.username()));
            }
        } finally {
            ClockUtil.reset();
        }
        System.out.printf("%nBENCH set-up: %d finished and %d running article processes in %.1f s%n", FINISHED,
                RUNNING, (System.nanoTime() - started) / 1e9);

        AppUser admin = fixtures.admin();
        List<Double> millis = new ArrayList<>();
        int attention = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            dashboard.articlesByStatus(admin, null);
            dashboard.issuesByStatus(admin, null);
            attention = taskWatch.needingAttention(admin, Instant.now()).size();
            incidents.open(admin);
            dashboard.trend(admin, null, null, DashboardView.TREND_MONTHS);
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("BENCH dashboard load (%d tasks needing attention): median %.0f ms, best %.0f ms, "
                + "worst %.0f ms over %d rounds%n%n", attention, millis.get(ROUNDS / 2), millis.get(0),
                millis.get(ROUNDS - 1), ROUNDS);
        BenchFigures.record("5-dashboard", List.of(new BenchFigures.Figure(String.format(
                "5. dashboard load, %,d finished and %,d running article processes", FINISHED, RUNNING),
                String.format("median %.0f ms (best %.0f, worst %.0f)", millis.get(ROUNDS / 2), millis.get(0),
                        millis.get(ROUNDS - 1)), "for information", "-")));
    }

    private long article(Unit unit, AppUser submitter, int i) {
        return jdbc.sql("""
                        insert into article (unit_id, created_by, title, body, status, submitted_at)
                        values (:unit, :user, :title, '[]'::jsonb, 'SUBMITTED',
                                now() - make_interval(days => :days))
                        returning id""")
                .param("unit", unit.id()).param("user", submitter.id()).param("title", "压测稿件 " + i)
                .param("days", i % 360).query(Long.class).single();
    }
}
