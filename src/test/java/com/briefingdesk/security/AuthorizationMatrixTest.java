package com.briefingdesk.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.Office;
import com.briefingdesk.UiTest;
import com.briefingdesk.approval.ReadingCopies;
import com.briefingdesk.approval.ReadingSubjects;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.circulation.PublicationFixtures;
import com.briefingdesk.commission.Commission;
import com.briefingdesk.commission.CommissionNotice;
import com.briefingdesk.commission.Commissions;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.LoginView;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.issue.CountersignRule;
import com.briefingdesk.issue.FlowFixtures;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueFixtures;
import com.briefingdesk.issue.IssueTasks;
import com.briefingdesk.issue.SeriesSettings;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.layout.AccessDeniedView;
import com.briefingdesk.layout.NotFoundView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Tries every cell of the authorization matrix in docs/SECURITY.md: each door, as each role, with objects of the
 * person's own unit and of another unit, and ids that exist nowhere. A cell passes only when the door opens exactly
 * where the document says ✓ and is refused (as not found, or by the login page) everywhere else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends UiTest {

    static final String PASSWORD = "demo123";
    static final AtomicInteger CELLS = new AtomicInteger();

    /** An object a door's parameter names: its process, its id, its process instance, an image stored with it. */
    record Target(String process, String id, String processInstanceId, long imageId) {

        static Target task(String taskId) {
            return new Target(null, taskId, null, 0);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    PublicationFixtures publication;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ManagementService managementService;
    @Autowired
    FlowFixtures flows;
    @Autowired
    Commissions commissions;
    @Autowired
    ReadingCopies readingCopies;

    IssueFixtures fixtures;
    final AuthorizationMatrix matrix = AuthorizationMatrix.read();
    final Map<String, Target> targets = new HashMap<>();
    final Map<String, WebSession> browsers = new HashMap<>();
    /** The login behind each column of the matrix; null for the anonymous visitor. */
    final List<String> logins = new ArrayList<>();
    byte[] image;

    @BeforeAll
    void buildTheObjects() throws IOException {
        fixtures = publication.issues;
        String leader = "leader" + System.nanoTime();
        fixtures.directory.createUser(leader, "昆山市领导", fixtures.directory.findUnitByCode("kunshan").orElseThrow().id(),
                encoder.encode(PASSWORD), EnumSet.of(Role.UNIT_LEADER));
        logins.addAll(Arrays.asList(null, "kunshan", leader, "kunshan-recv", "editor", "reviewer", "signer", "admin"));
        assertThat(matrix.roles()).hasSize(logins.size());
        image = HostileFiles.png(2, 2);

        List<SampleArticles.Sample> samples = SampleArticles.all();
        Article draftA = draft("kunshan", samples.get(0));
        long imageA = fixtures.articles.attach(user("kunshan"), draftA.id(), "a.png", image).id();
        Article draftB = draft("jurong", samples.get(1));
        Article submittedA = submitted("kunshan", samples.get(0), false);
        Article submittedB = submitted("jurong", samples.get(1), true);
        long imageB = fixtures.articles.attachments(user("jurong"), submittedB.id()).get(0).id();
        targets.put("draft of A", new Target("article", id(draftA), null, imageA));
        targets.put("draft of B", new Target("article", id(draftB), null, 0));
        targets.put("submitted article of A", new Target("article", id(submittedA), submittedA.processInstanceId(), 0));
        targets.put("submitted article of B", new Target("article", id(submittedB), submittedB.processInstanceId(),
                imageB));
        targets.put("no such article", new Target("article", "987654321", null, 0));
        targets.put("triage of A's article", Target.task(taskOf(submittedA.processInstanceId())));
        targets.put("revision of A's article", Target.task(returned("kunshan", samples.get(2))));
        targets.put("revision of B's article", Target.task(returned("jurong", samples.get(3))));
        targets.put("no such task", Target.task("no-such-task"));

        Issue composing = fixtures.issues.start(user("editor2"), fixtures.freshSeries(10).id());
        targets.put("composition", Target.task(fixtures.openTask(composing, IssueTasks.COMPOSE_FORM)));
        Issue proofreading = composed(samples.get(0));
        targets.put("proofreading", Target.task(fixtures.openTask(proofreading, IssueTasks.PROOFREAD_FORM)));
        Issue reviewing = composed(samples.get(1));
        fixtures.issueTasks.proofread(user("editor"), fixtures.openTask(reviewing, IssueTasks.PROOFREAD_FORM), true,
                null);
        targets.put("review", Target.task(fixtures.openTask(reviewing, IssueTasks.REVIEW_FORM)));
        Issue signing = fixtures.awaitingSignOff(fixtures.freshSeries(20),
                List.of(fixtures.accepted("binhai", samples.get(2))));
        targets.put("sign-off", Target.task(fixtures.openTask(signing, IssueTasks.SIGN_OFF_FORM)));
        targets.put("issue being signed off", new Target("issue", id(signing), signing.processInstanceId(), 0));

        Issue toA = publication.circulatingWithOneArticle("kunshan", 0);
        targets.put("issue circulated to A", new Target("issue", id(toA), toA.processInstanceId(), 0));
        targets.put("receipt of A", Target.task(receiptTask(toA, "kunshan")));
        targets.put("receipt of B", Target.task(receiptTask(toA, "jurong")));
        Issue toB = publication.signedOff(seriesCirculatingToJurongOnly(),
                List.of(fixtures.accepted("jurong", samples.get(1))));
        managementService.executeJob(publication.renderJob(toB).getId()); // as the job executor would

        targets.put("issue circulated to B only", new Target("issue", id(toB), toB.processInstanceId(), 0));

        Article awaitingLeaderA = awaitingLeader("kunshan", samples.get(2));
        targets.put("article awaiting A's leader", new Target("article", id(awaitingLeaderA),
                awaitingLeaderA.processInstanceId(), 0));
        targets.put("unit approval of A's article", Target.task(taskOf(awaitingLeaderA.processInstanceId())));
        targets.put("unit approval of B's article",
                Target.task(taskOf(awaitingLeader("jurong", samples.get(3)).processInstanceId())));

        AppUser otherReviewer = flows.newReviewer();
        Issue countersigned = flows.inReview(CountersignRule.ALL, List.of(user("reviewer"), otherReviewer));
        targets.put("countersign of the reviewer", Target.task(flows.countersignTask(countersigned, user("reviewer"))));
        targets.put("countersign of another reviewer", Target.task(flows.countersignTask(countersigned,
                otherReviewer)));

        Commission toAandB = commission("昆山、句容约稿", "kunshan", "jurong");
        targets.put("commission to A and B", new Target("commission", String.valueOf(toAandB.id()), null, 0));
        targets.put("answer of A", Target.task(answerTask(toAandB, "kunshan")));
        targets.put("answer of B", Target.task(answerTask(toAandB, "jurong")));
        Commission toBOnly = commission("句容约稿", "jurong");
        targets.put("commission to B only", new Target("commission", String.valueOf(toBOnly.id()), null, 0));

        targets.put("copy sent to the submitter of A", readingCopy("editor", submittedA, "kunshan"));
        targets.put("copy sent to B's submitter only", readingCopy("reviewer", submittedB, "jurong"));
    }

    @AfterAll
    void countTheCells() {
        System.out.println("Authorization matrix: " + CELLS.get() + " cells tried (" + matrix.rows().size()
                + " doors x " + matrix.roles().size() + " roles)");
    }

    @TestFactory
    Stream<DynamicTest> everyCellOfTheMatrix() {
        List<DynamicTest> cells = new ArrayList<>();
        for (AuthorizationMatrix.Row row : matrix.rows()) {
            for (int role = 0; role < logins.size(); role++) {
                int column = role;
                boolean expected = row.opensFor(column);
                String name = row.door() + (row.object().isEmpty() ? "" : " [" + row.object() + "]") + " as "
                        + matrix.roles().get(column) + (expected ? " opens" : " is refused");
                cells.add(DynamicTest.dynamicTest(name, () -> {
                    CELLS.incrementAndGet();
                    assertThat(opens(row, logins.get(column))).as(name).isEqualTo(expected);
                }));
            }
        }
        return cells.stream();
    }

    @Test
    void everyRouteOfTheCodeHasARow() {
        Set<String> doors = new TreeSet<>();
        matrix.rows().forEach(row -> doors.add(row.door()));
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("com.briefingdesk")) {
            Class<?> view = load(candidate.getBeanClassName());
            routes.add(template(view.getAnnotation(Route.class).value()));
            for (RouteAlias alias : view.getAnnotationsByType(RouteAlias.class)) {
                routes.add(template(alias.value()));
            }
        }
        assertThat(routes).hasSizeGreaterThan(20);
        assertThat(doors).containsAll(routes);
    }

    /** `articles/:articleId([0-9]+)/edit` is the door `articles/:articleId/edit`. */
    static String template(String route) {
        return route.replaceAll("\\([^/]*\\)", "");
    }

    // --- trying one cell ---

    boolean opens(AuthorizationMatrix.Row row, String login) {
        Target target = targets.get(row.object());
        if (!row.object().isEmpty() && target == null) {
            throw new IllegalStateException("the test builds no object named " + row.object());
        }
        String door = row.door();
        if (door.startsWith("/engine-rest/")) {
            return restOpens(path(door, target), login);
        }
        if (door.startsWith("/camunda/")) {
            return webappOpens(door, login);
        }
        boolean image = door.startsWith("image ");
        boolean download = door.endsWith(" of an issue");
        String view = image ? "articles/" + target.id() : download ? "published/" + target.id() : path(door, target);
        if (login == null) {
            return anonymousOpens(view);
        }
        if (image) {
            return imageOpens(target, user(login));
        }
        openAs(login);
        boolean opened = viewOpens(view);
        if (!download || !opened) {
            return opened;
        }
        return downloadOpens(door.startsWith("PDF") ? "pdf" : "docx");
    }

    static String path(String door, Target target) {
        if (target == null) {
            return door;
        }
        String id = door.startsWith("/engine-rest/") ? target.processInstanceId() : target.id();
        return door.replace(":process", String.valueOf(target.process())).replaceAll(":[A-Za-z]+", id);
    }

    boolean restOpens(String path, String login) {
        WebSession browser = new WebSession(port);
        HttpResponse<String> response = login == null ? browser.get(path)
                : browser.get(path, "Authorization", WebSession.basic(login, PASSWORD));
        assertThat(response.statusCode()).as(path).isIn(200, login == null ? 401 : 403);
        return response.statusCode() == 200;
    }

    boolean webappOpens(String path, String login) {
        WebSession browser = login == null ? new WebSession(port)
                : browsers.computeIfAbsent(login, name -> new WebSession(port).loggedIn(name, PASSWORD));
        HttpResponse<String> response = browser.get(path);
        if (login == null) {
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            return false;
        }
        assertThat(response.statusCode()).as(path).isIn(200, 403);
        return response.statusCode() == 200;
    }

    boolean anonymousOpens(String view) {
        HttpResponse<String> response = new WebSession(port).get("/" + view);
        if (response.statusCode() == 200) {
            return true;
        }
        assertThat(response.statusCode()).as(view).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).as(view).endsWith("/login");
        return false;
    }

    boolean imageOpens(Target article, AppUser user) {
        try {
            byte[] content = fixtures.articles.attachmentContent(user, Long.parseLong(article.id()), article.imageId());
            assertThat(content).isEqualTo(image);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Navigates as the browser would; true when the route's own view shows, not a refusal in its place. */
    static boolean viewOpens(String location) {
        UI.getCurrent().navigate(location);
        Component shown = (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        boolean refused = shown instanceof NotFoundView || shown instanceof AccessDeniedView
                || (shown instanceof LoginView && !location.equals("login"))
                || !_find(Component.class, spec -> spec.withId("task-gone")).isEmpty()
                || !_find(Component.class, spec -> spec.withId("not-found")).isEmpty();
        if (!refused) {
            assertThat(shown.getClass()).as(location)
                    .isEqualTo(RouteConfiguration.forApplicationScope().getRoute(location).orElseThrow());
        }
        return !refused;
    }

    /** Follows the download link of the open view within the person's own session and checks the file. */
    static boolean downloadOpens(String extension) {
        List<Anchor> links = _find(Anchor.class, spec -> spec.withId("download-" + extension));
        if (links.isEmpty()) {
            return false;
        }
        VaadinSession session = VaadinSession.getCurrent();
        var resource = session.getResourceRegistry().getResource(URI.create(links.get(0).getHref()));
        if (resource.isEmpty()) {
            return false;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ((StreamResource) resource.get()).getWriter().accept(out, session);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(new String(out.toByteArray(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo(extension.equals("pdf") ? "%PDF" : "PK\u0003\u0004");
        return true;
    }

    // --- the objects ---

    AppUser user(String username) {
        return fixtures.user(username);
    }

    static String id(Article article) {
        return String.valueOf(article.id());
    }

    static String id(Issue issue) {
        return String.valueOf(issue.id());
    }

    Article draft(String unit, SampleArticles.Sample sample) {
        return fixtures.articles.createDraft(user(unit), SampleArticles.content(sample));
    }

    Article submitted(String unit, SampleArticles.Sample sample, boolean withImage) {
        Article draft = draft(unit, sample);
        if (withImage) {
            fixtures.articles.attach(user(unit), draft.id(), "b.png", image);
        }
        return fixtures.articles.submit(user(unit), draft.id());
    }

    String taskOf(String processInstanceId) {
        return fixtures.taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    /** Submitted and returned by an editor: its revision task waits for the unit's submitter. */
    String returned(String unit, SampleArticles.Sample sample) {
        Article article = submitted(unit, sample, false);
        fixtures.articleTasks.triage(user("editor"), taskOf(article.processInstanceId()), TriageDecision.RETURN,
                "请补充数据", null, article.version());
        return taskOf(article.processInstanceId());
    }

    /** Composed by editor2, so that the other editor may proofread. */
    Issue composed(SampleArticles.Sample sample) {
        BriefingSeries series = fixtures.freshSeries(30);
        Issue issue = fixtures.issues.start(user("editor2"), series.id());
        String compose = fixtures.openTask(issue, IssueTasks.COMPOSE_FORM);
        issue = fixtures.issueTasks.include(user("editor2"), compose, fixtures.accepted("gulou", sample).id(),
                "工作交流");
        fixtures.issueTasks.completeComposition(user("editor2"), compose, fixtures.composition(issue));
        return fixtures.issues.load(issue.id());
    }

    /** Submitted while the unit asks its leader's approval first: it waits for the leaders of its unit. */
    Article awaitingLeader(String unit, SampleArticles.Sample sample) {
        long unitId = fixtures.directory.findUnitByCode(unit).orElseThrow().id();
        fixtures.directory.setRequiresLeaderApproval(unitId, true);
        try {
            return submitted(unit, sample, false);
        } finally { // the demo units send straight to the editors in every other test
            fixtures.directory.setRequiresLeaderApproval(unitId, false);
        }
    }

    Commission commission(String topic, String... units) {
        CommissionNotice notice = new CommissionNotice();
        notice.setTopic(topic + System.nanoTime());
        notice.setRequirements("围绕主题报送典型做法。");
        notice.setDeadline(LocalDateTime.now(Office.ZONE).plusDays(3).withNano(0));
        notice.setUnitIds(Stream.of(units).map(code -> fixtures.directory.findUnitByCode(code).orElseThrow().id())
                .collect(Collectors.toSet()));
        return commissions.issue(user("editor"), notice);
    }

    String answerTask(Commission commission, String unit) {
        return fixtures.taskService.createTaskQuery().processInstanceId(commission.processInstanceId())
                .taskCandidateGroup(Unit.submitterGroup(unit)).singleResult().getId();
    }

    Target readingCopy(String sender, Article article, String recipient) {
        var subject = new ReadingCopies.Subject(ReadingSubjects.ARTICLE, article.id());
        long copy = readingCopies.send(user(sender), subject, List.of(recipient), "请阅");
        return new Target("reading copy", String.valueOf(copy), null, 0);
    }

    String receiptTask(Issue issue, String unit) {
        return fixtures.taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskCandidateGroup(Unit.recipientGroup(unit)).singleResult().getId();
    }

    BriefingSeries seriesCirculatingToJurongOnly() {
        SeriesSettings settings = new SeriesSettings();
        settings.setCode("b" + System.nanoTime());
        settings.setTitle("句容专报");
        settings.setIssuingOffice("江苏省文明办");
        settings.setMarking("工作资料 注意保存");
        settings.setSerialPrefix("苏简字");
        settings.setColumnsText("工作交流");
        settings.setDefaultPrintCount(10);
        settings.setLastSerial(0);
        settings.setReportTo("中央文明办");
        settings.setDistributeTo("句容市");
        return fixtures.series.create(user("admin"), settings);
    }

    static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
