package org.jumelage.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/** Application shell: the "jumelage" theme (CSS only, on Vaadin's prebuilt bundle) and server push. */
@Theme("jumelage")
@Push
@Meta(name = "description", content = "Jumelage — OSBL, entreprises et bénévoles pour des projets numériques")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1");
        settings.setPageTitle("Jumelage");
    }
}
