package com.briefingdesk.monitoring;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/** ECharts options of the dashboard's two charts, from the monthly figures. Labels come translated. */
final class TrendCharts {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TrendCharts() {
    }

    /** Bars: submitted, accepted, adopted per month. */
    static String volumes(List<Dashboard.Month> months, String title, String submitted, String accepted,
                          String adopted) {
        ObjectNode option = frame(months, title);
        ArrayNode series = option.putArray("series");
        series.add(series(submitted, "bar", months, m -> m.submitted()));
        series.add(series(accepted, "bar", months, m -> m.accepted()));
        series.add(series(adopted, "bar", months, m -> m.adopted()));
        return option.toString();
    }

    /** Lines: average days from submission to acceptance, from starting an issue to sign-off. */
    static String cycleTimes(List<Dashboard.Month> months, String title, String toAcceptance, String toSignOff) {
        ObjectNode option = frame(months, title);
        ArrayNode series = option.putArray("series");
        series.add(series(toAcceptance, "line", months, Dashboard.Month::daysToAcceptance));
        series.add(series(toSignOff, "line", months, Dashboard.Month::daysToSignOff));
        return option.toString();
    }

    private static ObjectNode frame(List<Dashboard.Month> months, String title) {
        ObjectNode option = JSON.objectNode();
        ObjectNode heading = option.putObject("title").put("text", title);
        heading.putObject("textStyle").put("fontSize", 14);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("top", 24);
        option.putObject("grid").put("top", 64).put("left", 40).put("right", 16).put("bottom", 32);
        ArrayNode labels = option.putObject("xAxis").put("type", "category").putArray("data");
        Dashboard.labels(months).forEach(labels::add);
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        return option;
    }

    private static ObjectNode series(String name, String type, List<Dashboard.Month> months,
                                     Function<Dashboard.Month, Number> value) {
        ObjectNode series = JSON.objectNode().put("name", name).put("type", type);
        if ("line".equals(type)) {
            series.put("connectNulls", true);
        }
        ArrayNode data = series.putArray("data");
        for (Dashboard.Month month : months) {
            Number n = value.apply(month);
            if (n == null) {
                data.addNull();
            } else if (n instanceof Double d) {
                data.add(Math.round(d * 10) / 10.0);
            } else {
                data.add(n.longValue());
            }
        }
        return series;
    }
}
