package com.briefingdesk.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The four articles of 江苏精神文明建设简报 2022 年第 13 期, as their units would type them. */
public final class SampleArticles {

    public record Sample(String title, String body) { }

    private SampleArticles() {
    }

    public static List<Sample> all() {
        try (InputStream in = SampleArticles.class.getResourceAsStream("/samples/briefing-2022-13-articles.json")) {
            return List.of(new ObjectMapper().readValue(in, Sample[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Sample kunshan() {
        return all().get(0);
    }

    public static Sample jurong() {
        return all().get(1);
    }

    public static ArticleContent content(Sample sample) {
        return new ArticleContent(sample.title(), "工作交流", "市文明办", "0512-57512345", sample.body());
    }
}
