package com.briefingdesk.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** An article of the sample issue (src/test/resources/samples): title and body, one paragraph a line. */
record SampleArticle(String title, String body) {

    static SampleArticle number(int index) {
        try (InputStream in = SampleArticle.class.getResourceAsStream("/samples/briefing-2022-13-articles.json")) {
            return new ObjectMapper().readValue(in, SampleArticle[].class)[index];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SampleArticle titled(String otherTitle) {
        return new SampleArticle(otherTitle, body);
    }
}
