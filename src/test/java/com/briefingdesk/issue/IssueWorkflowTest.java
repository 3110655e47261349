package com.briefingdesk.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.Office;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleEvent;
import com.briefingdesk.article.ArticleLifecycle;
import com.briefingdesk.article.ArticleStatus;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.task.TaskNotAvailableException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Composing, reviewing, signing off and numbering issues through our services, on PostgreSQL. */
@BriefingDeskTest
class IssueWorkflowTest {

    @Autowired
    IssueFixtures fixtures;
    @Autowired
    OfficeClock officeClock;
    @Autowired
    IssueService issues;
    @Autowired
    IssueTasks issueTasks;
    @Autowired
    ArticleLifecycle articleLifecycle;
    @Autowired
    com.briefingdesk.task.TaskInbox inbox;

    int thisYear() {
        return Office.today().getYear();
    }

    ArticleStatus statusOf(Article article) {
        return fixtures.articles.find(fixtures.user("editor"), article.id()).status();
    }

    @Test
    void theSampleIssueIsComposedReviewedSignedOffAndNumbered() {
        BriefingSeries series = fixtures.freshSeries(1003);
        List<Article> sample = fixtures.acceptedSampleArticles();
        Issue issue = fixtures.issues.start(fixtures.user("editor"), series.id());
        assertThat(issue.status()).isEqualTo(IssueStatus.COMPOSING);
        assertThat(issue.recipients()).extracting(Recipient::label)
                .containsExactly("中央文明办", "省文明委主任、副主任、委员", "各设区市、县（市、区）文明委、文明办", "省文明委成员单位");
        String compose = fixtures.openTask(issue, IssueTasks.COMPOSE_FORM);
        assertThat(inbox.offeredTo(fixtures.user("editor2"))).filteredOn(t -> t.id().equals(compose))
                .singleElement().satisfies(t -> {
                    assertThat(t.subject().title()).isEqualTo("江苏精神文明建设简报");
                    assertThat(t.formLocation()).isEqualTo("tasks/issue-compose/" + compose);
                });
        assertThat(inbox.offeredTo(fixtures.user("reviewer"))).noneMatch(t -> t.id().equals(compose));

        for (Article article : sample) {
            issue = issueTasks.include(fixtures.user("editor"), compose, article.id(), "工作交流");
            assertThat(statusOf(article)).isEqualTo(ArticleStatus.SCHEDULED);
        }
        assertThat(issue.articles()).extracting(IssueArticle::title)
                .containsExactly(sample.stream().map(Article::title).toArray(String[]::new));

        // Taken out, the article is back in the pool; put back, it is scheduled again.
        issue = issueTasks.exclude(fixtures.user("editor"), compose, sample.get(1).id());
        assertThat(statusOf(sample.get(1))).isEqualTo(ArticleStatus.ACCEPTED);
        assertThat(fixtures.articles.timeline(fixtures.user("jurong"), sample.get(1).id()))
                .extracting(ArticleEvent::kind).contains(ArticleEvent.Kind.SCHEDULED, ArticleEvent.Kind.RELEASED);
        issue = issueTasks.include(fixtures.user("editor"), compose, sample.get(1).id(), "工作交流");
        List<IssueArticle> order = new ArrayList<>(issue.articles());
        order.add(1, order.remove(3));
        issue = issueTasks.arrange(fixtures.user("editor"), compose, order);
        assertThat(issue.articles()).extracting(IssueArticle::articleId)
                .containsExactly(sample.get(0).id(), sample.get(1).id(), sample.get(2).id(), sample.get(3).id());

        issueTasks.completeComposition(fixtures.user("editor"), compose, new Composition("", "本期编者按", 400,
                issue.recipients()));
        assertThat(issues.find(fixtures.user("editor"), issue.id()).status()).isEqualTo(IssueStatus.PROOFREADING);
        issueTasks.proofread(fixtures.user("editor2"), fixtures.openTask(issue, IssueTasks.PROOFREAD_FORM), true, null);
        assertThat(issues.find(fixtures.user("editor"), issue.id()).status()).isEqualTo(IssueStatus.IN_REVIEW);
        issueTasks.review(fixtures.user("reviewer"), fixtures.openTask(issue, IssueTasks.REVIEW_FORM),
                IssueOpinion.Decision.APPROVE, "同意");
        assertThat(issues.find(fixtures.user("editor"), issue.id()).status())
                .isEqualTo(IssueStatus.AWAITING_SIGN_OFF);
        issueTasks.signOff(fixtures.user("signer"), fixtures.openTask(issue, IssueTasks.SIGN_OFF_FORM),
                IssueOpinion.Decision.APPROVE, "同意印发");

        Issue signed = issues.find(fixtures.user("editor"), issue.id());
        assertThat(signed.status()).isEqualTo(IssueStatus.SIGNED_OFF);
        assertThat(signed.year()).isEqualTo(thisYear());
        assertThat(signed.numberLabel()).isEqualTo("第 1 期");
        assertThat(signed.serialLabel()).isEqualTo("苏简字 1004 号");
        assertThat(signed.signedOffByName()).isEqualTo("张伟（签发）");
        assertThat(signed.editorNote()).isEqualTo("本期编者按");
        assertThat(issues.opinions(fixtures.user("editor"), issue.id()))
                .extracting(o -> o.step() + ":" + o.decision() + ":" + o.opinion() + ":" + o.actorName())
                .containsExactly("COMPOSE:SUBMIT:null:王敏（编辑）", "PROOFREAD:APPROVE:null:李静（编辑）",
                        "REVIEW:APPROVE:同意:陈刚（审核）", "SIGN_OFF:APPROVE:同意印发:张伟（签发）");
        assertThat(fixtures.series.find(series.id()).lastSerial()).isEqualTo(1004);
    }

    @Test
    void aSupplementIsNumberedApartFromTheRegularIssuesAndSharesTheirSerialNumbers() {
        BriefingSeries series = fixtures.freshSeries(1003);
        List<Issue> ready = new ArrayList<>();
        for (boolean supplement : new boolean[] {false, true, false, true}) {
            Article article = fixtures.accepted(IssueFixtures.UNITS.get(ready.size()),
                    SampleArticles.all().get(ready.size()));
            ready.add(fixtures.awaitingSignOff(series, List.of(article), supplement, null));
        }
        assertThat(ready).extracting(Issue::title).as("told apart before they have numbers").containsExactly(
                "江苏精神文明建设简报", "江苏精神文明建设简报 增刊", "江苏精神文明建设简报", "江苏精神文明建设简报 增刊");
        String supplementSignOff = fixtures.openTask(ready.get(1), IssueTasks.SIGN_OFF_FORM);
        assertThat(inbox.offeredTo(fixtures.user("signer"))).filteredOn(t -> t.id().equals(supplementSignOff))
                .singleElement().satisfies(t -> assertThat(t.subject().title()).isEqualTo("江苏精神文明建设简报 增刊"));
        for (Issue issue : ready) {
            issueTasks.signOff(fixtures.user("signer"), fixtures.openTask(issue, IssueTasks.SIGN_OFF_FORM),
                    IssueOpinion.Decision.APPROVE, "同意印发");
        }
        List<Issue> signed = ready.stream().map(i -> issues.find(fixtures.user("editor"), i.id())).toList();
        assertThat(signed).extracting(Issue::numberLabel)
                .containsExactly("第 1 期", "增刊第 1 期", "第 2 期", "增刊第 2 期");
        assertThat(signed).extracting(Issue::serialLabel)
                .containsExactly("苏简字 1004 号", "苏简字 1005 号", "苏简字 1006 号", "苏简字 1007 号");
        assertThat(signed.get(1).title()).isEqualTo("江苏精神文明建设简报 " + thisYear() + " 年增刊第 1 期");
    }

    @Test
    void anIssueCarriesTheDaySetForItToGoOutInsteadOfTheSignOffsAndIsNumberedInItsYear() {
        BriefingSeries series = fixtures.freshSeries(0);
        LocalDate today = Office.today();
        LocalDate nextNewYear = LocalDate.of(today.getYear() + 1, 1, 2);
        Issue issue = fixtures.awaitingSignOff(series,
                List.of(fixtures.accepted("kunshan", SampleArticles.kunshan())), false, nextNewYear);
        assertThat(issue.datePrinted(officeClock)).isEqualTo(nextNewYear);

        issueTasks.signOff(fixtures.user("signer"), fixtures.openTask(issue, IssueTasks.SIGN_OFF_FORM),
                IssueOpinion.Decision.APPROVE, "同意印发");
        Issue signed = issues.find(fixtures.user("editor"), issue.id());
        assertThat(signed.datePrinted(officeClock)).isEqualTo(nextNewYear);
        assertThat(signed.year()).isEqualTo(nextNewYear.getYear());
        assertThat(signed.numberLabel()).isEqualTo("第 1 期");
    }

    @Test
    void aDaySetForTheIssueThatSignOffHasPassedGivesWayToTheSignOffs() {
        LocalDate signedOff = LocalDate.of(2022, 4, 15);
        assertThat(Issue.datePrinted(null, signedOff)).isEqualTo(signedOff);
        assertThat(Issue.datePrinted(LocalDate.of(2022, 4, 18), signedOff)).isEqualTo(LocalDate.of(2022, 4, 18));
        assertThat(Issue.datePrinted(LocalDate.of(2022, 4, 15), signedOff)).isEqualTo(signedOff);
        assertThat(Issue.datePrinted(LocalDate.of(2022, 4, 12), signedOff)).isEqualTo(signedOff);
    }

    @Test
    void returnsGoBackToTheEditorWithTheOpinionAndTakeNoNumber() {
        BriefingSeries series = fixtures.freshSeries(0);
        Article article = fixtures.accepted("kunshan", SampleArticles.kunshan());
        Issue issue = fixtures.awaitingSignOff(series, List.of(article));
        String signOff = fixtures.openTask(issue, IssueTasks.SIGN_OFF_FORM);

        assertThatThrownBy(() -> issueTasks.signOff(fixtures.user("signer"), signOff, IssueOpinion.Decision.RETURN,
                " ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldMessageKeys()).containsKey("opinion"));
        issueTasks.signOff(fixtures.user("signer"), signOff, IssueOpinion.Decision.RETURN, "标题再精炼");

        Issue returned = issues.find(fixtures.user("editor"), issue.id());
        assertThat(returned.status()).isEqualTo(IssueStatus.COMPOSING);
        assertThat(returned.numbered()).isFalse();
        assertThat(fixtures.series.find(series.id()).lastSerial()).isZero();
        assertThat(issues.opinions(fixtures.user("editor"), issue.id())).last()
                .satisfies(o -> assertThat(o.opinion()).isEqualTo("标题再精炼"));

        String compose = fixtures.openTask(issue, IssueTasks.COMPOSE_FORM);
        issueTasks.completeComposition(fixtures.user("editor"), compose, fixtures.composition(returned));
        issueTasks.proofread(fixtures.user("editor"), fixtures.openTask(issue, IssueTasks.PROOFREAD_FORM), true, null);
        issueTasks.review(fixtures.user("reviewer"), fixtures.openTask(issue, IssueTasks.REVIEW_FORM),
                IssueOpinion.Decision.RETURN, "请补充编者按");
        assertThat(issues.find(fixtures.user("editor"), issue.id()).status()).isEqualTo(IssueStatus.COMPOSING);
    }

    @Test
    void signOffIsRefusedWhenAnArticleIsNoLongerScheduled() {
        BriefingSeries series = fixtures.freshSeries(0);
        Article article = fixtures.accepted("binhai", SampleArticles.all().get(2));
        Issue issue = fixtures.awaitingSignOff(series, List.of(article));
        articleLifecycle.withdrawn(article.id()); // as if the unit had taken it back meanwhile
        String signOff = fixtures.openTask(issue, IssueTasks.SIGN_OFF_FORM);

        assertThatThrownBy(() -> issueTasks.signOff(fixtures.user("signer"), signOff, IssueOpinion.Decision.APPROVE,
                "同意印发")).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldMessageKeys()).containsEntry("articles", "issue.signOff.articleNotScheduled"));
        Issue unchanged = issues.find(fixtures.user("editor"), issue.id());
        assertThat(unchanged.status()).isEqualTo(IssueStatus.AWAITING_SIGN_OFF);
        assertThat(unchanged.numbered()).isFalse();
        assertThat(fixtures.openTask(issue, IssueTasks.SIGN_OFF_FORM)).isEqualTo(signOff);
    }

    @Test
    void anIssueWithoutArticlesIsNotSentOn() {
        Issue issue = issues.start(fixtures.user("editor"), fixtures.freshSeries(0).id());
        String compose = fixtures.openTask(issue, IssueTasks.COMPOSE_FORM);
        assertThatThrownBy(() -> issueTasks.completeComposition(fixtures.user("editor"), compose,
                fixtures.composition(issue))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldMessageKeys()).containsEntry("articles", "issue.articles.required"));
        assertThat(fixtures.openTask(issue, IssueTasks.COMPOSE_FORM)).isEqualTo(compose);
    }

    @Test
    void onlyEditorsComposeOnlyReviewersReviewOnlySignatoriesSignOff() {
        BriefingSeries series = fixtures.freshSeries(0);
        Article article = fixtures.accepted("gulou", SampleArticles.all().get(3));
        Issue issue = issues.start(fixtures.user("editor"), series.id());
        String compose = fixtures.openTask(issue, IssueTasks.COMPOSE_FORM);
        for (String other : List.of("reviewer", "signer", "kunshan", "admin")) {
            assertThatThrownBy(() -> issueTasks.include(fixtures.user(other), compose, article.id(), "工作交流"))
                    .as(other).isInstanceOf(TaskNotAvailableException.class);
        }
        assertThatThrownBy(() -> issues.start(fixtures.user("kunshan"), series.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> issues.find(fixtures.user("kunshan"), issue.id()))
                .isInstanceOf(NotFoundException.class);

        Issue ready = fixtures.awaitingSignOff(series, List.of(article));
        String signOff = fixtures.openTask(ready, IssueTasks.SIGN_OFF_FORM);
        for (String other : List.of("editor", "reviewer", "kunshan")) {
            assertThatThrownBy(() -> issueTasks.signOff(fixtures.user(other), signOff, IssueOpinion.Decision.APPROVE,
                    "同意印发")).as(other).isInstanceOf(TaskNotAvailableException.class);
        }
        assertThat(issues.find(fixtures.user("editor"), ready.id()).numbered()).isFalse();
    }

    @Test
    void twentyConcurrentSignOffsOfOneSeriesGetDistinctConsecutiveNumbers() throws Exception {
        BriefingSeries series = fixtures.freshSeries(1003);
        int count = 20;
        List<Issue> ready = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Article article = fixtures.accepted(IssueFixtures.UNITS.get(i % 4), SampleArticles.all().get(i % 4));
            ready.add(fixtures.awaitingSignOff(series, List.of(article)));
        }
        List<String> taskIds = ready.stream().map(i -> fixtures.openTask(i, IssueTasks.SIGN_OFF_FORM)).toList();
        CountDownLatch start = new CountDownLatch(1);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<?>> futures = new ArrayList<>();
        for (String taskId : taskIds) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    issueTasks.signOff(fixtures.user("signer"), taskId, IssueOpinion.Decision.APPROVE, "同意印发");
                } catch (RuntimeException e) {
                    failures.add(e);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(failures).isEmpty();
        List<Issue> signed = ready.stream().map(i -> issues.find(fixtures.user("editor"), i.id())).toList();
        assertThat(signed).allSatisfy(i -> assertThat(i.status()).isEqualTo(IssueStatus.SIGNED_OFF));
        assertThat(signed.stream().map(Issue::numberInYear).sorted().toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, count).boxed().toList());
        assertThat(signed.stream().map(Issue::serialNumber).sorted().toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1004, 1003 + count).boxed().toList());
        assertThat(fixtures.series.find(series.id()).lastSerial()).isEqualTo(1003 + count);
    }
}
