package com.briefingdesk.circulation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.briefingdesk.UiTest;
import com.briefingdesk.article.ArticleDetailView;
import com.briefingdesk.audit.AuditAction;
import com.briefingdesk.audit.AuditEvent;
import com.briefingdesk.audit.AuditQuery;
import com.briefingdesk.audit.AuditSearch;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssuePreview;
import com.briefingdesk.issue.IssueSummary;
import com.briefingdesk.issue.IssuesView;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.layout.AccessDeniedView;
import com.briefingdesk.layout.NotFoundView;
import com.briefingdesk.task.InboxView;
import com.briefingdesk.task.OpenTask;
import com.briefingdesk.task.TaskInbox;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The receipt form, the reading view and the circulation view as recipients, submitters and editors use them. */
class CirculationFormsTest extends UiTest {

    @Autowired
    PublicationFixtures fixtures;
    @Autowired
    Receipts receipts;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskInbox inbox;
    @Autowired
    AuditSearch auditSearch;
    @Autowired
    OfficeClock clock;

    String receiptTaskOf(Issue issue, String unit) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey("Task_AcknowledgeReceipt").list();
        return tasks.stream().filter(t -> taskService.getIdentityLinksForTask(t.getId()).stream()
                .anyMatch(l -> ("unit-" + unit + "-recipients").equals(l.getGroupId()))).findFirst().orElseThrow()
                .getId();
    }

    Receipt receiptOf(Issue issue, String recipient) {
        return receipts.receiptOfMyUnit(fixtures.issues.user(recipient), issue.id()).orElseThrow();
    }

    @Test
    void aRecipientFindsTheIssueInTheInboxReadsItAndAcknowledgesReceipt() {
        Issue issue = fixtures.circulatingWithOneArticle("kunshan", 0);
        String task = receiptTaskOf(issue, "kunshan");

        openAs("kunshan-recv");
        UI.getCurrent().navigate(InboxView.class);
        assertThat(inbox.offeredTo(fixtures.issues.user("kunshan-recv"))).extracting(OpenTask::id).contains(task);
        assertThat(inbox.offeredTo(fixtures.issues.user("kunshan-recv"))).filteredOn(t -> t.id().equals(task))
                .extracting(t -> t.subject().title()).containsExactly(issue.series().title() + " "
                        + issue.year() + " 年第 " + issue.numberInYear() + " 期");

        UI.getCurrent().navigate("tasks/issue-receipt/" + task);
        IssueReceiptForm form = _get(IssueReceiptForm.class);
        assertThat(_get(IssuePreview.class).getElement().getTextRecursively())
                .contains(issue.articles().get(0).title(), issue.serialLabel());
        assertThat(_get(Anchor.class, spec -> spec.withId("download-pdf")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("download-docx")).getHref()).isNotBlank();
        assertThat(receiptOf(issue, "kunshan-recv").openedAt()).as("reading counts as opening").isNotNull();
        assertThat(receiptOf(issue, "kunshan-recv").acknowledged()).isFalse();

        _click(form.acknowledge);

        _assertOne(InboxView.class);
        assertThat(inbox.offeredTo(fixtures.issues.user("kunshan-recv"))).extracting(OpenTask::id).doesNotContain(task);
        Receipt receipt = receiptOf(issue, "kunshan-recv");
        assertThat(receipt.acknowledged()).isTrue();
        assertThat(receipt.acknowledgedByName()).isEqualTo("昆山市收文员");
    }

    @Test
    void anotherUnitsRecipientCannotOpenTheReceiptTaskNorTheIssue() {
        Issue issue = fixtures.circulatingWithOneArticle("jurong", 1);
        String kunshanTask = receiptTaskOf(issue, "kunshan");

        openAs("jurong-recv");
        UI.getCurrent().navigate("tasks/issue-receipt/" + kunshanTask);
        _assertOne(Div.class, spec -> spec.withId("task-gone"));
        assertThat(receiptOf(issue, "kunshan-recv").openedAt()).isNull();

        openAs("gulou-recv");
        UI.getCurrent().navigate("published/" + issue.id());
        _assertNone(PublishedIssueView.class);
        _assertOne(NotFoundView.class);

        openAs("editor");
        UI.getCurrent().navigate("tasks/issue-receipt/" + kunshanTask);
        _assertNone(IssueReceiptForm.class);
        _assertOne(AccessDeniedView.class);
    }

    @Test
    void aRecipientAcknowledgesFromTheReadingViewAndASecondTimeChangesNothing() {
        Issue issue = fixtures.circulatingWithOneArticle("binhai", 2);
        openAs("binhai-recv");
        UI.getCurrent().navigate("published/" + issue.id());
        PublishedIssueView view = _get(PublishedIssueView.class);
        assertThat(_get(Span.class, spec -> spec.withId("receipt-state")).getText()).isEqualTo("本单位尚未签收");

        _click(view.acknowledge);

        assertThat(_get(Span.class, spec -> spec.withId("receipt-state")).getText()).startsWith("已签收（滨海县收文员");
        _assertNone(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("acknowledge"));
        Receipt first = receiptOf(issue, "binhai-recv");
        view.acknowledge();
        assertThat(receiptOf(issue, "binhai-recv").acknowledgedAt()).isEqualTo(first.acknowledgedAt());
    }

    @Test
    void anEditorSeesWhoHasReceivedOpenedAndAcknowledgedAndRemindsAUnit() {
        Issue issue = fixtures.circulatingWithOneArticle("gulou", 3);
        receipts.read(fixtures.issues.user("jurong-recv"), issue.id());
        receipts.acknowledge(fixtures.issues.user("kunshan-recv"), issue.id());

        openAs("editor");
        UI.getCurrent().navigate("issues/" + issue.id());
        Anchor toCirculation = _get(Anchor.class, spec -> spec.withId("open-circulation"));
        assertThat(toCirculation.getHref()).isEqualTo("issues/" + issue.id() + "/circulation");
        assertThat(toCirculation.getText()).isEqualTo("传阅情况（已签收 1 / 3）");
        UI.getCurrent().navigate("issues/" + issue.id() + "/circulation");
        CirculationView view = _get(CirculationView.class);
        assertThat(view.summary.getText()).isEqualTo("已签收 1 / 3 个单位");
        List<Receipt> rows = view.receipts();
        assertThat(rows).extracting(Receipt::unitName).containsExactlyInAnyOrder("昆山市", "句容市", "滨海县");
        Receipt jurong = rows.stream().filter(r -> r.unitName().equals("句容市")).findFirst().orElseThrow();
        assertThat(jurong.openedAt()).isNotNull();
        assertThat(jurong.openedByName()).isEqualTo("句容市收文员");
        assertThat(jurong.acknowledged()).isFalse();
        assertThat(rows).filteredOn(r -> r.unitName().equals("昆山市")).allMatch(Receipt::acknowledged);

        view.remind(jurong);

        assertThat(view.receipts()).filteredOn(r -> r.unitName().equals("句容市")).extracting(Receipt::reminders)
                .containsExactly(1);

        // the list of issues says how far each circulating issue has come
        UI.getCurrent().navigate(IssuesView.class);
        assertThat(acknowledgedInTheListOfIssues(issue)).isEqualTo("1 / 3");
        receipts.acknowledge(fixtures.issues.user("binhai-recv"), issue.id());
        UI.getCurrent().navigate(IssuesView.class); // 简报 chosen again while on it
        assertThat(acknowledgedInTheListOfIssues(issue)).isEqualTo("2 / 3");

        openAs("reviewer"); // who does not follow circulation is not shown how far it has come
        UI.getCurrent().navigate(IssuesView.class);
        @SuppressWarnings("unchecked")
        Grid<IssueSummary> reviewers = _get(Grid.class, spec -> spec.withId("issue-list"));
        List<IssueSummary> theirs = reviewers.getGenericDataView().getItems().toList();
        assertThat(GridKt._getFormatted(reviewers, theirs.indexOf(theirs.stream().filter(i -> i.id() == issue.id())
                .findFirst().orElseThrow()), "acknowledged")).isEmpty();

        openAs("kunshan-recv");
        UI.getCurrent().navigate("issues/" + issue.id() + "/circulation");
        _assertNone(CirculationView.class);
    }

    @Test
    void anEditorSeesWhichWaitingUnitsHaveNobodyToAcknowledge() {
        Issue issue = fixtures.circulatingWithOneArticle("gulou", 3);
        AppUser binhai = fixtures.issues.user("binhai-recv");
        fixtures.issues.directory.setActive(binhai.id(), false); // 滨海县's only recipient has left
        try {
            openAs("editor");
            UI.getCurrent().navigate("issues/" + issue.id() + "/circulation");
            CirculationView view = _get(CirculationView.class);
            assertThat(acknowledgedColumn(view, "滨海县")).isEqualTo("本单位没有签收人");
            assertThat(acknowledgedColumn(view, "句容市")).as("waiting for its recipient").isEmpty();

            // a reminder would reach nobody there: no button on its row, and reminding all leaves it out, saying so
            assertThat(remindButton(view, "滨海县").isVisible()).isFalse();
            assertThat(remindButton(view, "句容市").isVisible()).isTrue();
            assertThat(view.remindAll.getText()).isEqualTo("催办全部未签收单位（2）");
            _click(view.remindAll);
            ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("remind-all-confirm"));
            assertThat(confirm.getElement().getProperty("message")).endsWith("以下单位没有签收人，不予催办：滨海县。");
            ConfirmDialogKt._fireConfirm(confirm);
            assertThat(view.receipts()).extracting(Receipt::unitName, Receipt::reminders)
                    .containsExactlyInAnyOrder(tuple("昆山市", 1), tuple("句容市", 1), tuple("滨海县", 0));
            assertThatThrownBy(() -> receipts.remindNow(fixtures.issues.user("editor"), issue.id(), binhai.unitId()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldMessageKeys())
                            .containsEntry("receipt", "circulation.remind.nobody"));
        } finally {
            fixtures.issues.directory.setActive(binhai.id(), true);
        }
        UI.getCurrent().navigate("issues/" + issue.id() + "/circulation");
        assertThat(acknowledgedColumn(_get(CirculationView.class), "滨海县")).isEmpty();
    }

    @Test
    void acknowledgementsShowAtTheNextPollWhileTheEditorWatchesTheCirculationOrTheListOfIssues() {
        Issue issue = fixtures.circulatingWithOneArticle("gulou", 3);
        openAs("editor");
        UI.getCurrent().navigate("issues/" + issue.id() + "/circulation");
        CirculationView view = _get(CirculationView.class);
        assertThat(view.summary.getText()).isEqualTo("已签收 0 / 3 个单位");
        Object before = view.grid.getDataProvider();
        poll();
        assertThat(view.grid.getDataProvider()).as("nothing new: the list is left as it is").isSameAs(before);

        receipts.acknowledge(fixtures.issues.user("kunshan-recv"), issue.id());
        poll();
        assertThat(view.summary.getText()).isEqualTo("已签收 1 / 3 个单位");
        assertThat(acknowledgedColumn(view, "昆山市")).contains("昆山市收文员");

        UI.getCurrent().navigate(IssuesView.class);
        assertThat(acknowledgedInTheListOfIssues(issue)).isEqualTo("1 / 3");
        receipts.acknowledge(fixtures.issues.user("jurong-recv"), issue.id());
        poll();
        assertThat(acknowledgedInTheListOfIssues(issue)).isEqualTo("2 / 3");
    }

    /** The list of issues' 签收 m / n of the issue, as shown now. */
    static String acknowledgedInTheListOfIssues(Issue issue) {
        @SuppressWarnings("unchecked")
        Grid<IssueSummary> issues = _get(Grid.class, spec -> spec.withId("issue-list"));
        List<IssueSummary> listed = issues.getGenericDataView().getItems().toList();
        int row = listed.indexOf(listed.stream().filter(i -> i.id() == issue.id()).findFirst().orElseThrow());
        return GridKt._getFormatted(issues, row, "acknowledged");
    }

    static Button remindButton(CirculationView view, String unitName) {
        List<Receipt> rows = view.receipts();
        int row = rows.indexOf(rows.stream().filter(r -> r.unitName().equals(unitName)).findFirst().orElseThrow());
        return (Button) GridKt._getCellComponent(view.grid, row, "remind");
    }

    static String acknowledgedColumn(CirculationView view, String unitName) {
        List<Receipt> rows = view.receipts();
        int row = rows.indexOf(rows.stream().filter(r -> r.unitName().equals(unitName)).findFirst().orElseThrow());
        return GridKt._getFormatted(view.grid, row, "acknowledged");
    }

    @Test
    void anEditorRemindsEveryUnitThatHasNotAcknowledgedInOneGoAndListsOnlyThose() {
        Issue issue = fixtures.circulatingWithOneArticle("gulou", 3);
        receipts.acknowledge(fixtures.issues.user("kunshan-recv"), issue.id());

        openAs("editor");
        UI.getCurrent().navigate("issues/" + issue.id() + "/circulation");
        CirculationView view = _get(CirculationView.class);
        assertThat(view.remindAll.getText()).isEqualTo("催办全部未签收单位（2）");

        // sorted by acknowledgement, the units still waiting come first; by unit, in the order of their pinyin
        view.grid.sort(GridSortOrder.asc(view.grid.getColumnByKey("acknowledged")).build());
        assertThat(GridKt._fetch(view.grid, 0, 3)).extracting(Receipt::unitName).last().isEqualTo("昆山市");
        view.grid.sort(GridSortOrder.asc(view.grid.getColumnByKey("unit")).build());
        assertThat(GridKt._fetch(view.grid, 0, 3)).extracting(Receipt::unitName)
                .containsExactly("滨海县", "句容市", "昆山市"); // bin, ju, kun; by code point 句 昆 滨

        view.waitingOnly.setValue(true);
        assertThat(view.receipts()).extracting(Receipt::unitName).containsExactlyInAnyOrder("句容市", "滨海县");
        assertThat(view.summary.getText()).isEqualTo("已签收 1 / 3 个单位");

        _click(view.remindAll);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("remind-all-confirm"));
        assertThat(confirm.isOpened()).isTrue();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(view.receipts()).extracting(Receipt::unitName, Receipt::reminders)
                .containsExactlyInAnyOrder(tuple("句容市", 1), tuple("滨海县", 1));
        assertThat(receiptOf(issue, "kunshan-recv").reminders()).isZero();
        assertThat(auditSearch.search(fixtures.issues.user("admin"), new AuditQuery("editor",
                AuditAction.RECEIPT_REMINDED, null, String.valueOf(issue.id()), null, null, null)))
                .extracting(AuditEvent::detail).containsExactlyInAnyOrder("句容市", "滨海县");

        receipts.acknowledge(fixtures.issues.user("jurong-recv"), issue.id());
        receipts.acknowledge(fixtures.issues.user("binhai-recv"), issue.id());
        view.remindAll(); // a second editor's page, still showing the units that have acknowledged meanwhile
        assertThat(view.receipts()).isEmpty();
        assertThat(view.remindAll.isVisible()).isFalse();
        assertThat(receiptOf(issue, "jurong-recv").reminders()).isEqualTo(1);
    }

    @Test
    void anEditorExportsWhoHasReadAndAcknowledgedToExcel() throws Exception {
        Issue issue = fixtures.circulatingWithOneArticle("kunshan", 0);
        receipts.read(fixtures.issues.user("jurong-recv"), issue.id());
        receipts.acknowledge(fixtures.issues.user("kunshan-recv"), issue.id());
        receipts.remindNow(fixtures.issues.user("editor"), issue.id(), fixtures.issues.user("binhai-recv").unitId());

        openAs("editor");
        UI.getCurrent().navigate("issues/" + issue.id() + "/circulation");
        CirculationView view = _get(CirculationView.class);
        view.waitingOnly.setValue(true); // the file holds every unit whatever the list shows
        assertThat(view.xlsx.getText()).isEqualTo("导出 Excel");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(view.workbook()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("传阅情况：" + issue.title() + "（已签收 1 / 3 个单位）");
            assertThat(sheet.getRow(1)).extracting(Cell::getStringCellValue).containsExactly("收文单位", "分发时间",
                    "阅读时间", "阅读人", "签收时间", "签收人", "催办次数", "最近催办");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            Map<String, Row> rows = new HashMap<>();
            for (int r = 2; r <= 4; r++) {
                rows.put(sheet.getRow(r).getCell(0).getStringCellValue(), sheet.getRow(r));
            }
            Receipt kunshan = receiptOf(issue, "kunshan-recv");
            assertThat(rows.get("昆山市").getCell(4).getStringCellValue())
                    .isEqualTo(clock.minute(kunshan.acknowledgedAt())).isNotEmpty();
            assertThat(rows.get("昆山市").getCell(5).getStringCellValue()).isEqualTo("昆山市收文员");
            assertThat(rows.get("句容市").getCell(3).getStringCellValue()).isEqualTo("句容市收文员");
            assertThat(rows.get("句容市").getCell(4).getStringCellValue()).isEmpty();
            assertThat(rows.get("滨海县").getCell(6).getNumericCellValue()).isEqualTo(1.0);
            assertThat(rows.get("滨海县").getCell(7).getStringCellValue()).isNotEmpty();
        }
    }

    @Test
    void theSubmitterSeesTheArticleAdoptedWithALinkToTheIssue() {
        Issue issue = fixtures.circulatingWithOneArticle("kunshan", 0);
        long articleId = issue.articles().get(0).articleId();

        openAs("kunshan");
        UI.getCurrent().navigate("articles/" + articleId);
        _assertOne(ArticleDetailView.class);
        assertThat(_get(Span.class, spec -> spec.withId("article-status")).getText()).isEqualTo("已采用");
        Anchor link = _get(Anchor.class, spec -> spec.withId("published-in"));
        assertThat(link.getHref()).isEqualTo("published/" + issue.id());
        assertThat(link.getText()).isEqualTo("已采用，刊于《" + issue.series().title() + " " + issue.year() + " 年"
                + issue.numberLabel() + "》");

        UI.getCurrent().navigate(link.getHref());
        assertThat(_get(IssuePreview.class).getElement().getTextRecursively()).contains(issue.articles().get(0).title());
    }
}
