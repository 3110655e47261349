package com.briefingdesk.monitoring;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * An ECharts chart: a div whose option (ECharts' JSON) is set from Java. The script is loaded on first use; the
 * drawing waits for it, since the script and the call may arrive in the same round trip. Other features' views
 * (the 通报 of scoring) use it too.
 */
public class EChart extends Div {

    private static final String DRAW = """
            const el = this, option = JSON.parse($0);
            (function draw(attempt) {
              if (!window.echarts) { if (attempt < 200) setTimeout(() => draw(attempt + 1), 50); return; }
              const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el);
              chart.setOption(option, true);
              if (!el.$resizeObserved) {
                el.$resizeObserved = true;
                new ResizeObserver(() => chart.resize()).observe(el);
              }
            })(0);
            """;

    private String option = "{}";

    public EChart() {
        addClassName("echart");
        setWidthFull();
        setHeight("320px");
    }

    public void setOption(String optionJson) {
        this.option = optionJson;
        draw();
    }

    /** The ECharts option last set, as JSON. */
    public String option() {
        return option;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        BrowserScripts.load(event.getUI(), BrowserScripts.ECHARTS);
        draw();
    }

    private void draw() {
        if (isAttached()) {
            getElement().executeJs(DRAW, option);
        }
    }
}
