package com.briefingdesk.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The ECharts option of the report's chart: points per unit as bars, best first, with adoptions beside them. */
final class ReportChart {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportChart() {
    }

    static String option(AdoptionReport report, String pointsLabel, String adoptedLabel) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").putArray("data").add(pointsLabel).add(adoptedLabel);
        ObjectNode xAxis = option.putObject("xAxis");
        xAxis.put("type", "category");
        xAxis.putObject("axisLabel").put("interval", 0).put("rotate", 30);
        ArrayNode names = xAxis.putArray("data");
        option.putObject("yAxis").put("type", "value");
        ArrayNode series = option.putArray("series");
        ObjectNode points = series.addObject().put("name", pointsLabel).put("type", "bar");
        ArrayNode pointValues = points.putArray("data");
        ObjectNode adopted = series.addObject().put("name", adoptedLabel).put("type", "bar");
        ArrayNode adoptedValues = adopted.putArray("data");
        for (UnitScore unit : report.units()) {
            names.add(unit.unitName());
            pointValues.add(unit.points());
            adoptedValues.add(unit.adopted());
        }
        return option.toString();
    }
}
