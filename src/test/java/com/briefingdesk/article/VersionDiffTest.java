package com.briefingdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.article.VersionDiff.Change;
import com.briefingdesk.article.VersionDiff.Segment;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    @Test
    void showsWhatWasRemovedAndAddedCharacterByCharacter() {
        assertThat(VersionDiff.between("累计帮办解决问题3800余件", "累计帮办解决群众问题 3800 余件")).containsExactly(
                new Segment(Change.SAME, "累计帮办解决"),
                new Segment(Change.ADDED, "群众"),
                new Segment(Change.SAME, "问题"),
                new Segment(Change.ADDED, " "),
                new Segment(Change.SAME, "3800"),
                new Segment(Change.ADDED, " "),
                new Segment(Change.SAME, "余件"));
    }

    @Test
    void replacedTextShowsBothSides() {
        assertThat(VersionDiff.between("一是广泛动员", "一是迅速动员")).containsExactly(
                new Segment(Change.SAME, "一是"),
                new Segment(Change.REMOVED, "广泛"),
                new Segment(Change.ADDED, "迅速"),
                new Segment(Change.SAME, "动员"));
    }

    @Test
    void identicalTextsAreOneUnchangedSegment() {
        assertThat(VersionDiff.between("𠮷野家", "𠮷野家")).containsExactly(new Segment(Change.SAME, "𠮷野家"));
    }
}
