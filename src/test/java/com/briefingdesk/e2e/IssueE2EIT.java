package com.briefingdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.Office;
import com.briefingdesk.issue.Issue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The sample issue up to sign-off: the four units each submit their article of 2022 年第 13 期, an editor accepts
 * them, composes the issue under 工作交流 in the sample's order, proofreads it, the reviewer approves, the
 * signatory signs it off, and the issue shows its number in the year and its serial number. The issue is rendered
 * and published; each unit's recipient downloads the PDF and acknowledges receipt, the last on a phone; the editor
 * sees every unit's acknowledgement; an administrator opens the dashboard and an article's process with its diagram
 * drawn. Then the
 * screens around the issue: the editor issues a commission (约稿) that a unit declines, records a leader's instruction
 * on an adopted article, names a deputy while away and opens My account; the administrator keeps the series and the
 * scoring rules. Each of these is looked at as an office laptop shows it, its lists showing whole.
 */
class IssueE2EIT extends E2EScenario {

    static final List<String> UNITS = List.of("kunshan", "jurong", "binhai", "gulou");

    final List<String> articleIds = new ArrayList<>();
    String issueId;
    static final List<String> RECIPIENTS = List.of("kunshan-recv", "jurong-recv", "binhai-recv", "gulou-recv");

    IssueE2EIT() {
        super("issue");
    }

    @Test
    @Order(1)
    void theFourUnitsSubmitTheirArticles() {
        for (int i = 0; i < UNITS.size(); i++) {
            BrowserSession unit = browser(UNITS.get(i)).open("");
            unit.waitForPath("login");
            unit.login(UNITS.get(i));
            articleIds.add(Flows.submitArticle(unit, SampleArticle.number(i)));
        }
        browser("gulou").step("last-article-submitted");
    }

    @Test
    @Order(2)
    void anEditorAcceptsEachOfThem() {
        BrowserSession editor = browser("editor").open("");
        editor.waitForPath("login");
        editor.login("editor");
        for (int i = 0; i < UNITS.size(); i++) {
            String title = SampleArticle.number(i).title();
            BrowserSession.Row row = editor.waitForRow("#group-tasks", title);
            editor.click(row.id("open-"));
            editor.waitForPath("tasks/article-triage/.+");
            editor.chooseRadio("decision", "录用").click("complete");
            editor.waitForPath("");
            editor.element("inbox");
        }
        editor.step("all-accepted");
    }

    @Test
    @Order(3)
    void theEditorComposesTheIssueInTheSamplesOrder() {
        BrowserSession editor = browser("editor");
        editor.menu("简报");
        editor.waitForPath("issues");
        editor.click("start-issue");
        editor.waitForPath("tasks/issue-compose/.+");
        // On an office laptop's screen, beside the preview, the pool's columns fit without scrolling sideways.
        editor.atWindowSize(1366, 768, () -> assertThat(editor.gridHiddenWidth("#pool"))
                .as(editor.gridColumnWidths("#pool")).isZero());
        for (String id : articleIds) {
            editor.click("include-" + id);
            editor.element("exclude-" + id);
        }
        editor.waitForText("pool", "稿件池中没有符合条件的已录用稿件");
        editor.atWindowSize(1366, 768, () -> {
            assertThat(editor.gridHiddenWidth("#included")).as(editor.gridColumnWidths("#included")).isZero();
            assertThat(editor.fieldsCuttingTheirValue("#included")).as("column pickers").isEmpty();
        });
        List<String> titles = editor.rows("#included").stream().map(r -> String.join(" ", r.cells())).toList();
        for (int i = 0; i < UNITS.size(); i++) {
            assertThat(titles.get(i)).contains(SampleArticle.number(i).title());
        }
        String preview = editor.text("issue-preview");
        assertThat(preview).contains("工作资料 注意保存", "江苏精神文明建设简报", "【工作交流】",
                "报：中央文明办，省文明委主任、副主任、委员", "共印 400 份");
        // The preview keeps a page's proportions beside the work, and the masthead stays on one line.
        editor.atWindowSize(1366, 768, () -> {
            assertThat(editor.width("issue-preview")).isGreaterThan(300);
            assertThat(editor.lines(By.cssSelector("#issue-preview .issue-series-title"))).isEqualTo(1);
        });
        // 印发日期: a day set is printed; typed text that is no date keeps its message and saves nothing over it
        LocalDate today = Office.today();
        editor.fillDate("issue-date", today.plusDays(3).toString()).click("save");
        editor.waitForText("issue-preview", Issue.dateLabel(today.plusDays(3)));
        editor.fillDate("issue-date", "abc");
        String badInput = "请按“年-月-日”填写日期，如 2026-11-30。";
        assertThat(editor.fieldError("issue-date")).isEqualTo(badInput);
        editor.click("save");
        assertThat(editor.fieldError("issue-date")).isEqualTo(badInput);
        assertThat(editor.value("issue-date")).isEqualTo("abc");
        assertThat(editor.text("issue-preview")).contains(Issue.dateLabel(today.plusDays(3)));
        editor.fillDate("issue-date", "").click("save");
        editor.waitForText("issue-preview", Issue.dateLabel(today));
        assertThat(editor.fieldError("issue-date")).isEmpty();
        assertThat(editor.reloadWouldAsk()).as("the settings are saved").isFalse();
        // 修改稿件: typing in the dialog, which lies over the page, is asked about on a reload; cancelled, it is not
        editor.click("edit-" + articleIds.get(0));
        editor.append("edit-body", "（编辑补记）");
        assertThat(editor.reloadWouldAsk()).as("an article's edit being typed").isTrue();
        editor.step("article-edit");
        editor.click("cancel-edit");
        editor.waitUntil(driver -> driver.findElements(By.id("edit-body")).isEmpty());
        assertThat(editor.reloadWouldAsk()).as("the edit cancelled").isFalse();
        editor.step("composed");
        editor.click("complete");
        editor.waitForPath("");
        BrowserSession.Row proofread = editor.waitForRow("#group-tasks", "江苏精神文明建设简报");
        editor.click(proofread.id("open-"));
        editor.waitForPath("tasks/issue-proofread/.+");
        editor.step("proofread-form");
        editor.click("approve");
        editor.waitForPath("");
    }

    @Test
    @Order(4)
    void theReviewerApproves() {
        BrowserSession reviewer = browser("reviewer").open("");
        reviewer.waitForPath("login");
        reviewer.login("reviewer");
        BrowserSession.Row review = reviewer.waitForRow("#group-tasks", "江苏精神文明建设简报");
        reviewer.click(review.id("open-"));
        reviewer.waitForPath("tasks/issue-review/.+");
        reviewer.fill("opinion", "同意，送签发");
        reviewer.step("review-form");
        reviewer.click("approve");
        reviewer.waitForPath("");
    }

    @Test
    @Order(5)
    void theSignatorySignsItOffAndItIsNumbered() {
        BrowserSession signer = browser("signer").open("");
        signer.waitForPath("login");
        signer.login("signer");
        BrowserSession.Row signOff = signer.waitForRow("#group-tasks", "江苏精神文明建设简报");
        signer.click(signOff.id("open-"));
        signer.waitForPath("tasks/issue-signoff/.+");
        assertThat(signer.value("opinion")).isEqualTo("同意印发");
        assertThat(signer.text("opinions")).contains("同意，送签发");
        signer.step("sign-off-form");
        signer.click("approve");
        signer.waitForPath("");

        signer.menu("简报");
        signer.waitForPath("issues");
        BrowserSession.Row issue = signer.waitForRow("#issues vaadin-grid", "第 1 期");
        assertThat(issue.cells()).anyMatch(c -> c.contains("苏简字 1004 号"));
        signer.step("issues-list");
    }

    @Test
    @Order(6)
    void theEditorSeesTheNumbersOnTheIssue() {
        BrowserSession editor = browser("editor").open("issues");
        BrowserSession.Row row = editor.waitForRow("#issues vaadin-grid", "第 1 期");
        // Signed off, and by now perhaps already rendered and published by the background job.
        assertThat(row.cells()).anyMatch(c -> c.contains("已签发") || c.contains("已印发"));
        showsWholeOnALaptop(editor, "issues");
        editor.click(org.openqa.selenium.By.xpath("//vaadin-grid-cell-content[contains(., '第 1 期')]"));
        editor.waitForPath("issues/[0-9]+");
        assertThat(editor.text("issue-numbers")).contains("第 1 期", "苏简字 1004 号");
        assertThat(editor.text("issue-serial")).isEqualTo("（苏简字 1004 号 共印 400 份）");
        issueId = editor.path().substring("issues/".length());
        editor.step("issue-signed-off");
    }

    @Test
    @Order(7)
    void eachUnitDownloadsThePdfAndAcknowledgesReceipt() throws Exception {
        for (String recipient : RECIPIENTS.subList(0, RECIPIENTS.size() - 1)) {
            BrowserSession clerk = browser(recipient).open("");
            clerk.waitForPath("login");
            clerk.login(recipient);
            // Rendering and publishing run in the background: the receipt task arrives when they are done.
            BrowserSession.Row row = clerk.waitForRow("#group-tasks", "第 1 期");
            clerk.click(row.id("open-"));
            clerk.waitForPath("tasks/issue-receipt/.+");
            String pdf = clerk.element("download-pdf").getAttribute("href");
            assertThat(download(clerk, pdf)).startsWith("%PDF");
            assertThat(clerk.width("issue-preview")).as("the issue is read at a page's width").isGreaterThan(500);
            clerk.step("receipt-form");
            clerk.click("acknowledge");
            clerk.waitForPath("");
            assertThat(clerk.hasRow("#group-tasks", "第 1 期")).isFalse();
        }
    }

    /** The last unit's clerk acknowledges on a phone: the header keeps to one line and the issue to the screen. */
    @Test
    @Order(8)
    void theLastUnitAcknowledgesOnAPhone() {
        String recipient = RECIPIENTS.get(RECIPIENTS.size() - 1);
        BrowserSession clerk = browser(recipient).open("");
        clerk.atWindowSize(390, 844, () -> {
            clerk.waitForPath("login");
            clerk.login(recipient);
            BrowserSession.Row row = clerk.waitForRow("#group-tasks", "第 1 期");
            clerk.step("phone-inbox");
            assertThat(clerk.fitsThePhone()).as("the inbox on a phone").isEmpty();
            assertThat(clerk.withinTheWidth(row.id("open-"))).as("办理 without scrolling the list sideways").isTrue();
            assertThat(clerk.withinTheWidth(row.id("claim-"))).as("认领 too").isTrue();
            clerk.click(row.id("open-"));
            clerk.waitForPath("tasks/issue-receipt/.+");
            clerk.element("acknowledge");
            clerk.step("phone-receipt-form");
            assertThat(clerk.fitsThePhone()).as("the receipt form on a phone").isEmpty();
            assertThat(clerk.width("issue-preview")).as("the issue fits the screen").isLessThanOrEqualTo(390);
            clerk.click("acknowledge");
            clerk.waitForPath("");
            assertThat(clerk.hasRow("#group-tasks", "第 1 期")).isFalse();
        });
    }

    /** Fetches a link with the browser's session, as its download would. */
    static String download(BrowserSession browser, String url) throws Exception {
        org.openqa.selenium.Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                        .header("Cookie", "JSESSIONID=" + session.getValue()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.body(), 0, Math.min(8, response.body().length),
                java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    @Order(9)
    void theEditorSeesEveryUnitAcknowledged() {
        BrowserSession editor = browser("editor").open("issues/" + issueId + "/circulation");
        assertThat(editor.waitForText("circulation-summary", "已签收 4 / 4 个单位")).isEqualTo("已签收 4 / 4 个单位");
        // Every unit's line shows whole: who opened and who signed, when, the reminders, the button to remind.
        assertThat(editor.gridsNotShowingWhole()).isEmpty();
        editor.step("circulation-all-acknowledged");
    }

    @Test
    @Order(10)
    void anAdministratorWatchesTheDashboardAndAnArticlesProcess() {
        BrowserSession admin = browser("admin").open("");
        admin.waitForPath("login");
        admin.login("admin");
        admin.open("admin/dashboard");
        admin.element("article-counts");
        admin.waitUntil(d -> d.findElements(org.openqa.selenium.By.cssSelector("#chart-volumes canvas")).isEmpty()
                ? null : Boolean.TRUE);
        admin.step("dashboard");
        admin.open("admin/processes/article/" + articleIds.get(0));
        admin.waitUntil(d -> d.findElements(org.openqa.selenium.By.cssSelector("#process-diagram svg")).isEmpty()
                ? null : Boolean.TRUE);
        assertThat(admin.text("process-timeline")).contains("报送", "初审录用");
        admin.step("article-process-detail");
    }

    @Test
    @Order(11)
    void theAdministratorsListsShowWhole() {
        BrowserSession admin = browser("admin");
        for (String view : List.of("admin/statistics", "reports/adoption", "archive", "admin/directory")) {
            admin.open(view);
            admin.waitUntil(d -> d.findElements(By.cssSelector("vaadin-grid")).isEmpty() ? null : Boolean.TRUE);
            assertThat(admin.gridsNotShowingWhole()).as(view).isEmpty();
            admin.step(view.replace('/', '-'));
        }
        // The audit log keeps a row to one line: a long detail or browser is cut and shown whole on pointing at it.
        admin.open("admin/audit");
        assertThat(admin.gridHiddenWidth("#audit-grid")).as(admin.gridColumnWidths("#audit-grid")).isZero();
        admin.step("admin-audit");
    }

    /**
     * The view as an editor's office laptop shows it (1366×768): its screenshot, and no list hiding columns or
     * cutting a cell.
     */
    static void showsWholeOnALaptop(BrowserSession browser, String step) {
        browser.atWindowSize(1366, 768, () -> {
            browser.step(step);
            assertThat(browser.gridsNotShowingWhole()).as(step).isEmpty();
        });
    }

    static final String COMMISSION = "关于报送2022年度新时代文明实践中心建设典型经验做法的约稿通知";

    @Test
    @Order(12)
    void theEditorIssuesACommissionToEveryUnitAndOneDeclines() {
        BrowserSession editor = browser("editor").open("commissions");
        editor.waitForText("commission-grid", "还没有发布约稿通知");
        showsWholeOnALaptop(editor, "commissions-none");
        editor.click("commission-new");
        editor.waitForPath("commissions/new");
        editor.fill("commission-topic", COMMISSION)
                .fill("commission-requirements", "请各地围绕新时代文明实践中心建设，报送一篇 1500 字以内的典型经验材料。")
                .click(By.cssSelector("#commission-all-units > label"))
                .fillDateTime("commission-deadline", Office.today().plusDays(14).toString(), "17:00");
        showsWholeOnALaptop(editor, "commission-notice");
        editor.click("commission-issue");
        String detail = editor.waitForPath("commissions/[0-9]+");

        BrowserSession kunshan = browser("kunshan").open("");
        BrowserSession.Row task = kunshan.waitForRow("#group-tasks", COMMISSION);
        kunshan.click(task.id("open-"));
        kunshan.waitForPath("tasks/commission-answer/.+");
        showsWholeOnALaptop(kunshan, "commission-answer-form");
        kunshan.fill("commission-decline-reason", "本月我市文明实践中心建设尚无成型经验，下月补报。");
        kunshan.click("commission-decline");
        kunshan.waitForPath("");

        editor.open(detail);
        assertThat(editor.waitForText("commission-declined", "昆山市")).contains("本月我市文明实践中心建设尚无成型经验");
        assertThat(editor.text("commission-open")).contains("句容市", "滨海县", "徐州市鼓楼区");
        showsWholeOnALaptop(editor, "commission-detail");
        editor.open("commissions");
        editor.waitForRow("#commission-grid", COMMISSION);
        showsWholeOnALaptop(editor, "commissions");
    }

    @Test
    @Order(13)
    void theEditorRecordsALeadersInstructionOnAnAdoptedArticle() {
        BrowserSession editor = browser("editor").open("instructions");
        editor.waitForText("instruction-grid", "还没有登记领导批示");
        showsWholeOnALaptop(editor, "instructions-none");
        editor.fill("instruction-article", SampleArticle.number(0).title() + "（昆山市）")
                .fill("instruction-who", "省委常委、宣传部部长")
                .fillDate("instruction-date", Office.today().toString())
                .fill("instruction-text", "昆山市的做法很好，请省文明办认真总结，在全省推广，"
                        + "各地要结合实际学习借鉴，推动新时代文明实践走深走实。");
        editor.click("instruction-record");
        editor.waitForRow("#instruction-grid", "省委常委、宣传部部长");
        showsWholeOnALaptop(editor, "instructions");
    }

    @Test
    @Order(14)
    void theEditorNamesADeputyWhileAwayAndEndsItAndSeesTheAccount() {
        BrowserSession editor = browser("editor").open("my/delegation");
        editor.waitForText("away-delegations", "当前没有委托");
        showsWholeOnALaptop(editor, "delegation-none");
        LocalDate tomorrow = Office.today().plusDays(1);
        editor.fill("away-deputy", "李静（编辑） · 江苏省文明办")
                .fillDate("away-start", tomorrow.toString())
                .fillDate("away-end", tomorrow.plusDays(6).toString());
        editor.click("away-save");
        BrowserSession.Row delegation = editor.waitForRow("#away-delegations", "李静（编辑）");
        showsWholeOnALaptop(editor, "delegation");
        editor.click(delegation.id("away-stop-"));
        editor.waitForText("away-delegations", "当前没有委托");

        editor.open("my/account");
        assertThat(editor.text("account-who")).contains("editor", "王敏（编辑）", "江苏省文明办");
        editor.element("account-email");
        showsWholeOnALaptop(editor, "account");
    }

    @Test
    @Order(15)
    void theAdministratorKeepsTheSeriesAndTheScoringRules() {
        BrowserSession admin = browser("admin").open("admin/series");
        admin.waitForRow("#series-admin vaadin-grid", "江苏精神文明建设简报");
        admin.element("series-title");
        showsWholeOnALaptop(admin, "admin-series");
        admin.open("admin/scoring");
        admin.waitForText("scoring-table", "还没有保存积分规则");
        showsWholeOnALaptop(admin, "admin-scoring-none");
        admin.fill("scoring-submission", "1").fill("scoring-adoption", "5").fill("scoring-leadArticle", "10")
                .fill("scoring-instruction", "20").fill("scoring-commissionAnswered", "2")
                .fill("scoring-commissionMissed", "-2").fill("scoring-quotaMissed", "-5")
                .fill("scoring-monthlyQuota", "2");
        admin.click("scoring-save");
        admin.waitForRow("#scoring-table", "江苏精神文明建设简报");
        showsWholeOnALaptop(admin, "admin-scoring");
    }
}
