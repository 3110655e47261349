package com.briefingdesk.monitoring;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import java.util.Collection;
import java.util.List;

/**
 * A process model drawn by bpmn-js (NavigatedViewer: pan and zoom, no editing), with the steps taken and the active
 * steps marked. Like {@link EChart}, the script is loaded at run time and the drawing waits for it.
 */
class BpmnDiagram extends Div {

    private static final String DRAW = """
            const el = this, xml = $0, taken = JSON.parse($1), active = JSON.parse($2);
            (function draw(attempt) {
              if (!window.BpmnJS) { if (attempt < 200) setTimeout(() => draw(attempt + 1), 50); return; }
              if (el.$viewer) { el.$viewer.destroy(); }
              const viewer = new window.BpmnJS({ container: el });
              el.$viewer = viewer;
              viewer.importXML(xml).then(() => {
                const canvas = viewer.get('canvas');
                canvas.zoom('fit-viewport');
                taken.forEach(id => { try { canvas.addMarker(id, 'step-taken'); } catch (e) { } });
                active.forEach(id => { try { canvas.addMarker(id, 'step-active'); } catch (e) { } });
              }).catch(err => { el.textContent = String(err); });
            })(0);
            """;

    private String xml;
    private List<String> taken = List.of();
    private List<String> active = List.of();

    BpmnDiagram() {
        addClassName("bpmn-diagram");
        setWidthFull();
    }

    void show(String modelXml, Collection<String> stepsTaken, Collection<String> activeSteps) {
        this.xml = modelXml;
        this.taken = List.copyOf(stepsTaken);
        this.active = List.copyOf(activeSteps);
        draw();
    }

    List<String> activeSteps() {
        return active;
    }

    String modelXml() {
        return xml;
    }

    List<String> stepsTaken() {
        return taken;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        BrowserScripts.style(event.getUI(), BrowserScripts.BPMN_CSS);
        BrowserScripts.load(event.getUI(), BrowserScripts.BPMN_VIEWER);
        draw();
    }

    private void draw() {
        if (isAttached() && xml != null) {
            getElement().executeJs(DRAW, xml, json(taken), json(active));
        }
    }

    private static String json(List<String> ids) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        ids.forEach(array::add);
        return array.toString();
    }
}
