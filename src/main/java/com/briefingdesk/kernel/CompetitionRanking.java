package com.briefingdesk.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Standard competition ranking (1, 2, 2, 4) of the units in a 通报: units level by the order share a place, the
 * places they fill are skipped, and level units are listed by name. The adoption statistics and the scored report
 * rank this way, each by its own order.
 */
public final class CompetitionRanking<T> {

    private final Comparator<T> order;
    private final Comparator<T> listing;
    private final BiFunction<T, Integer, T> placed;

    /** {@code placed} gives a unit's line with its place set; the lines are records, so it returns a copy. */
    public CompetitionRanking(Comparator<T> order, Function<? super T, String> unitName,
                              BiFunction<T, Integer, T> placed) {
        this.order = order;
        this.listing = order.thenComparing(unitName);
        this.placed = placed;
    }

    /** The units in ranking order, each with its place. */
    public List<T> rank(List<T> units) {
        List<T> sorted = new ArrayList<>(units);
        sorted.sort(listing);
        List<T> ranked = new ArrayList<>(sorted.size());
        int place = 0;
        for (int i = 0; i < sorted.size(); i++) {
            boolean level = i > 0 && order.compare(sorted.get(i - 1), sorted.get(i)) == 0;
            place = level ? place : i + 1;
            ranked.add(placed.apply(sorted.get(i), place));
        }
        return ranked;
    }
}
