package com.briefingdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Word 2016+ and WPS 2019 put on the clipboard, read into our paragraphs and bold lead phrases. The samples in
 * src/test/resources/paste/ are modelled on their clipboard HTML, with paragraphs of the sample issue.
 */
class WordPasteConverterTest {

    final WordPasteConverter converter = new WordPasteConverter();

    static String resource(String name) throws IOException {
        try (InputStream in = WordPasteConverterTest.class.getResourceAsStream("/paste/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> boldPhrases(ArticleBody body) {
        return body.paragraphs().stream().flatMap(p -> p.runs().stream()).filter(ArticleBody.Run::bold)
                .map(ArticleBody.Run::text).toList();
    }

    @Test
    void wordKeepsParagraphsAndLeadPhrasesAndDropsEverythingElse() throws IOException {
        ArticleBody body = converter.convert(resource("word-2016.html"));

        assertThat(body.toTyped()).isEqualTo(resource("word-2016.expected.txt"));
        assertThat(body.paragraphs()).hasSize(3);
        assertThat(boldPhrases(body)).containsExactly("二是聚焦群众所需，提供便民服务。", "三是广泛宣传引导，浓厚抗疫氛围。");
        assertThat(body.toTyped()).as("hidden text, comments, field codes, list bullets")
                .doesNotContain("内部备注", "[A1]", "请核实数据来源", "PAGE", "Wingdings")
                .doesNotStartWith("l");
    }

    @Test
    void wpsKeepsBoldFromTagsInlineStylesAndCharacterStyles() throws IOException {
        ArticleBody body = converter.convert(resource("wps-2019.html"));

        assertThat(body.toTyped()).isEqualTo(resource("wps-2019.expected.txt"));
        assertThat(boldPhrases(body)).as("<b> with font-weight:bold, font-weight:700, class 15 of the style sheet")
                .containsExactly("一是细致谋划、有序组织。", "二是网格部署、协同联动。", "三是广泛宣传、浓厚氛围。");
        assertThat(body.toTyped()).doesNotContain("隐藏文字", "font", "&nbsp;");
    }

    @Test
    void aTableFlattensToOneParagraphPerCell() throws IOException {
        ArticleBody body = converter.convert(resource("word-2016-table.html"));

        assertThat(body.toTyped()).isEqualTo(resource("word-2016-table.expected.txt"));
        assertThat(body.paragraphs()).extracting(ArticleBody.Paragraph::plainText)
                .containsExactly("四是深化移风易俗，助力严防严控。截至 4 月上旬，全市情况如下：", "事项", "户数", "婚事延办", "60");
    }

    @Test
    void whatIsPastedIsExactlyWhatIsStored() throws IOException {
        for (String sample : List.of("word-2016.html", "wps-2019.html", "word-2016-table.html")) {
            ArticleBody body = converter.convert(resource(sample));
            assertThat(ArticleBody.parse(body.toTyped())).as(sample).isEqualTo(body);
        }
    }

    @Test
    void inlineWeightDecidesOverTheTagAndBidiWeightIsNotWeight() {
        ArticleBody body = converter.convert("""
                <p><b>加强<span style="font-weight:normal">组织</span>领导。</b>正文</p>
                <p><span style="mso-bidi-font-weight:bold">不是粗体</span><span style="FONT-WEIGHT: 600">是粗体</span></p>
                <p><strong>强调</strong>与<span style="font-weight:bolder">更粗</span></p>""");

        assertThat(body.toTyped()).isEqualTo("**加强**组织**领导。**正文\n不是粗体**是粗体**\n**强调**与**更粗**");
    }

    @Test
    void lineBreaksOfTheSourceVanishBetweenChineseAndBreaksOfTheTextSplitParagraphs() {
        ArticleBody body = converter.convert("<div>一是广泛动员，发出文明实践\r\n防疫“最强音”。 Vol  2<br>第二行\u3000</div>");

        assertThat(body.paragraphs()).extracting(ArticleBody.Paragraph::plainText)
                .containsExactly("一是广泛动员，发出文明实践防疫“最强音”。 Vol 2", "第二行");
    }

    @Test
    void aBlankInsideABoldPhraseStaysInItAndBlankEdgesArePlain() {
        ArticleBody body = converter.convert("<p><b> 协同抗疫 共向未来 </b>活动</p>");

        assertThat(body.paragraphs().get(0).runs()).containsExactly(
                new ArticleBody.Run("协同抗疫 共向未来", true), new ArticleBody.Run(" 活动", false));
    }

    @Test
    void htmlWithoutFragmentMarkersAndEmptyClipboardsWork() {
        assertThat(converter.convert("<meta charset='utf-8'><p><strong>加强组织领导。</strong>成立专班。</p>").toTyped())
                .isEqualTo("**加强组织领导。**成立专班。");
        assertThat(converter.convert("").paragraphs()).isEmpty();
        assertThat(converter.convert("<p><o:p>&nbsp;</o:p></p><p style='display:none'>隐藏</p>").paragraphs())
                .isEmpty();
    }
}
