package org.jumelage.impact.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jumelage.impact.dashboard.GroupFigures;
import org.jumelage.impact.dashboard.OpenData;
import org.jumelage.impact.dashboard.Period;
import org.jumelage.impact.dashboard.Transparency;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public transparency page, open to anyone: pro bono hours delivered by region and sector,
 * the firms that chose to appear with the share of their obligations fulfilled, how many OSBLs
 * were served and courses completed, and the open data. Aggregates only: no person, no OSBL name.
 */
@Route("transparence")
@AnonymousAllowed
@Menu(title = "nav.transparency", order = 6, icon = "vaadin:globe")
public class TransparencyView extends Main implements HasDynamicTitle {

    final TablePanel keyFigures;
    final ChartPanel regions;
    final ChartPanel sectors;
    final ChartPanel firms;
    final OpenDataLinks openData;
    private final transient OpenData data;

    public TransparencyView(OpenData data) {
        this.data = data;
        setId("transparency");
        addClassName("page");
        addClassName("dashboard");
        keyFigures = new TablePanel("transparency-key", getTranslation("transparency.key"));
        regions = new ChartPanel("transparency-regions", getTranslation("transparency.regions"));
        sectors = new ChartPanel("transparency-sectors", getTranslation("transparency.sectors"));
        firms = new ChartPanel("transparency-firms", getTranslation("transparency.firms"));
        // Public, aggregated figures that anyone may take: their downloads are not audited.
        openData = new OpenDataLinks(data, () -> Period.ALL, format -> { });
        add(new H1(getTranslation("transparency.title")), new Paragraph(getTranslation("transparency.intro")),
                new H2(getTranslation("transparency.key")), keyFigures, regions,
                new Paragraph(getTranslation("transparency.suppressed", OpenData.MIN_ORGANISATIONS)), sectors,
                firms, new Paragraph(getTranslation("transparency.firms.note")), openData);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        Charts.load(event.getUI());
        show();
    }

    void show() {
        Transparency t = data.transparency();
        List<String> figureHeaders = List.of(getTranslation("dashboard.key.figure"), getTranslation("dashboard.key.value"));
        keyFigures.show(figureHeaders, List.of(
                List.of(getTranslation("transparency.hoursDelivered"), t.hoursDelivered()),
                List.of(getTranslation("transparency.organisationsServed"), t.organisationsServed()),
                List.of(getTranslation("transparency.completions"), t.completions())), getLocale());
        showGroups(regions, t.byRegion(), "dashboard.region",
                k -> special(k) ? getTranslation("dashboard.group." + k) : getTranslation(Region.valueOf(k).translationKey()));
        showGroups(sectors, t.bySector(), "dashboard.sector",
                k -> special(k) ? getTranslation("dashboard.group." + k) : getTranslation(Sector.valueOf(k).translationKey()));
        List<List<Object>> rows = new ArrayList<>();
        for (Transparency.FirmFulfilment f : t.firms()) {
            rows.add(List.of(f.name(), f.owed(), f.confirmed(), new Share(f.share())));
        }
        firms.show("bar", t.firms().stream().map(Transparency.FirmFulfilment::name).toList(),
                List.of(new ChartPanel.Series(getTranslation("transparency.share"),
                        t.firms().stream().map(f -> Math.round(f.share() * 1000) / 10.0).toList())),
                List.of(getTranslation("dashboard.firm"), getTranslation("dashboard.owed"),
                        getTranslation("dashboard.confirmed"), getTranslation("transparency.share")), rows, getLocale());
    }

    private void showGroups(ChartPanel panel, List<Transparency.PublicGroup> groups, String header,
            Function<String, String> label) {
        List<Transparency.PublicGroup> shown = groups.stream().filter(g -> g.hours() != null).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Transparency.PublicGroup g : groups) {
            List<Object> row = new ArrayList<>();
            row.add(label.apply(g.key()));
            row.add(g.hours());
            rows.add(row);
        }
        panel.show("bar", shown.stream().map(g -> label.apply(g.key())).toList(),
                List.of(new ChartPanel.Series(getTranslation("dashboard.delivered"),
                        shown.stream().map(Transparency.PublicGroup::hours).toList())),
                List.of(getTranslation(header), getTranslation("dashboard.delivered")), rows, getLocale());
    }

    private static boolean special(String key) {
        return GroupFigures.UNKNOWN.equals(key) || GroupFigures.VOLUNTEERS.equals(key);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("transparency.title") + " · " + getTranslation("app.name");
    }
}
