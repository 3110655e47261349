package com.briefingdesk.article;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.UiTest;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Pasting from Word or WPS into the body of the article form, as the browser reports the paste to the server. */
class WordPasteFormTest extends UiTest {

    static void paste(TextArea body, String html, String browserValue, int start, int end) {
        JsonObject data = Json.createObject();
        data.put("event.detail.html", html);
        data.put("event.detail.value", browserValue);
        data.put("event.detail.start", start);
        data.put("event.detail.end", end);
        ElementUtilsKt._fireDomEvent(body.getElement(), new DomEvent(body.getElement(), WordPaste.EVENT, data));
    }

    @Test
    void pastedWordTextLandsAtTheCaretWithItsLeadPhrasesAndShowsInThePreview() throws IOException {
        openAs("kunshan");
        UI.getCurrent().navigate(ArticleEditorView.class);
        ArticleEditorView editor = _get(ArticleEditorView.class);
        String typed = "导语一段。\n";

        paste(editor.fields.body, WordPasteConverterTest.resource("wps-2019.html"), typed, typed.length(),
                typed.length());

        String expected = WordPasteConverterTest.resource("wps-2019.expected.txt");
        assertThat(editor.fields.body.getValue()).isEqualTo(typed + expected);
        assertThat(_get(ArticlePreview.class).getElement().getTextRecursively()).contains("一是细致谋划、有序组织。");
        assertThat(ArticleBody.parse(editor.fields.body.getValue()).paragraphs()).hasSize(6);
    }

    @Test
    void pastingOverASelectionReplacesIt() {
        openAs("kunshan");
        UI.getCurrent().navigate(ArticleEditorView.class);
        ArticleEditorView editor = _get(ArticleEditorView.class);
        String typed = "前文【待替换】后文";

        paste(editor.fields.body, "<html><body><!--StartFragment--><b>加强组织领导。</b><!--EndFragment--></body></html>",
                typed, 2, 7);

        assertThat(editor.fields.body.getValue()).isEqualTo("前文**加强组织领导。**后文");
    }

    @Test
    void aReadOnlyBodyTakesNoPaste() {
        openAs("kunshan");
        UI.getCurrent().navigate(ArticleEditorView.class);
        ArticleFields fields = _get(ArticleEditorView.class).fields;
        fields.setReadOnly(true);

        paste(fields.body, "<p><b>不应写入</b></p>", "", 0, 0);

        assertThat(fields.body.getValue()).as("a read-only body, as for a finished task, takes no paste").isEmpty();
    }
}
