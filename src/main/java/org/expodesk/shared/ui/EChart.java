package org.expodesk.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart (free, Apache-2.0; Vaadin Charts is paid). The option object is built on the
 * server and sent as JSON; {@code frontend/components/expo-chart.js} draws it and follows resizes.
 */
@Tag("expo-chart")
@NpmPackage(value = "echarts", version = "6.0.0")
@JsModule("./components/expo-chart.js")
public class EChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public EChart() {
        setWidthFull();
        setHeight("280px");
    }

    /** Replaces the chart's ECharts option (see echarts.apache.org/en/option.html). */
    public void setOption(Map<String, ?> option) {
        getElement().setAttribute("option", JSON.writeValueAsString(option));
    }

    public String getOptionJson() {
        return getElement().getAttribute("option");
    }
}
