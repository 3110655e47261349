package com.briefingdesk.article;

import com.briefingdesk.kernel.OfficeClock;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/** Two versions of an article side by side in one text: what was removed struck through, what was added marked. */
public class VersionHistory extends VerticalLayout {

    private final Select<ArticleVersion> from = new Select<>();
    private final Select<ArticleVersion> to = new Select<>();
    private final Div diff = new Div();

    public VersionHistory(List<ArticleVersion> versions, OfficeClock clock) {
        setPadding(false);
        setId("versions");
        from.setLabel(getTranslation("versions.from"));
        to.setLabel(getTranslation("versions.to"));
        for (Select<ArticleVersion> select : List.of(from, to)) {
            select.setItems(versions);
            select.setItemLabelGenerator(v -> getTranslation("versions.label", v.number(), v.editedByName(),
                    clock.minute(v.editedAt()), getTranslation("versions.reason." + v.reason().name())));
            select.addValueChangeListener(e -> render());
            select.setWidth("22em");
        }
        diff.addClassName("version-diff");
        diff.setId("version-diff");
        add(new HorizontalLayout(from, to), diff);
        if (!versions.isEmpty()) {
            from.setValue(versions.size() > 1 ? versions.get(versions.size() - 2) : versions.get(0));
            to.setValue(versions.get(versions.size() - 1));
        }
    }

    private void render() {
        diff.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        String before = from.getValue().title() + "\n" + from.getValue().body().toTyped();
        String after = to.getValue().title() + "\n" + to.getValue().body().toTyped();
        for (VersionDiff.Segment segment : VersionDiff.between(before, after)) {
            Span span = new Span(segment.text());
            if (segment.change() != VersionDiff.Change.SAME) {
                span.addClassName(segment.change() == VersionDiff.Change.ADDED ? "diff-added" : "diff-removed");
            }
            diff.add(span);
        }
    }
}
