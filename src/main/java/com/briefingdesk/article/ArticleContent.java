package com.briefingdesk.article;

import com.briefingdesk.kernel.TypedText;
import com.briefingdesk.kernel.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a person types into an article form. Mutable for Vaadin's Binder; {@link #validate()} holds the rules
 * that both the form and the services apply.
 */
public class ArticleContent {

    public static final int TITLE_MAX = 100;
    public static final int AUTHORS_MAX = 200;
    public static final int COLUMN_MAX = 40;
    public static final int BODY_MAX = 30_000;
    /** Mainland mobile numbers, and landlines with area code and optional extension (0512-57XXXXXX-123). */
    static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

    private String title = "";
    private String suggestedColumn = "";
    private String authors = "";
    private String contactPhone = "";
    private String body = "";

    public ArticleContent() {
    }

    public ArticleContent(String title, String suggestedColumn, String authors, String contactPhone, String body) {
        this.title = nullToEmpty(title);
        this.suggestedColumn = nullToEmpty(suggestedColumn);
        this.authors = nullToEmpty(authors);
        this.contactPhone = nullToEmpty(contactPhone);
        this.body = nullToEmpty(body);
    }

    /** Message keys of the broken rules, by field; empty when the content may be saved. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        String t = title.strip();
        if (t.isEmpty()) {
            problems.put("title", "article.title.required");
        } else if (t.codePointCount(0, t.length()) > TITLE_MAX) {
            problems.put("title", "article.title.tooLong");
        }
        if (suggestedColumn.strip().length() > COLUMN_MAX) {
            problems.put("suggestedColumn", "article.column.tooLong");
        }
        if (authors.strip().length() > AUTHORS_MAX) {
            problems.put("authors", "article.authors.tooLong");
        }
        if (!PHONE.matcher(contactPhone.strip()).matches()) {
            problems.put("contactPhone", contactPhone.isBlank() ? "article.phone.required" : "article.phone.invalid");
        }
        ArticleBody parsed = parsedBody();
        if (parsed.isBlank()) {
            problems.put("body", "article.body.required");
        } else if (body.length() > BODY_MAX) {
            problems.put("body", "article.body.tooLong");
        }
        TypedText.check(problems, "title", title);
        TypedText.check(problems, "suggestedColumn", suggestedColumn);
        TypedText.check(problems, "authors", authors);
        TypedText.check(problems, "contactPhone", contactPhone);
        TypedText.check(problems, "body", body);
        return problems;
    }

    /** The fields the documents print, by name. */
    public Map<String, String> printedFields() {
        return Map.of("title", title, "suggestedColumn", suggestedColumn, "authors", authors, "body", body);
    }

    public void validate() {
        Map<String, String> problems = problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    public ArticleBody parsedBody() {
        return ArticleBody.parse(body);
    }

    /** Equal when saving one over the other would change nothing that is stored. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleContent other && stored().equals(other.stored());
    }

    @Override
    public int hashCode() {
        return stored().hashCode();
    }

    private java.util.List<Object> stored() {
        return java.util.List.of(title.strip(), suggestedColumn.strip(), authors.strip(), contactPhone.strip(),
                parsedBody());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = nullToEmpty(title);
    }

    public String getSuggestedColumn() {
        return suggestedColumn;
    }

    public void setSuggestedColumn(String suggestedColumn) {
        this.suggestedColumn = nullToEmpty(suggestedColumn);
    }

    public String getAuthors() {
        return authors;
    }

    public void setAuthors(String authors) {
        this.authors = nullToEmpty(authors);
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = nullToEmpty(contactPhone);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = nullToEmpty(body);
    }
}
