package com.briefingdesk.publication.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.BriefingDeskTest;
import com.briefingdesk.Office;
import com.briefingdesk.approval.HolderActions;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueFixtures;
import com.briefingdesk.issue.IssueOpinion;
import com.briefingdesk.issue.IssueTasks;
import com.briefingdesk.kernel.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 审批单 of a signed-off issue, read back from the PDF: what the issue is and every step with its opinion. */
@BriefingDeskTest
class ApprovalSheetTest {

    @Autowired
    IssueFixtures fixtures;
    @Autowired
    ApprovalSheets sheets;
    @Autowired
    ApprovalSheetRenderer renderer;
    @Autowired
    HolderActions holderActions;

    @Test
    void theSheetOfASignedOffIssueHoldsItsNumbersAndEveryStepWithOpinionPersonRoleAndTime() throws IOException {
        Article article = fixtures.accepted("gulou", SampleArticles.all().get(3));
        Issue issue = fixtures.awaitingSignOff(fixtures.freshSeries(1003), List.of(article));
        String signOff = fixtures.openTask(issue, IssueTasks.SIGN_OFF_FORM);
        AppUser deputyLeader = fixtures.directory.createUser("lead" + System.nanoTime(), "刘洋（副主任）",
                fixtures.user("signer").unitId(), "x", EnumSet.of(Role.SIGNATORY));
        holderActions.delegate(fixtures.user("signer"), signOff, deputyLeader.username(), "请阅示", Instant.now());
        holderActions.answer(deputyLeader, signOff, "拟同意，建议加印五十份");
        fixtures.issueTasks.signOff(fixtures.user("signer"), signOff, IssueOpinion.Decision.APPROVE, "同意印发");

        ApprovalSheet sheet = sheets.of(fixtures.user("editor"), issue.id());
        assertThat(sheet.steps()).extracting(ApprovalSheet.Step::stepKey).containsExactly("issue.step.COMPOSE",
                "issue.step.PROOFREAD", "issue.step.REVIEW", "approval.action.RESOLVED", "issue.step.SIGN_OFF");
        byte[] pdf = renderer.render(sheet);

        Path target = Path.of("target", "rendered");
        Files.createDirectories(target);
        Files.write(target.resolve("approval-sheet.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // for a person to look at
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
                    target.resolve("approval-sheet-page-1.png").toFile());
            String text = new PDFTextStripper().getText(document).replaceAll("[\\s\\u3000]+", "");
            assertThat(text).startsWith("江苏精神文明建设简报发文稿纸（审批单）");
            assertThat(text).contains("简报名称江苏精神文明建设简报", "印发机关江苏省文明办", "期号" + sheet.number()
                    .replace(" ", ""), "编号苏简字1004号", "共印400份", article.title().replaceAll("\\s+", ""));
            assertThat(text).contains("环节处理意见办理人岗位时间");
            assertThat(text).containsSubsequence("组稿送校对王敏（编辑）编辑", "校对同意李静（编辑）编辑",
                    "审核同意同意陈刚（审核）审核人", "委派意见拟同意，建议加印五十份刘洋（副主任）受委派人",
                    "签发同意同意印发张伟（签发）签发人");
            assertThat(text).contains(DateTimeFormatter.ofPattern("yyyy-MM-ddHH:mm")
                    .withZone(Office.ZONE).format(sheet.steps().get(4).at()));
        }
    }

    @Test
    void onlyThoseWhoReadIssuesGetTheSheet() {
        Issue issue = fixtures.issues.start(fixtures.user("editor"), fixtures.freshSeries(0).id());
        assertThat(sheets.of(fixtures.user("reviewer"), issue.id()).number()).isNull();
        assertThatThrownBy(() -> sheets.of(fixtures.user("kunshan"), issue.id())).isInstanceOf(NotFoundException.class);
    }
}
