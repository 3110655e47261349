package com.briefingdesk.monitoring;

/**
 * What one unit achieved in a period (通报): articles submitted, accepted by the editors, adopted in a published
 * issue and rejected; its adoption rate and its place in the ranking (信息采用排名).
 */
record UnitFigures(int rank, long unitId, String unitName, long submitted, long accepted, long adopted,
                   long rejected) {

    /** Adopted per submitted, 0 to 1; 0 for a unit that submitted nothing. */
    double adoptionRate() {
        return submitted == 0 ? 0 : (double) adopted / submitted;
    }

    UnitFigures ranked(int place) {
        return new UnitFigures(place, unitId, unitName, submitted, accepted, adopted, rejected);
    }
}
