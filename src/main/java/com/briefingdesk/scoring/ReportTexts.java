package com.briefingdesk.scoring;

import java.util.List;

/**
 * The translated words of the report's files: its title, the period line, the column headings (rank, unit,
 * submitted, adopted, adoption rate, commissions answered, points) and the closing line (office and date).
 */
public record ReportTexts(String title, String periodLine, List<String> headings, String closing) {

    public ReportTexts {
        headings = List.copyOf(headings);
    }

    /** The cells of one unit's row, in the order of the headings. */
    static List<String> cells(UnitScore unit) {
        return List.of(String.valueOf(unit.rank()), unit.unitName(), String.valueOf(unit.submitted()),
                String.valueOf(unit.adopted()), unit.adoptionRateText(), String.valueOf(unit.commissionsAnswered()),
                String.valueOf(unit.points()));
    }
}
