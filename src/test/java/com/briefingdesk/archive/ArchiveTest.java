package com.briefingdesk.archive;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.UiTest;
import com.briefingdesk.article.SampleArticles;
import com.briefingdesk.circulation.PublicationFixtures;
import com.briefingdesk.circulation.PublishedIssueView;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueService;
import com.briefingdesk.layout.AccessDeniedView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridSortOrder;
import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Finding published issues by series, year, number, title, unit and words of the text, and opening them. */
class ArchiveTest extends UiTest {

    @Autowired
    PublicationFixtures fixtures;
    @Autowired
    IssueArchive archive;
    @Autowired
    ArchiveRepository repository;
    @Autowired
    IssueService issues;

    Issue kunshan;
    Issue binhai;
    Issue unpublished;

    @BeforeEach
    void publishTwoAndSignOffOne() {
        kunshan = fixtures.circulatingWithOneArticle("kunshan", 0);
        binhai = fixtures.circulatingWithOneArticle("binhai", 2);
        unpublished = fixtures.signedOff(fixtures.circulatingSeries(),
                List.of(fixtures.issues.accepted("jurong", SampleArticles.all().get(1))));
    }

    List<Long> ids(String username, ArchiveQuery query) {
        return archive.search(fixtures.issues.user(username), query).issues().stream().map(Issue::id).toList();
    }

    static ArchiveQuery words(String words) {
        return new ArchiveQuery(null, null, null, "", null, words);
    }

    @Test
    void theOfficeFindsIssuesByChineseSubstringsOfTitlesAndText() {
        assertThat(ids("editor", new ArchiveQuery(null, null, null, "倾情汇聚", null, "")))
                .contains(kunshan.id()).doesNotContain(binhai.id());
        assertThat(ids("editor", words("心理健康疏导"))).contains(kunshan.id()).doesNotContain(binhai.id());
        // a phrase across a bold lead phrase and the text after it
        assertThat(ids("editor", words("有序组织。成立县疫情防控"))).contains(binhai.id()).doesNotContain(kunshan.id());
        assertThat(ids("editor", words("以文明实践助力疫情防控"))).as("not yet published")
                .doesNotContain(unpublished.id());
        assertThat(ids("editor", words("绝无此句的内容"))).doesNotContain(kunshan.id(), binhai.id());
    }

    @Test
    void theOfficeFindsIssuesBySeriesYearNumberAndUnit() {
        AppUser kunshanSubmitter = fixtures.issues.user("kunshan");
        assertThat(ids("reviewer", new ArchiveQuery(null, null, null, "", kunshanSubmitter.unitId(), "")))
                .contains(kunshan.id()).doesNotContain(binhai.id());
        assertThat(ids("admin", new ArchiveQuery(kunshan.series().id(), kunshan.year(), kunshan.numberInYear(),
                "", null, ""))).containsExactly(kunshan.id());
        assertThat(ids("admin", new ArchiveQuery(kunshan.series().id(), kunshan.year(), 2, "", null, "")))
                .isEmpty();
    }

    @Test
    void aRecipientFindsOnlyIssuesCirculatedToItsUnitAndASubmitterNone() {
        assertThat(ids("kunshan-recv", ArchiveQuery.EVERYTHING)).contains(kunshan.id(), binhai.id());
        // 徐州市鼓楼区 is on the 报 line of these series
        assertThat(ids("gulou-recv", ArchiveQuery.EVERYTHING)).doesNotContain(kunshan.id(), binhai.id());
        assertThat(ids("kunshan", ArchiveQuery.EVERYTHING)).isEmpty();
    }

    @Test
    void theArchiveViewSearchesKeepsWhatWasTypedOnBadInputAndOpensAnIssue() {
        openAs("editor");
        UI.getCurrent().navigate(ArchiveView.class);
        ArchiveView view = _get(ArchiveView.class);
        assertThat(view.results()).extracting(Issue::id).contains(kunshan.id(), binhai.id())
                .doesNotContain(unpublished.id());
        Issue published = fixtures.circulatingWithOneArticle("jurong", 1);
        UI.getCurrent().navigate(ArchiveView.class); // 简报归档 chosen again: what was published meanwhile shows
        assertThat(_get(ArchiveView.class)).isSameAs(view);
        assertThat(view.results()).extracting(Issue::id).contains(published.id());

        _setValue(view.words, "心理健康疏导");
        _setValue(view.year, 1800);
        _click(view.search);
        assertThat(view.year.isInvalid()).isTrue();
        assertThat(view.year.getErrorMessage()).isEqualTo("请填写 1949 到 2200 之间的年度");
        assertThat(view.words.getValue()).isEqualTo("心理健康疏导");

        _setValue(view.year, kunshan.year());
        _click(view.search);
        assertThat(view.year.isInvalid()).isFalse();
        assertThat(view.results()).extracting(Issue::id).contains(kunshan.id()).doesNotContain(binhai.id());
        assertThat(view.count.getText()).startsWith("共 ");

        _setValue(view.year, null);
        _setValue(view.words, "");
        _click(view.search);
        view.grid.sort(GridSortOrder.asc(view.grid.getColumnByKey("series")).build());
        assertThat(GridKt._fetch(view.grid, 0, GridKt._size(view.grid))).extracting(i -> i.series().title())
                .as("by series, in pinyin").isSortedAccordingTo(Collator.getInstance(Locale.SIMPLIFIED_CHINESE));
        view.grid.sort(GridSortOrder.desc(view.grid.getColumnByKey("number")).build());
        assertThat(GridKt._fetch(view.grid, 0, GridKt._size(view.grid))).extracting(Issue::year)
                .as("the latest year first")
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.<Integer>reverseOrder()));

        view.open(view.results().stream().filter(i -> i.id() == kunshan.id()).findFirst().orElseThrow());
        _assertOne(PublishedIssueView.class);
    }

    @Test
    void aSearchThatFindsMoreThanItShowsSaysSoAndShowsEachIssueWhole() {
        AppUser editor = fixtures.issues.user("editor");
        ArchiveQuery both = new ArchiveQuery(null, null, null, "", null, "");
        ArchiveHits all = new IssueArchive(repository, issues, 10_000).search(editor, both);
        assertThat(all.more()).isFalse();
        assertThat(all.issues()).extracting(Issue::id).contains(kunshan.id(), binhai.id());
        Issue listed = all.issues().stream().filter(i -> i.id() == kunshan.id()).findFirst().orElseThrow();
        Issue alone = issues.load(kunshan.id());
        assertThat(listed.articles()).as("loaded with the others, as loaded alone")
                .usingRecursiveFieldByFieldElementComparator().isEqualTo(alone.articles()).isNotEmpty();
        assertThat(listed.recipients()).isEqualTo(alone.recipients()).isNotEmpty();
        assertThat(listed.series()).isEqualTo(alone.series());

        assertThat(all.issues()).extracting(Issue::publishedAt).as("the latest first, whatever the series")
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.<Instant>reverseOrder()));
        assertThat(all.issues().stream().map(Issue::id).toList().indexOf(binhai.id()))
                .isLessThan(all.issues().stream().map(Issue::id).toList().indexOf(kunshan.id()));

        ArchiveHits cut = new IssueArchive(repository, issues, 1).search(editor, both);
        assertThat(cut.more()).isTrue();
        assertThat(cut.issues()).extracting(Issue::id).as("cut short, it shows the newest")
                .containsExactly(all.issues().get(0).id());
    }

    @Test
    void submittersHaveNoArchive() {
        openAs("kunshan");
        UI.getCurrent().navigate("archive");
        _assertOne(AccessDeniedView.class);
    }
}
