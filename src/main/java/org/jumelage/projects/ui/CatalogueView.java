package org.jumelage.projects.ui;

import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jumelage.projects.CatalogueEntry;
import org.jumelage.projects.CatalogueQuery;
import org.jumelage.projects.CatalogueSort;
import org.jumelage.projects.ProjectService;
import org.jumelage.projects.ProviderKind;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;
import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.skills.SkillCatalogue;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public catalogue of open projects, for anyone: keyword search (accents and case ignored),
 * filters, sorting and lazy paging. It shows no contact details.
 */
@Route("catalogue")
@AnonymousAllowed
@Menu(title = "nav.catalogue", order = 5, icon = "vaadin:search")
public class CatalogueView extends Main implements HasDynamicTitle {

    /**
     * One row of the grid, drawn in the browser from five texts (Lit escapes them): no server-side
     * components per row, so a visitor's session holds only the texts of the rows in view.
     */
    static final String CARD = "<div class=\"catalogue-entry\">"
            + "<span class=\"catalogue-title\">${item.title}</span>"
            + "<p class=\"catalogue-owner\">${item.owner}</p>"
            + "<p>${item.summary}</p>"
            + "<p class=\"catalogue-skills\">${item.skills}</p>"
            + "<p class=\"catalogue-facts\">${item.facts}</p>"
            + "</div>";

    final TextField keywords = new TextField();
    final Select<Region> region = new Select<>();
    final Select<Sector> sector = new Select<>();
    final ComboBox<Skill> skill = new ComboBox<>();
    final Select<ProviderKind> providerKind = new Select<>();
    final Checkbox remoteOnly = new Checkbox();
    final Select<CatalogueSort> sort = new Select<>();
    final Grid<CatalogueEntry> grid = new Grid<>();
    final Span count = new Span();

    private final transient ProjectService projects;
    private final transient SkillCatalogue skills;
    private long lastCount;

    public CatalogueView(ProjectService projects, SkillCatalogue skills) {
        this.projects = projects;
        this.skills = skills;
        addClassName("page");
        setId("catalogue");
        Locale locale = getLocale();

        keywords.setLabel(getTranslation("catalogue.keywords"));
        keywords.setPlaceholder(getTranslation("catalogue.keywords.placeholder"));
        keywords.setPrefixComponent(VaadinIcon.SEARCH.create());
        keywords.setClearButtonVisible(true);
        keywords.setValueChangeMode(ValueChangeMode.LAZY);
        keywords.setId("catalogue-keywords");
        region.setLabel(getTranslation("catalogue.region"));
        region.setItems(Region.values());
        region.setItemLabelGenerator(r -> r == null ? getTranslation("catalogue.any") : getTranslation(r.translationKey()));
        region.setEmptySelectionAllowed(true);
        region.setEmptySelectionCaption(getTranslation("catalogue.any"));
        region.setId("catalogue-region");
        sector.setLabel(getTranslation("catalogue.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> s == null ? getTranslation("catalogue.any") : getTranslation(s.translationKey()));
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("catalogue.any"));
        sector.setId("catalogue-sector");
        skill.setLabel(getTranslation("catalogue.skill"));
        skill.setItems(skills.all().stream().sorted(Comparator.comparing(s -> s.label(locale))).toList());
        skill.setItemLabelGenerator(s -> s.label(locale));
        skill.setClearButtonVisible(true);
        skill.setId("catalogue-skill");
        providerKind.setLabel(getTranslation("catalogue.providerKind"));
        providerKind.setItems(ProviderKind.FIRM, ProviderKind.VOLUNTEER);
        providerKind.setItemLabelGenerator(k -> k == null ? getTranslation("catalogue.any")
                : getTranslation("catalogue.providerKind." + k.name()));
        providerKind.setEmptySelectionAllowed(true);
        providerKind.setEmptySelectionCaption(getTranslation("catalogue.any"));
        providerKind.setId("catalogue-provider");
        remoteOnly.setLabel(getTranslation("catalogue.remoteOnly"));
        remoteOnly.setId("catalogue-remote");
        sort.setLabel(getTranslation("catalogue.sort"));
        sort.setItems(CatalogueSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("catalogue.sort." + s.name()));
        sort.setValue(CatalogueSort.NEWEST);
        sort.setId("catalogue-sort");

        grid.setId("catalogue-grid");
        grid.addColumn(LitRenderer.<CatalogueEntry>of(CARD)
                .withProperty("title", CatalogueEntry::title)
                .withProperty("owner", this::owner)
                .withProperty("summary", CatalogueEntry::summary)
                .withProperty("skills", this::skillList)
                .withProperty("facts", this::facts))
                .setHeader(getTranslation("catalogue.projects"));
        // The count is computed once per refresh and shared by the grid and the label: on the embedded
        // store a count costs as much as a page.
        grid.setItems(query -> projects.catalogue(query(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) lastCount);
        grid.setHeight("40rem");
        count.setId("catalogue-count");

        keywords.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        sector.addValueChangeListener(e -> refresh());
        skill.addValueChangeListener(e -> refresh());
        providerKind.addValueChangeListener(e -> refresh());
        remoteOnly.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());

        FlexLayout filters = new FlexLayout(keywords, region, sector, skill, providerKind, sort, remoteOnly);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("catalogue-filters");
        add(new H1(getTranslation("catalogue.heading")), new Paragraph(getTranslation("catalogue.intro")), filters,
                count, grid);
        refresh();
    }

    CatalogueQuery query() {
        return new CatalogueQuery(keywords.getValue(), region.getValue(), sector.getValue(),
                skill.getValue() == null ? null : skill.getValue().code(), providerKind.getValue(),
                remoteOnly.getValue(), sort.getValue());
    }

    void refresh() {
        lastCount = projects.countCatalogue(query());
        count.setText(getTranslation("catalogue.count", lastCount));
        grid.getDataProvider().refreshAll();
    }

    String owner(CatalogueEntry entry) {
        return getTranslation("catalogue.entry.owner", entry.organisationName(),
                entry.region() == null ? "" : getTranslation(entry.region().translationKey()),
                entry.sector() == null ? "" : getTranslation(entry.sector().translationKey()));
    }

    String skillList(CatalogueEntry entry) {
        return entry.skillCodes().stream().map(code -> skills.label(code, getLocale())).collect(Collectors.joining(", "));
    }

    String facts(CatalogueEntry entry) {
        String kinds = entry.providerKinds().stream().map(k -> getTranslation(k.translationKey()))
                .collect(Collectors.joining(", "));
        return getTranslation("catalogue.entry.facts", entry.totalHours(), kinds,
                entry.anyRemote() ? getTranslation("catalogue.entry.remote") : getTranslation("catalogue.entry.onSite"),
                entry.deadline() == null ? "—" : entry.deadline().toString());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.heading") + " · " + getTranslation("app.name");
    }
}
