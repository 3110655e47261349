package com.briefingdesk.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a view shows, followed while it is shown: at each of the frame's polls (the layout polls as
 * {@code briefing.ui.refresh} says) the view reads it again, and shows it again only if it changed, so that a list
 * nobody touched stays scrolled and sorted where the person left it.
 *
 * @param <T> what is read, compared by {@code equals} (records of the rows shown)
 */
public final class KeptCurrent<T> {

    private final Supplier<T> read;
    private final Consumer<T> show;
    private T shown;

    private KeptCurrent(Supplier<T> read, Consumer<T> show) {
        this.read = read;
        this.show = show;
    }

    /** Follows what {@code read} gives, shown by {@code show}; {@link #load()} shows it the first time. */
    public static <T> KeptCurrent<T> of(Component view, Supplier<T> read, Consumer<T> show) {
        KeptCurrent<T> kept = new KeptCurrent<>(read, show);
        by(view, kept::showIfChanged);
        return kept;
    }

    /** Runs {@code readAgain} at each poll while the view is shown: for a view that reads everything again. */
    public static void by(Component view, Runnable readAgain) {
        Registration[] polling = new Registration[1];
        view.addAttachListener(attach -> polling[0] = attach.getUI().addPollListener(poll -> readAgain.run()));
        view.addDetachListener(detach -> polling[0].remove());
    }

    /** Reads and shows, changed or not: on arrival, and after the person's own act. */
    public void load() {
        shown = read.get();
        show.accept(shown);
    }

    /** What is shown now, as last read; null before the first {@link #load()}. */
    public T shown() {
        return shown;
    }

    private void showIfChanged() {
        T now = read.get();
        if (!Objects.equals(now, shown)) {
            shown = now;
            show.accept(now);
        }
    }
}
