package com.briefingdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.briefingdesk.kernel.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleContentTest {

    private static ArticleContent valid() {
        return new ArticleContent("句容市：以文明实践助力疫情防控", "工作交流", "张三", "13912345678", "正文一段。");
    }

    @Test
    void aCompleteArticleHasNoProblems() {
        assertThat(valid().problems()).isEmpty();
    }

    @Test
    void missingTitleAndBodyAreNamedAtTheirFields() {
        ArticleContent content = valid();
        content.setTitle("   ");
        content.setBody("\n\u3000\n");
        assertThat(content.problems())
                .containsEntry("title", "article.title.required")
                .containsEntry("body", "article.body.required");
    }

    @Test
    void titleOfHundredCharactersIsFineAndOneMoreIsTooLong() {
        ArticleContent content = valid();
        content.setTitle("文".repeat(100));
        assertThat(content.problems()).doesNotContainKey("title");
        content.setTitle("文".repeat(101));
        assertThat(content.problems()).containsEntry("title", "article.title.tooLong");
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnce() {
        ArticleContent content = valid();
        content.setTitle("𠮷".repeat(100));
        assertThat(content.problems()).doesNotContainKey("title");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13912345678", "0512-57512345", "025-83000000-123", "051257512345"})
    void phonesOfficesUseAreAccepted(String phone) {
        ArticleContent content = valid();
        content.setContactPhone(phone);
        assertThat(content.problems()).doesNotContainKey("contactPhone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1391234567", "abc", "0512 5751 2345 99", "+86 139 1234 5678x"})
    void malformedPhonesAreRefused(String phone) {
        ArticleContent content = valid();
        content.setContactPhone(phone);
        assertThat(content.problems()).containsEntry("contactPhone", "article.phone.invalid");
    }

    @Test
    void validateThrowsWithEveryProblem() {
        ArticleContent content = new ArticleContent();
        assertThatThrownBy(content::validate).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldMessageKeys()).containsOnlyKeys("title", "contactPhone", "body"));
    }
}
