package com.briefingdesk.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.UiTest;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleBody;
import com.briefingdesk.article.ArticleContent;
import com.briefingdesk.article.ArticleEvent;
import com.briefingdesk.article.ArticleStatus;
import com.briefingdesk.article.Attachment;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.article.TriageDecision;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.issue.Composition;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueArticle;
import com.briefingdesk.issue.IssueFixtures;
import com.briefingdesk.issue.IssueStatus;
import com.briefingdesk.issue.IssueTasks;
import com.briefingdesk.issue.SeriesSettings;
import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.monitoring.DirectoryAdminView;
import com.briefingdesk.publication.DocxIssueRenderer;
import com.briefingdesk.publication.PdfIssueRenderer;
import com.briefingdesk.publication.RenderingFailedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile and odd input through every form and the image upload: each is stored exactly and shown as text (views,
 * PDF, .docx), or refused with a message next to its field, and nothing else changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest extends UiTest {

    static final AtomicInteger TRIED = new AtomicInteger();
    static final String PHONE = "0512-57512345";

    @Autowired
    IssueFixtures fixtures;
    @Autowired
    PdfIssueRenderer pdfRenderer;
    @Autowired
    DocxIssueRenderer docxRenderer;

    final List<HostileText> corpus = HostileText.corpus();

    @BeforeAll
    void corpusIsThere() {
        assertThat(corpus).hasSizeGreaterThan(15);
    }

    @AfterAll
    void countTheInputs() {
        System.out.println("Hostile input: " + TRIED.get() + " inputs tried (" + corpus.size()
                + " texts of the corpus, over-long texts per field, " + files().size() + " files)");
    }

    AppUser user(String username) {
        return fixtures.user(username);
    }

    /** A text that just fits a field of the given length, and one a character too long. */
    static List<HostileText> lengths(int max) {
        return List.of(new HostileText(HostileText.Expect.STORED, true, "exactly " + max, "简".repeat(max)),
                new HostileText(HostileText.Expect.REFUSED, false, "over " + max, "长".repeat(max + 1)));
    }

    // --- the article editor, its views, the PDF and the .docx ---

    @Test
    void theArticleEditorStoresOrRefusesEveryTextAndTheViewsShowItAsText() {
        for (HostileText input : Stream.concat(corpus.stream(), lengths(ArticleContent.TITLE_MAX).stream()).toList()) {
            TRIED.incrementAndGet();
            openAs("kunshan");
            UI.getCurrent().navigate("articles/new");
            int before = fixtures.articles.ofMyUnit(user("kunshan")).size();
            _setValue(_get(TextField.class, spec -> spec.withId("title")), input.text());
            _setValue(_get(TextField.class, spec -> spec.withId("authors")), input.text());
            _setValue(_get(TextField.class, spec -> spec.withId("phone")), PHONE);
            _setValue(_get(TextArea.class, spec -> spec.withId("body")), input.text());
            _click(_get(Button.class, spec -> spec.withId("save-draft")));
            List<Article> after = fixtures.articles.ofMyUnit(user("kunshan"));
            if (!input.storedWherePrinted()) {
                assertThat(after).as(input.name()).hasSize(before);
                TextField title = _get(TextField.class, spec -> spec.withId("title"));
                assertThat(title.isInvalid()).as(input.name()).isTrue();
                assertThat(title.getErrorMessage()).as(input.name()).isNotBlank();
                assertThat(title.getValue()).as("what was typed is kept").isEqualTo(input.text());
                continue;
            }
            assertThat(after).as(input.name()).hasSize(before + 1);
            Article stored = after.get(0);
            assertThat(stored.title()).as(input.name()).isEqualTo(input.stored());
            assertThat(stored.content().getAuthors()).as(input.name()).isEqualTo(input.stored());
            assertThat(stored.body()).isEqualTo(ArticleBody.parse(input.text()));
            UI.getCurrent().navigate("articles/" + stored.id());
            assertThat(_get(H2.class, spec -> spec.withId("article-title")).getText()).isEqualTo(input.stored());
            assertShownAsTextOnly(input.stored());
        }
    }

    @Test
    void thePdfAndTheDocxCarryEveryStoredTextAsText() throws IOException {
        for (HostileText input : corpus) {
            if (!input.storedWhereNotPrinted()) {
                continue;
            }
            TRIED.incrementAndGet();
            Issue issue = issueWith(input.stored(), input.text());
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(docxRenderer.render(issue)))) {
                List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
                assertThat(paragraphs).as(input.name()).anyMatch(p -> p.contains(input.stored()));
                for (ArticleBody.Paragraph paragraph : ArticleBody.parse(input.text()).paragraphs()) {
                    assertThat(paragraphs).as(input.name()).anyMatch(p -> p.contains(paragraph.plainText()));
                }
            }
            if (!input.printable()) {
                assertThatThrownBy(() -> pdfRenderer.render(issue)).as(input.name())
                        .isInstanceOf(RenderingFailedException.class).hasMessageContaining("has a glyph for");
                continue;
            }
            try (PDDocument pdf = Loader.loadPDF(pdfRenderer.render(issue))) {
                String text = compact(new PDFTextStripper().getText(pdf));
                assertThat(text).as(input.name()).contains(compact(input.stored()));
            }
        }
    }

    /** An issue in memory whose article has the text as its title and body, and the editor's note too. */
    Issue issueWith(String title, String body) {
        BriefingSeries series = new BriefingSeries(1, "hostile", "江苏精神文明建设简报", "江苏省文明办", "工作资料 注意保存",
                "苏简字", List.of("工作交流"), 400, 1004, true, List.of());
        IssueArticle article = new IssueArticle(1, 0, "工作交流", title, "昆山市", ArticleBody.parse(body),
                ArticleStatus.SCHEDULED, 1);
        return new Issue(1, series, IssueStatus.SIGNED_OFF, false, null, null, null, 400, 2022, 13, 1004, Instant.now(),
                "张伟", null, null, Instant.now(), 1, List.of(article), List.of());
    }

    static String compact(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    /** Some element shows the text as its text, and no element of the page takes HTML. */
    static void assertShownAsTextOnly(String text) {
        List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        List<Element> elements = descendants(chain.get(chain.size() - 1).getElement()).toList();
        assertThat(elements).hasSizeGreaterThan(10);
        assertThat(elements).noneMatch(e -> e.hasProperty("innerHTML"));
        assertThat(elements).anyMatch(e -> text.equals(e.getText()));
    }

    static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(HostileInputTest::descendants));
    }

    // --- revision and triage comments, issue composition, series, directory ---

    @Test
    void triageCommentsAndRevisionNotesAreStoredExactlyOrRefused() {
        Article article = fixtures.articles.submit(user("kunshan"), fixtures.articles.createDraft(user("kunshan"),
                SampleArticles.content(SampleArticles.kunshan())).id());
        for (HostileText input : Stream.concat(corpus.stream(), lengths(2000).stream()).toList()) {
            TRIED.incrementAndGet();
            String triage = taskOf(article);
            int events = fixtures.articles.timeline(user("kunshan"), article.id()).size();
            Article current = fixtures.articles.find(user("kunshan"), article.id());
            if (!input.storedWhereNotPrinted()) {
                assertThatThrownBy(() -> fixtures.articleTasks.triage(user("editor"), triage, TriageDecision.RETURN,
                        input.text(), null, current.version())).as(input.name())
                        .isInstanceOfSatisfying(ValidationException.class,
                                e -> assertThat(e.fieldMessageKeys()).containsKey("comment"));
                assertThat(fixtures.articles.timeline(user("kunshan"), article.id())).hasSize(events);
                assertThat(taskOf(article)).isEqualTo(triage);
                continue;
            }
            fixtures.articleTasks.triage(user("editor"), triage, TriageDecision.RETURN, input.text(), null,
                    current.version());
            assertThat(lastComment(article)).as(input.name()).isEqualTo(input.stored());
            Article returned = fixtures.articles.find(user("kunshan"), article.id());
            fixtures.articleTasks.resubmit(user("kunshan"), taskOf(article), returned.content(), returned.version(),
                    input.text());
            assertThat(lastComment(article)).as(input.name()).isEqualTo(input.stored());
        }
    }

    String taskOf(Article article) {
        String process = fixtures.articles.find(user("kunshan"), article.id()).processInstanceId();
        return fixtures.taskService.createTaskQuery().processInstanceId(process).singleResult().getId();
    }

    String lastComment(Article article) {
        List<ArticleEvent> timeline = fixtures.articles.timeline(user("kunshan"), article.id());
        return timeline.get(timeline.size() - 1).comment();
    }

    @Test
    void theEditorsNoteOfAnIssueIsStoredExactlyOrRefused() {
        Issue issue = fixtures.issues.start(user("editor"), fixtures.freshSeries(0).id());
        String compose = fixtures.openTask(issue, IssueTasks.COMPOSE_FORM);
        for (HostileText input : Stream.concat(corpus.stream(), lengths(Composition.NOTE_MAX).stream()).toList()) {
            TRIED.incrementAndGet();
            Composition composition = new Composition("", input.text(), 400, issue.recipients());
            String before = fixtures.issues.load(issue.id()).editorNote();
            if (input.expect() == HostileText.Expect.REFUSED || input.expect() == HostileText.Expect.UNPRINTABLE) {
                assertThatThrownBy(() -> fixtures.issueTasks.saveSettings(user("editor"), compose, composition))
                        .as(input.name()).isInstanceOfSatisfying(ValidationException.class,
                                e -> assertThat(e.fieldMessageKeys()).containsKey("editorNote"));
                assertThat(fixtures.issues.load(issue.id()).editorNote()).isEqualTo(before);
                continue;
            }
            fixtures.issueTasks.saveSettings(user("editor"), compose, composition);
            String stored = fixtures.issues.load(issue.id()).editorNote();
            assertThat(stored == null ? "" : stored).as(input.name()).isEqualTo(input.stored());
        }
    }

    @Test
    void seriesTitlesAreStoredExactlyOrRefused() {
        for (HostileText input : Stream.concat(corpus.stream(), lengths(100).stream()).toList()) {
            TRIED.incrementAndGet();
            SeriesSettings settings = SeriesSettings.of(fixtures.freshSeries(0));
            settings.setCode("h" + System.nanoTime());
            settings.setTitle(input.text());
            int before = fixtures.series.all().size();
            if (!input.storedWherePrinted()) {
                assertThatThrownBy(() -> fixtures.series.create(user("admin"), settings)).as(input.name())
                        .isInstanceOfSatisfying(ValidationException.class,
                                e -> assertThat(e.fieldMessageKeys()).containsKey("title"));
                assertThat(fixtures.series.all()).hasSize(before);
                continue;
            }
            assertThat(fixtures.series.create(user("admin"), settings).title()).as(input.name())
                    .isEqualTo(input.stored());
        }
    }

    @Test
    void unitNamesInTheDirectoryAreStoredExactlyOrRefusedNextToTheField() {
        openAs("admin");
        for (HostileText input : Stream.concat(corpus.stream(), lengths(100).stream()).toList()) {
            TRIED.incrementAndGet();
            UI.getCurrent().navigate(DirectoryAdminView.class);
            String code = "h" + System.nanoTime();
            int before = fixtures.directory.findUnits().size();
            _setValue(_get(TextField.class, spec -> spec.withId("unit-code")), code);
            TextField name = _get(TextField.class, spec -> spec.withId("unit-name"));
            _setValue(name, input.text());
            _click(_get(Button.class, spec -> spec.withId("create-unit")));
            if (!input.storedWherePrinted()) {
                assertThat(name.isInvalid()).as(input.name()).isTrue();
                assertThat(name.getErrorMessage()).as(input.name()).isNotBlank();
                assertThat(name.getValue()).isEqualTo(input.text());
                assertThat(fixtures.directory.findUnits()).hasSize(before);
                continue;
            }
            Unit stored = fixtures.directory.findUnitByCode(code).orElseThrow();
            assertThat(stored.name()).as(input.name()).isEqualTo(input.stored());
        }
    }

    // --- uploads ---

    record HostileFile(String name, String fileName, byte[] content, String refusal) { }

    static List<HostileFile> files() {
        return List.of(
                new HostileFile("a real PNG", "photo.png", HostileFiles.png(40, 30), null),
                new HostileFile("a real JPEG", "photo.jpg", HostileFiles.jpeg(40, 30), null),
                new HostileFile("a name with NUL, markup and 300 characters outside the BMP",
                        "<img src=x onerror=alert(1)>\u0000" + "𠮷".repeat(300) + ".png", HostileFiles.png(2, 2), null),
                new HostileFile("text named .png", "evil.png", HostileFiles.text("<script>alert(1)</script>"),
                        "article.image.notImage"),
                new HostileFile("an empty file", "empty.png", new byte[0], "article.image.notImage"),
                new HostileFile("a PNG decompression bomb", "bomb.png", HostileFiles.pngBomb(),
                        "security.image.tooManyPixels"),
                new HostileFile("a JPEG decompression bomb", "bomb.jpg", HostileFiles.jpegBomb(),
                        "security.image.tooManyPixels"),
                new HostileFile("a zip bomb named .png", "bomb.png", HostileFiles.zipBomb(), "article.image.notImage"),
                new HostileFile("a zip bomb named .docx", "bomb.docx", HostileFiles.zipBomb(),
                        "article.image.notImage"),
                new HostileFile("50 MB", "huge.png", HostileFiles.fiftyMegabytes(), "article.image.tooLarge"));
    }

    @Test
    void uploadsAreStoredOrRefusedWithAReasonBeforeAnythingDecodesThem() {
        Article draft = fixtures.articles.createDraft(user("kunshan"), SampleArticles.content(SampleArticles.jurong()));
        for (HostileFile file : files()) {
            TRIED.incrementAndGet();
            List<Attachment> before = fixtures.articles.attachments(user("kunshan"), draft.id());
            if (file.refusal() != null) {
                assertThatThrownBy(() -> fixtures.articles.attach(user("kunshan"), draft.id(), file.fileName(),
                        file.content())).as(file.name()).isInstanceOfSatisfying(ValidationException.class,
                                e -> assertThat(e.fieldMessageKeys()).containsEntry("images", file.refusal()));
                assertThat(fixtures.articles.attachments(user("kunshan"), draft.id())).isEqualTo(before);
                continue;
            }
            Attachment stored = fixtures.articles.attach(user("kunshan"), draft.id(), file.fileName(), file.content());
            assertThat(fixtures.articles.attachmentContent(user("kunshan"), draft.id(), stored.id()))
                    .isEqualTo(file.content());
            String expectedName = file.fileName().replace("\u0000", "");
            assertThat(expectedName).startsWith(stored.fileName());
            assertThat(stored.fileName().codePointCount(0, stored.fileName().length())).isLessThanOrEqualTo(200);
            assertThat(TypedText.storable(stored.fileName())).isTrue();
        }
    }

    @Test
    void everyRefusalHasWordsInBothLanguages() {
        for (String key : List.of(TypedText.UNSTORABLE, TypedText.TOO_LONG, "security.image.tooManyPixels")) {
            openAs("kunshan");
            assertThat(UI.getCurrent().getTranslation(key)).isNotBlank().isNotEqualTo(key);
        }
    }
}
