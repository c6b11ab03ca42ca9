package org.jumelage.impact.dashboard.ui;

import com.vaadin.flow.component.UI;

/** Loads Chart.js from its WebJar at run time: no frontend bundle is built for it. */
final class Charts {

    static final String SCRIPT = "context://webjars/chart.js/4.5.1/dist/chart.umd.js";

    private Charts() {
    }

    static void load(UI ui) {
        ui.getPage().addJavaScript(SCRIPT);
    }
}
