package com.briefingdesk.archive;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person looks for in the archive; every part may be empty. Title and words are matched as substrings,
 * since Chinese text has no spaces between words.
 */
public record ArchiveQuery(Long seriesId, Integer year, Integer number, String title, Long unitId, String words) {

    public static final ArchiveQuery EVERYTHING = new ArchiveQuery(null, null, null, "", null, "");
    static final int MAX_TEXT = 100;

    public ArchiveQuery {
        title = title == null ? "" : title.strip();
        words = words == null ? "" : words.strip();
    }

    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (year != null && (year < 1949 || year > 2200)) {
            problems.put("year", "archive.year.range");
        }
        if (number != null && number < 1) {
            problems.put("number", "archive.number.range");
        }
        if (title.length() > MAX_TEXT) {
            problems.put("title", "archive.text.tooLong");
        }
        if (words.length() > MAX_TEXT) {
            problems.put("words", "archive.text.tooLong");
        }
        return problems;
    }
}
