package com.briefingdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.article.OutlineHeading.Face;
import com.briefingdesk.article.OutlineHeading.Segment;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which stretch of a paragraph is a heading of official writing, and in which face it is set. */
class OutlineHeadingTest {

    static List<Segment> segments(String typed) {
        return OutlineHeading.segments(ArticleBody.parse(typed).paragraphs().get(0));
    }

    @Test
    void aFirstLevelHeadingAloneIsHeadingThroughout() {
        assertThat(segments("一、主要做法")).containsExactly(new Segment("一、主要做法", Face.FIRST_LEVEL));
        assertThat(segments("十二、下一步打算")).containsExactly(new Segment("十二、下一步打算", Face.FIRST_LEVEL));
    }

    @Test
    void aSecondLevelHeadingRunsToItsFullStopAndTheTextAfterItIsBody() {
        assertThat(segments("（一）强化宣传引导。各地开展宣传活动。")).containsExactly(
                new Segment("（一）强化宣传引导。", Face.SECOND_LEVEL), new Segment("各地开展宣传活动。", Face.BODY));
    }

    @Test
    void aBoldHeadingIsAHeadingAndBoldTextAfterItStaysALeadPhrase() {
        assertThat(segments("**一、工作开展情况。**全市**二是**文明实践。")).containsExactly(
                new Segment("一、工作开展情况。", Face.FIRST_LEVEL), new Segment("全市", Face.BODY),
                new Segment("二是", Face.LEAD_PHRASE), new Segment("文明实践。", Face.BODY));
    }

    @Test
    void leadPhrasesAndLowerLevelsAreNoHeadings() {
        assertThat(segments("**一是广泛动员。**市委宣传部统筹。")).containsExactly(
                new Segment("一是广泛动员。", Face.LEAD_PHRASE), new Segment("市委宣传部统筹。", Face.BODY));
        assertThat(segments("1．细化分工。")).containsExactly(new Segment("1．细化分工。", Face.BODY));
        assertThat(segments("（1）明确责任。")).containsExactly(new Segment("（1）明确责任。", Face.BODY));
    }

    @Test
    void thePreviewMarksEachFaceWithItsClass() {
        List<Paragraph> paragraphs = ArticleText.paragraphs(ArticleBody.parse("一、主要做法\n（一）强化宣传引导。正文。"));
        assertThat(paragraphs.get(0).getChildren().map(c -> ((Span) c).getClassName()))
                .containsExactly("outline-first");
        assertThat(paragraphs.get(1).getChildren().map(c -> String.valueOf(((Span) c).getClassName())))
                .containsExactly("outline-second", "null");
    }
}
