package com.briefingdesk.bench;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueFixtures;
import com.briefingdesk.issue.IssueOpinion;
import com.briefingdesk.issue.IssueTasks;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Task completions per second as people make them, through the same services as the forms (their checks, domain
 * writes and the engine's completion in one transaction): editors triaging articles (accept), reviewers approving
 * issues and signatories signing them off (numbering included), with 1 and 8 concurrent workers. Beside it, pgbench's
 * built-in TPC-B-like script with the same client counts against the same PostgreSQL server, as the ceiling of the
 * database. Beside each figure, the CPU a completion took in this JVM and in PostgreSQL's processes, and the machine's
 * CPU per pgbench transaction: the physical limit is two cores' time, and these say who spends it. Prints, never
 * asserts.
 */
@Tag("bench")
@BriefingDeskTest
class TaskThroughputBenchmark {

    /** Per run: articles to triage and issues to review and sign off, per worker (and for at least 4 workers). */
    static final int TRIAGES_PER_WORKER = 60;
    static final int ISSUES_PER_WORKER = 6;
    static final int MIN_SHARES = 4;
    /** Worker counts; -Dbench.workers=1 runs one of them, for a profile. */
    static final int[] WORKERS = java.util.Arrays.stream(System.getProperty("bench.workers", "1,8").split(","))
            .mapToInt(Integer::parseInt).toArray();
    static final int PGBENCH_SCALE = 10;
    static final int PGBENCH_SECONDS = 20;
    static final double TARGET_SHARE = 0.25;
    /**
     * Untimed runs before the recorded ones, with the most workers of the run: the JIT compiles Camunda's and MyBatis'
     * paths for a while (in one run the JVM's CPU per completion went 13.6, 9.6, 6.3, 5.2, 5.1, 4.2, 4.1 and 4.1 ms
     * over eight such rounds), and each pooled connection the timed runs use must have met the statements before:
     * the driver prepares a statement on the server from its fifth use on a connection, and a server process fills
     * its catalog caches on first use. Warmed with 2 workers, the first 8-worker run was the slowest in every record.
     */
    static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmups", 6);
    /** Timed runs per worker count; the median is the figure (a run lasts seconds, and one run alone jitters). */
    static final int RUNS = 3;
    static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Camunda alone (EngineFloor): its history levels, completions per run, untimed runs before the timed ones. */
    static final List<String> FLOOR_HISTORIES = List.of("none", "audit");
    static final int FLOOR_COMPLETIONS = 1200;
    static final int FLOOR_WARM_UPS = 3;

    /** The machine's CPU per pgbench transaction, server and client, per worker count. */
    private final double[] pgbenchCpuMs = new double[WORKERS.length];

    @Autowired
    IssueFixtures fixtures;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RepositoryService repositoryService;

    /** A timed run: completions per second, the CPU they took, and the statements per completion if counted. */
    private record Run(double rate, int completions, CpuTimes cpu, Double statements) {
    }

    /** One unit of work: a triage (one completion) or a review followed by its sign-off (two completions). */
    private interface Work {
        int run();
    }

    @Test
    void printsCompletionsPerSecondBesidePgbench() throws Exception {
        BriefingSeries series = fixtures.freshSeries(0);
        Run[] ours = new Run[WORKERS.length];
        // The test context runs no job executor: the PDF rendering each sign-off starts as a job after its
        // transaction is measured on its own (row 4) and does not fall into these runs' windows.
        int busiest = WORKERS[WORKERS.length - 1];
        for (int round = 0; round < WARM_UP_ROUNDS; round++) { // not recorded: the JIT compiles in these
            completionsPerSecond(busiest, series, Math.max(busiest, MIN_SHARES), false);
        }
        for (int w = 0; w < WORKERS.length; w++) {
            ours[w] = medianRun(WORKERS[w], series, "");
        }
        // The same work again beside a national network's open tasks and history: a completion must not cost more
        // because other units have work waiting (Camunda looks a completed task's sub-tasks up by parent id).
        NationalLoad load = new NationalLoad(jdbc);
        String article = repositoryService.createProcessDefinitionQuery().processDefinitionKey("article")
                .latestVersion().singleResult().getId();
        System.out.printf("BENCH planted %,d open tasks and %,d finished activity instances in %.1f s%n",
                NationalLoad.OPEN_TASKS, NationalLoad.FINISHED_ACTIVITIES, load.plant(article));
        Run loaded;
        try {
            loaded = medianRun(busiest, series, " beside the national load");
        } finally {
            load.remove();
        }
        // Camunda alone on the same server, at the same concurrency: the floor under any completion on this stack.
        Run[] floor = new Run[FLOOR_HISTORIES.size()];
        for (int h = 0; h < floor.length; h++) {
            floor[h] = floorRun(FLOOR_HISTORIES.get(h), busiest);
        }
        double[] pgbench = pgbench();
        List<BenchFigures.Figure> figures = new ArrayList<>();
        for (int w = 0; w < WORKERS.length; w++) {
            boolean target = WORKERS[w] == 8;
            Run run = ours[w];
            double postgresMs = run.cpu().postgresNanos() / 1e6 / run.completions();
            figures.add(new BenchFigures.Figure(
                    "1. task completions/s, " + WORKERS[w] + " worker(s) (triage; review + sign-off)",
                    String.format("%.1f/s = %.0f%% of pgbench, median of %d runs%s; CPU per completion: JVM %.1f ms,"
                                    + " PostgreSQL %.1f ms (alone a cap of %.0f/s on %d cores)", run.rate(),
                            100 * run.rate() / pgbench[w], RUNS, run.statements() == null ? ""
                                    : String.format(", %.0f statements per completion", run.statements()),
                            run.cpu().jvmNanos() / 1e6 / run.completions(), postgresMs,
                            CORES * 1000 / postgresMs, CORES),
                    String.format("pgbench -c %d: %.0f tps, %.2f ms of CPU per transaction%s", WORKERS[w], pgbench[w],
                            pgbenchCpuMs[w],
                            target ? String.format("; target >= 1/4 = %.0f/s", pgbench[w] * TARGET_SHARE) : ""),
                    target ? BenchFigures.atLeast(run.rate(), pgbench[w] * TARGET_SHARE) : "-"));
        }
        figures.add(new BenchFigures.Figure(
                String.format("1. task completions/s, %d worker(s), beside %,d other open tasks and %,d finished"
                        + " activities", busiest, NationalLoad.OPEN_TASKS, NationalLoad.FINISHED_ACTIVITIES),
                String.format("%.1f/s, median of %d runs; CPU per completion: JVM %.1f ms, PostgreSQL %.1f ms",
                        loaded.rate(), RUNS, loaded.cpu().jvmNanos() / 1e6 / loaded.completions(),
                        loaded.cpu().postgresNanos() / 1e6 / loaded.completions()),
                String.format("the same without them: %.1f/s", ours[WORKERS.length - 1].rate()), "-"));
        for (int h = 0; h < floor.length; h++) {
            Run run = floor[h];
            figures.add(new BenchFigures.Figure(
                    String.format("1. reference: Camunda alone, %d worker(s), history %s (TaskService.complete of one"
                            + " user task into the next; no checks, no domain writes)", busiest, FLOOR_HISTORIES.get(h)),
                    String.format("%.1f/s = %.0f%% of pgbench, median of %d runs%s; CPU per completion: JVM %.1f ms,"
                                    + " PostgreSQL %.1f ms", run.rate(), 100 * run.rate() / pgbench[WORKERS.length - 1],
                            RUNS, run.statements() == null ? ""
                                    : String.format(", %.0f statements per completion", run.statements()),
                            run.cpu().jvmNanos() / 1e6 / run.completions(),
                            run.cpu().postgresNanos() / 1e6 / run.completions()),
                    String.format("the target of row 1 at %d workers: %.0f/s", busiest,
                            pgbench[WORKERS.length - 1] * TARGET_SHARE), "-"));
        }
        BenchFigures.record("1-throughput", figures);
    }

    /** Timed runs of one worker count; the median one, the first of them listing its statements. */
    private Run medianRun(int workers, BriefingSeries series, String beside) throws Exception {
        return median(workers, beside,
                first -> completionsPerSecond(workers, series, Math.max(workers, MIN_SHARES), first));
    }

    /** One timed run; the first of a kind lists its statements. */
    private interface TimedRun {
        Run run(boolean first) throws Exception;
    }

    private Run median(int workers, String beside, TimedRun timedRun) throws Exception {
        List<Run> runs = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
            runs.add(timedRun.run(r == 0));
        }
        runs.sort(java.util.Comparator.comparingDouble(Run::rate));
        Run median = runs.get(RUNS / 2);
        System.out.printf("BENCH %d worker(s)%s: median of %d runs %.1f/s (%s)%n", workers, beside, RUNS,
                median.rate(), runs.stream().map(run -> String.format("%.1f", run.rate()))
                        .collect(Collectors.joining(", ")));
        return median;
    }

    private Run completionsPerSecond(int workers, BriefingSeries series, int shares, boolean listStatements)
            throws Exception {
        long setUp = System.nanoTime();
        List<Work> work = new ArrayList<>();
        AppUser editor = fixtures.user("editor");
        AppUser reviewer = fixtures.user("reviewer");
        AppUser signer = fixtures.user("signer");
        List<SampleArticles.Sample> samples = SampleArticles.all();
        for (int i = 0; i < TRIAGES_PER_WORKER * shares; i++) {
            String unit = IssueFixtures.UNITS.get(i % IssueFixtures.UNITS.size());
            Article draft = fixtures.articles.createDraft(fixtures.user(unit),
                    SampleArticles.content(samples.get(i % samples.size())));
            Article submitted = fixtures.articles.submit(fixtures.user(unit), draft.id());
            String task = fixtures.taskService.createTaskQuery().processInstanceId(submitted.processInstanceId())
                    .singleResult().getId();
            work.add(() -> {
                fixtures.articleTasks.triage(editor, task, TriageDecision.ACCEPT, null, null, submitted.version());
                return 1;
            });
        }
        for (int i = 0; i < ISSUES_PER_WORKER * shares; i++) {
            Issue issue = awaitingReview(series, fixtures.accepted(IssueFixtures.UNITS.get(i % 4),
                    samples.get(i % samples.size())));
            String review = fixtures.openTask(issue, IssueTasks.REVIEW_FORM);
            work.add(() -> {
                fixtures.issueTasks.review(reviewer, review, IssueOpinion.Decision.APPROVE, "同意");
                fixtures.issueTasks.signOff(signer, fixtures.openTask(issue, IssueTasks.SIGN_OFF_FORM),
                        IssueOpinion.Decision.APPROVE, "同意");
                return 2;
            });
        }
        Collections.shuffle(work, new java.util.Random(workers));
        System.out.printf("BENCH throughput set-up for %d worker(s): %d units of work in %.1f s%n", workers,
                work.size(), (System.nanoTime() - setUp) / 1e9);

        // The set-up has just written hundreds of processes at once: let the server take stock of them now, as
        // autovacuum would in a steady state, not while the completions are timed.
        jdbc.sql("vacuum analyze").update();
        return timed(workers, work, "task completions", ourDatabase(), listStatements);
    }

    /** Runs the work on this many threads from one queue: completions per second, their CPU and statements. */
    private Run timed(int workers, List<Work> work, String what, String database, boolean listStatements)
            throws Exception {
        boolean counting = StatementCounts.reset(jdbc);
        Queue<Work> queue = new ConcurrentLinkedQueue<>(work);
        AtomicInteger completions = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        CpuTimes cpu0 = CpuTimes.now();
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            running.add(pool.submit(() -> {
                for (Work next = queue.poll(); next != null; next = queue.poll()) {
                    completions.addAndGet(next.run());
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        CpuTimes cpu = CpuTimes.now().since(cpu0);
        pool.shutdown();
        double rate = completions.get() / seconds;
        System.out.printf("BENCH %d worker(s): %d %s in %.1f s = %.1f/s; %s%n", workers, completions.get(), what,
                seconds, rate, cpu.perUnit(completions.get(), "completion"));
        Double statements = counting
                ? printStatementCounts(workers, completions.get(), database, listStatements) : null;
        return new Run(rate, completions.get(), cpu, statements);
    }

    /** Camunda alone at one history level: warm-up runs, then the median of the timed ones. */
    private Run floorRun(String history, int workers) throws Exception {
        try (EngineFloor floor = new EngineFloor(jdbc, postgres.getPort(), history, 20)) {
            TimedRun run = first -> {
                long setUp = System.nanoTime();
                List<Work> work = floor.openTasks(FLOOR_COMPLETIONS).stream()
                        .map(task -> (Work) () -> {
                            floor.complete(task);
                            return 1;
                        }).toList();
                System.out.printf("BENCH Camunda alone, history %s: %d processes started in %.1f s%n", history,
                        work.size(), (System.nanoTime() - setUp) / 1e9);
                floor.vacuum();
                return timed(workers, work, "completions by Camunda alone (history " + history + ")",
                        floor.database(), first);
            };
            for (int round = 0; round < FLOOR_WARM_UPS; round++) {
                run.run(false);
            }
            return median(workers, ", Camunda alone, history " + history, run);
        }
    }

    private String ourDatabase() {
        return jdbc.sql("select current_database()").query(String.class).single();
    }

    /** Statements the database ran during the timed run, per completion, and the most frequent of them. */
    private double printStatementCounts(int workers, int completions, String database, boolean list) {
        String ours = " from pg_stat_statements where dbid = (select oid from pg_database where datname = '"
                + database + "') and query not like '%pg_stat_statements%'";
        long calls = jdbc.sql("select coalesce(sum(calls), 0)" + ours).query(Long.class).single();
        long rows = jdbc.sql("select coalesce(sum(rows), 0)" + ours).query(Long.class).single();
        System.out.printf("BENCH %d worker(s): %.1f statements and %.1f rows per completion (pg_stat_statements)%n",
                workers, (double) calls / completions, (double) rows / completions);
        if (!list) {
            return (double) calls / completions;
        }
        jdbc.sql("select calls, round(total_exec_time::numeric, 1) as ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 200) as q"
                        + ours + " order by total_exec_time desc limit 40")
                .query((rs, n) -> String.format("BENCH   %6d calls %8s ms  %s", rs.getLong(1), rs.getString(2),
                        rs.getString(3)))
                .list().forEach(System.out::println);
        return (double) calls / completions;
    }

    /** An issue with one article, composed and proofread: its review task is open. */
    private Issue awaitingReview(BriefingSeries series, Article article) {
        AppUser editor = fixtures.user("editor");
        Issue issue = fixtures.issues.start(editor, series.id());
        String compose = fixtures.openTask(issue, IssueTasks.COMPOSE_FORM);
        issue = fixtures.issueTasks.include(editor, compose, article.id(), "工作交流");
        fixtures.issueTasks.completeComposition(editor, compose, fixtures.composition(issue));
        fixtures.issueTasks.proofread(fixtures.user("editor2"), fixtures.openTask(issue, IssueTasks.PROOFREAD_FORM),
                true, null);
        return issue;
    }

    /** pgbench's TPC-B-like script on a database of its own in the same server: tps per client count. */
    private double[] pgbench() throws IOException, InterruptedException {
        jdbc.sql("drop database if exists pgbench").update();
        jdbc.sql("create database pgbench").update();
        run(List.of("-i", "-q", "-s", String.valueOf(PGBENCH_SCALE)));
        double[] tps = new double[WORKERS.length];
        for (int w = 0; w < WORKERS.length; w++) {
            CpuTimes cpu0 = CpuTimes.now();
            String out = run(List.of("-c", String.valueOf(WORKERS[w]), "-j", String.valueOf(Math.min(WORKERS[w], 2)),
                    "-T", String.valueOf(PGBENCH_SECONDS)));
            CpuTimes cpu = CpuTimes.now().since(cpu0);
            Matcher m = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("no tps in pgbench's output:\n" + out);
            }
            tps[w] = Double.parseDouble(m.group(1));
            pgbenchCpuMs[w] = cpu.machineNanos() / 1e6 / (tps[w] * PGBENCH_SECONDS);
            System.out.printf("BENCH pgbench -c %d -j %d -T %d (scale %d): %.1f tps; the machine's CPU per transaction"
                            + " (server and pgbench) %.2f ms%n", WORKERS[w], Math.min(WORKERS[w], 2), PGBENCH_SECONDS,
                    PGBENCH_SCALE, tps[w], pgbenchCpuMs[w]);
            System.out.printf("BENCH meanwhile this JVM, idle: %.1f%% of a core%n",
                    100.0 * cpu.jvmNanos() / 1e9 / PGBENCH_SECONDS);
        }
        jdbc.sql("drop database pgbench").update();
        return tps;
    }

    private String run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("bench.pgbench", "/usr/lib/postgresql/15/bin/pgbench"));
        command.addAll(arguments);
        command.addAll(List.of("-h", "127.0.0.1", "-p", String.valueOf(postgres.getPort()), "-U", "postgres",
                "pgbench"));
        Path log = Files.createTempFile("pgbench", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + exit + "):\n" + out);
        }
        return out;
    }
}
