package com.briefingdesk.article;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.JsonObject;

/**
 * Pasting formatted text from Word or WPS into an article's body: the browser hands the clipboard's HTML to the
 * server instead of its plain text, which would lose the bold lead phrases, and the server inserts our markup of
 * it at the caret (or over the selection). Plain-text pastes are left to the browser.
 */
class WordPaste {

    static final String EVENT = "word-paste";

    /** Registered on each attach: a re-attached text area may be a fresh element in the browser. */
    private static final String LISTENER = """
            if (this.__wordPaste) { return; }
            this.__wordPaste = true;
            this.addEventListener('paste', e => {
              const html = e.clipboardData && e.clipboardData.getData('text/html');
              if (!html) { return; }
              e.preventDefault();
              const input = this.inputElement;
              this.dispatchEvent(new CustomEvent($0, {detail: {html: html, value: input.value,
                  start: input.selectionStart, end: input.selectionEnd}}));
            });
            """;

    private final TextArea area;
    private final WordPasteConverter converter;

    WordPaste(TextArea area, WordPasteConverter converter) {
        this.area = area;
        this.converter = converter;
        area.addAttachListener(e -> area.getElement().executeJs(LISTENER, EVENT));
        area.getElement().addEventListener(EVENT, this::pasted)
                .addEventData("event.detail.html").addEventData("event.detail.value")
                .addEventData("event.detail.start").addEventData("event.detail.end");
    }

    private void pasted(DomEvent event) {
        JsonObject data = event.getEventData();
        paste(data.getString("event.detail.html"), data.getString("event.detail.value"),
                (int) data.getNumber("event.detail.start"), (int) data.getNumber("event.detail.end"));
    }

    /**
     * Replaces the characters from start to end (the selection, or the caret when equal) of the text as the browser
     * has it, which may hold typing the server has not heard of yet, with the pasted text.
     */
    void paste(String html, String value, int start, int end) {
        if (area.isReadOnly() || !area.isEnabled()) {
            return;
        }
        int from = Math.max(0, Math.min(Math.min(start, end), value.length()));
        int to = Math.max(from, Math.min(Math.max(start, end), value.length()));
        String pasted = converter.convert(html).toTyped();
        area.setValue(value.substring(0, from) + pasted + value.substring(to));
        int caret = from + pasted.length();
        area.getElement().executeJs("this.inputElement && this.inputElement.setSelectionRange($0, $0)", caret);
    }
}
