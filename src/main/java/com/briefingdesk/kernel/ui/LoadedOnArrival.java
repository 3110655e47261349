package com.briefingdesk.kernel.ui;

import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

/**
 * A list that loads on every arrival, choosing its menu item again included: that is how people look for what came
 * in meanwhile. The view stays the same, and with it the person's search and filters.
 */
public interface LoadedOnArrival extends AfterNavigationObserver {

    /** Loads the list as the person's search and filters stand. */
    void load();

    @Override
    default void afterNavigation(AfterNavigationEvent event) {
        load();
    }
}
