package com.briefingdesk.publication.sheet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.UiTest;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueFixtures;
import com.briefingdesk.layout.AccessDeniedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The approval sheet reached from the issue's page: its steps on screen and the PDF to download. */
class ApprovalSheetViewTest extends UiTest {

    @Autowired
    IssueFixtures fixtures;

    @Test
    void theIssuePageLinksTheSheetWhichListsTheStepsAndOffersThePdf() {
        Issue issue = fixtures.awaitingSignOff(fixtures.freshSeries(1003),
                java.util.List.of(fixtures.accepted("jurong", com.briefingdesk.article.SampleArticles.jurong())));

        openAs("reviewer");
        UI.getCurrent().navigate("issues/" + issue.id());
        Anchor link = _get(Anchor.class, spec -> spec.withId("open-approval-sheet"));
        assertThat(link.getHref()).isEqualTo("issues/" + issue.id() + "/approval-sheet");
        UI.getCurrent().navigate(link.getHref());
        ApprovalSheetView view = _get(ApprovalSheetView.class);
        assertThat(view.steps.getGenericDataView().getItems().map(ApprovalSheet.Step::person))
                .containsExactly("王敏（编辑）", "李静（编辑）", "陈刚（审核）");
        assertThat(view.pdf.getHref()).isNotBlank();
        assertThat(view.getElement().getTextRecursively()).contains("（未编号）", "共印 400 份");

        openAs("kunshan");
        UI.getCurrent().navigate("issues/" + issue.id() + "/approval-sheet");
        _assertNone(ApprovalSheetView.class);
        _assertOne(AccessDeniedView.class);
    }
}
