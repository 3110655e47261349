package com.briefingdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleBodyTest {

    @Test
    void linesBecomeParagraphsAndDoubleAsterisksBoldLeadPhrases() {
        ArticleBody body = ArticleBody.parse("""
                　　面对突如其来的新冠肺炎疫情，句容市统筹协调。

                **二是聚焦群众所需，提供便民服务。**运用融媒云平台。
                """);

        assertThat(body.paragraphs()).hasSize(2);
        assertThat(body.paragraphs().get(0).runs())
                .containsExactly(new ArticleBody.Run("面对突如其来的新冠肺炎疫情，句容市统筹协调。", false));
        assertThat(body.paragraphs().get(1).runs()).containsExactly(
                new ArticleBody.Run("二是聚焦群众所需，提供便民服务。", true),
                new ArticleBody.Run("运用融媒云平台。", false));
    }

    @Test
    void typedTextRoundTripsThroughTheStoredForm() {
        String typed = "**一是细致谋划、有序组织。**成立县疫情防控志愿服务工作小组。\n二是网格部署、协同联动。";
        assertThat(ArticleBody.parse(typed).toTyped()).isEqualTo(typed);
    }

    @Test
    void markupLikeTextStaysText() {
        ArticleBody body = ArticleBody.parse("<script>alert(1)</script> 单个 ** 星号");
        assertThat(body.paragraphs().get(0).runs())
                .containsExactly(new ArticleBody.Run("<script>alert(1)</script> 单个 ** 星号", false));
    }

    @Test
    void everySampleArticleKeepsItsParagraphsAndLeadPhrases() {
        SampleArticles.Sample jurong = SampleArticles.jurong();
        ArticleBody body = ArticleBody.parse(jurong.body());
        assertThat(body.paragraphs()).hasSize(5);
        List<String> bold = body.paragraphs().stream().flatMap(p -> p.runs().stream())
                .filter(ArticleBody.Run::bold).map(ArticleBody.Run::text).toList();
        assertThat(bold).containsExactly("二是聚焦群众所需，提供便民服务。", "三是广泛宣传引导，浓厚抗疫氛围。",
                "四是深化移风易俗，助力严防严控。");
        assertThat(body.isBlank()).isFalse();
        assertThat(ArticleBody.parse(" \n\u3000\n").isBlank()).isTrue();
    }
}
