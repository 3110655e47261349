package com.briefingdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.task.TaskInbox;
import com.briefingdesk.task.TaskNotAvailableException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The article's life through our services, as submitters and editors drive it, on PostgreSQL. */
@BriefingDeskTest
class ArticleWorkflowTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ArticleTasks articleTasks;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService taskService;
    @Autowired
    UserDirectory directory;

    AppUser user(String username) {
        return directory.findByUsername(username).orElseThrow();
    }

    Article submitted(String username, SampleArticles.Sample sample) {
        Article draft = articles.createDraft(user(username), SampleArticles.content(sample));
        return articles.submit(user(username), draft.id());
    }

    Task triageTaskOf(Article article) {
        return taskService.createTaskQuery().processInstanceId(article.processInstanceId())
                .taskDefinitionKey("Task_Triage").singleResult();
    }

    Task reviseTaskOf(Article article) {
        return taskService.createTaskQuery().processInstanceId(article.processInstanceId())
                .taskDefinitionKey("Task_Revise").singleResult();
    }

    @Test
    void submittedArticleWaitsForTheEditorsAndIsAcceptedIntoThePool() {
        Article article = submitted("kunshan", SampleArticles.kunshan());

        assertThat(article.status()).isEqualTo(ArticleStatus.SUBMITTED);
        assertThat(inbox.offeredTo(user("editor"))).anySatisfy(t -> {
            assertThat(t.subject().title()).isEqualTo(SampleArticles.kunshan().title());
            assertThat(t.subject().unitName()).isEqualTo("昆山市");
            assertThat(t.formKey()).isEqualTo(ArticleTasks.TRIAGE_FORM);
        });
        assertThat(inbox.offeredTo(user("kunshan"))).isEmpty();

        articleTasks.triage(user("editor"), triageTaskOf(article).getId(), TriageDecision.ACCEPT, "",
                null, article.version());

        Article accepted = articles.find(user("kunshan"), article.id());
        assertThat(accepted.status()).isEqualTo(ArticleStatus.ACCEPTED);
        assertThat(accepted.acceptedAt()).isNotNull();
        assertThat(articles.timeline(user("kunshan"), article.id())).extracting(ArticleEvent::kind)
                .containsExactly(ArticleEvent.Kind.CREATED, ArticleEvent.Kind.SUBMITTED, ArticleEvent.Kind.ACCEPTED);
    }

    @Test
    void returnedArticleComesBackToItsSubmitterWithTheCommentAndTheEditorsChanges() {
        Article article = submitted("jurong", SampleArticles.jurong());
        ArticleContent edited = article.content();
        edited.setTitle("句容市：以新时代文明实践助力疫情防控");

        articleTasks.triage(user("editor"), triageTaskOf(article).getId(), TriageDecision.RETURN,
                "请补充具体数据", edited, article.version());

        Article returned = articles.find(user("jurong"), article.id());
        assertThat(returned.status()).isEqualTo(ArticleStatus.RETURNED);
        assertThat(returned.title()).isEqualTo("句容市：以新时代文明实践助力疫情防控");
        Task revise = reviseTaskOf(returned);
        assertThat(revise.getAssignee()).isEqualTo("jurong");
        assertThat(inbox.assignedTo(user("jurong"))).extracting(t -> t.id()).contains(revise.getId());
        assertThat(articles.timeline(user("jurong"), article.id()))
                .filteredOn(e -> e.kind() == ArticleEvent.Kind.RETURNED)
                .singleElement().satisfies(e -> {
                    assertThat(e.comment()).isEqualTo("请补充具体数据");
                    assertThat(e.actorName()).isEqualTo("王敏（编辑）");
                });

        ArticleContent revised = returned.content();
        revised.setBody(revised.getBody() + "\n截至 4 月上旬，全市累计帮办解决问题 3800 余件。");
        articleTasks.resubmit(user("jurong"), revise.getId(), revised, returned.version(), "已补充数据");

        Article resubmitted = articles.find(user("jurong"), article.id());
        assertThat(resubmitted.status()).isEqualTo(ArticleStatus.SUBMITTED);
        assertThat(articles.versions(user("jurong"), article.id())).extracting(ArticleVersion::reason)
                .containsExactly(ArticleVersion.Reason.DRAFT, ArticleVersion.Reason.SUBMISSION,
                        ArticleVersion.Reason.EDITOR_EDIT, ArticleVersion.Reason.REVISION);

        articleTasks.triage(user("editor2"), triageTaskOf(resubmitted).getId(), TriageDecision.ACCEPT, null, null,
                resubmitted.version());
        assertThat(articles.find(user("jurong"), article.id()).status()).isEqualTo(ArticleStatus.ACCEPTED);
    }

    @Test
    void returnAndRejectNeedAComment() {
        Article article = submitted("binhai", SampleArticles.all().get(2));
        String taskId = triageTaskOf(article).getId();

        for (TriageDecision decision : List.of(TriageDecision.RETURN, TriageDecision.REJECT)) {
            assertThatThrownBy(() -> articleTasks.triage(user("editor"), taskId, decision, "  ", null,
                    article.version()))
                    .isInstanceOfSatisfying(ValidationException.class, e ->
                            assertThat(e.fieldMessageKeys()).containsKey("comment"));
        }
        assertThat(triageTaskOf(article)).isNotNull();

        articleTasks.triage(user("editor"), taskId, TriageDecision.REJECT, "与本期主题不符", null, article.version());
        assertThat(articles.find(user("binhai"), article.id()).status()).isEqualTo(ArticleStatus.REJECTED);
    }

    @Test
    void aSubmitterWithdrawsBeforeAcceptanceButNotAfter() {
        Article first = submitted("gulou", SampleArticles.all().get(3));
        Article withdrawn = articles.withdraw(user("gulou"), first.id(), "数据需要核实");
        assertThat(withdrawn.status()).isEqualTo(ArticleStatus.WITHDRAWN);
        assertThat(triageTaskOf(first)).isNull();

        Article second = submitted("gulou", SampleArticles.all().get(3));
        articleTasks.triage(user("editor"), triageTaskOf(second).getId(), TriageDecision.ACCEPT, null, null,
                second.version());
        assertThatThrownBy(() -> articles.withdraw(user("gulou"), second.id(), null))
                .isInstanceOf(ValidationException.class);
        assertThat(articles.find(user("gulou"), second.id()).status()).isEqualTo(ArticleStatus.ACCEPTED);
    }

    @Test
    void anotherUnitsArticleIsNotFoundWhateverIdIsTried() {
        Article article = submitted("kunshan", SampleArticles.kunshan());

        assertThatThrownBy(() -> articles.find(user("jurong"), article.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> articles.timeline(user("jurong"), article.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> articles.withdraw(user("jurong"), article.id(), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> articles.find(user("jurong"), Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThat(articles.ofMyUnit(user("jurong"))).extracting(Article::id).doesNotContain(article.id());
        assertThat(articles.ofMyUnit(user("kunshan"))).extracting(Article::id).contains(article.id());
    }

    @Test
    void editorsDoNotSeeUnitsUnsentDrafts() {
        Article draft = articles.createDraft(user("kunshan"), SampleArticles.content(SampleArticles.kunshan()));
        assertThatThrownBy(() -> articles.find(user("editor"), draft.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void nobodyCompletesATaskThatIsNotTheirs() {
        Article article = submitted("kunshan", SampleArticles.kunshan());
        String triage = triageTaskOf(article).getId();

        assertThatThrownBy(() -> articleTasks.triage(user("kunshan"), triage, TriageDecision.ACCEPT, null, null,
                article.version())).isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> articleTasks.triage(user("reviewer"), triage, TriageDecision.ACCEPT, null, null,
                article.version())).isInstanceOf(TaskNotAvailableException.class);

        inbox.claim(triage, user("editor"));
        assertThatThrownBy(() -> articleTasks.triage(user("editor2"), triage, TriageDecision.ACCEPT, null, null,
                article.version())).isInstanceOf(TaskNotAvailableException.class);
        articleTasks.triage(user("editor"), triage, TriageDecision.RETURN, "请压缩篇幅", null, article.version());

        String revise = reviseTaskOf(article).getId();
        assertThatThrownBy(() -> articleTasks.resubmit(user("jurong"), revise, article.content(),
                article.version(), null)).isInstanceOf(TaskNotAvailableException.class);
        assertThat(articles.find(user("kunshan"), article.id()).status()).isEqualTo(ArticleStatus.RETURNED);
    }

    @Test
    void twoEditorsDecidingTheSameTriageAtOnceOneWinsTheOtherIsTold() throws Exception {
        for (int round = 0; round < 5; round++) {
            Article article = submitted("kunshan", SampleArticles.kunshan());
            String taskId = triageTaskOf(article).getId();
            CountDownLatch start = new CountDownLatch(1);
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> futures = new ArrayList<>();
            for (String editor : List.of("editor", "editor2")) {
                TriageDecision decision = editor.equals("editor") ? TriageDecision.ACCEPT : TriageDecision.REJECT;
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        articleTasks.triage(user(editor), taskId, decision, "意见", null, article.version());
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(failures).singleElement().isInstanceOf(TaskNotAvailableException.class);
            ArticleStatus status = articles.find(user("kunshan"), article.id()).status();
            assertThat(status).isIn(ArticleStatus.ACCEPTED, ArticleStatus.REJECTED);
            assertThat(articles.timeline(user("kunshan"), article.id()))
                    .filteredOn(e -> e.kind() == ArticleEvent.Kind.ACCEPTED || e.kind() == ArticleEvent.Kind.REJECTED)
                    .singleElement()
                    .satisfies(e -> assertThat(e.kind().name()).isEqualTo(status == ArticleStatus.ACCEPTED
                            ? "ACCEPTED" : "REJECTED"));
        }
    }

    @Test
    void imagesMustBePngOrJpegByContent() throws Exception {
        Article draft = articles.createDraft(user("kunshan"), SampleArticles.content(SampleArticles.kunshan()));
        Attachment png = articles.attach(user("kunshan"), draft.id(), "photo.png", AttachmentPolicyTest.image("png"));
        assertThat(png.mediaType()).isEqualTo("image/png");

        assertThatThrownBy(() -> articles.attach(user("kunshan"), draft.id(), "fake.png", "GIF89a".getBytes()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> articles.attach(user("jurong"), draft.id(), "x.png",
                AttachmentPolicyTest.image("png"))).isInstanceOf(NotFoundException.class);
        assertThat(articles.attachments(user("kunshan"), draft.id())).extracting(Attachment::fileName)
                .containsExactly("photo.png");
    }
}
