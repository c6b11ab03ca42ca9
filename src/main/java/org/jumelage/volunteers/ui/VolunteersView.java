package org.jumelage.volunteers.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.domain.SkillLevel;
import org.jumelage.shared.skills.SkillCatalogue;
import org.jumelage.shared.validation.SaneDates;
import org.jumelage.volunteers.AvailabilityWindow;
import org.jumelage.volunteers.VolunteerFilter;
import org.jumelage.volunteers.VolunteerProfileDetails;
import org.jumelage.volunteers.VolunteerSearch;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** Coordinators find volunteers by skill, region, availability and words; the grid loads page by page. */
@Route("coordination/volunteers")
@RolesAllowed(Role.COORDINATOR_ROLE)
@Menu(title = "nav.coordination.volunteers", order = 33, icon = "vaadin:users")
public class VolunteersView extends Main implements HasDynamicTitle {

    final ComboBox<Skill> skillFilter = new ComboBox<>();
    final Select<SkillLevel> levelFilter = new Select<>();
    final ComboBox<Region> regionFilter = new ComboBox<>();
    final DatePicker availableOn = new DatePicker();
    final IntegerField minHours = new IntegerField();
    final TextField search = new TextField();
    final Grid<VolunteerProfileDetails> grid = new Grid<>();

    private final transient VolunteerSearch volunteers;
    private final transient SkillCatalogue skills;

    public VolunteersView(VolunteerSearch volunteers, SkillCatalogue skills) {
        this.volunteers = volunteers;
        this.skills = skills;
        addClassName("page");
        setId("volunteers-view");
        Locale locale = getLocale();

        skillFilter.setLabel(getTranslation("volunteers.filter.skill"));
        skillFilter.setId("skill-filter");
        skillFilter.setItems(skills.all());
        skillFilter.setItemLabelGenerator(s -> s.label(locale));
        skillFilter.setClearButtonVisible(true);
        skillFilter.addValueChangeListener(e -> refresh());
        levelFilter.setLabel(getTranslation("volunteers.filter.level"));
        levelFilter.setId("level-filter");
        levelFilter.setItems(SkillLevel.values());
        levelFilter.setEmptySelectionAllowed(true);
        levelFilter.setEmptySelectionCaption(getTranslation("volunteers.filter.anyLevel"));
        levelFilter.setItemLabelGenerator(l -> l == null ? getTranslation("volunteers.filter.anyLevel")
                : getTranslation(l.translationKey()));
        levelFilter.addValueChangeListener(e -> refresh());
        regionFilter.setLabel(getTranslation("volunteers.filter.region"));
        regionFilter.setId("region-filter");
        regionFilter.setItems(Stream.of(Region.values()).sorted(Comparator.comparing(Region::code)).toList());
        regionFilter.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        regionFilter.setClearButtonVisible(true);
        regionFilter.addValueChangeListener(e -> refresh());
        availableOn.setLabel(getTranslation("volunteers.filter.availableOn"));
        availableOn.setId("available-filter");
        availableOn.setLocale(locale);
        availableOn.setClearButtonVisible(true);
        availableOn.setMin(SaneDates.EARLIEST);
        availableOn.setMax(SaneDates.LATEST);
        availableOn.addValueChangeListener(e -> refresh());
        minHours.setLabel(getTranslation("volunteers.filter.hours"));
        minHours.setId("hours-filter");
        minHours.setMin(AvailabilityWindow.MIN_HOURS);
        minHours.setMax(AvailabilityWindow.MAX_HOURS);
        minHours.setClearButtonVisible(true);
        minHours.addValueChangeListener(e -> refresh());
        search.setLabel(getTranslation("volunteers.filter.text"));
        search.setId("volunteer-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(skillFilter, levelFilter, regionFilter, availableOn, minHours,
                search);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("volunteers-grid");
        grid.addColumn(VolunteerProfileDetails::displayName).setHeader(getTranslation("volunteers.column.name"))
                .setAutoWidth(true);
        grid.addColumn(VolunteerProfileDetails::email).setHeader(getTranslation("volunteers.column.email"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.institution() == null ? "" : v.institution())
                .setHeader(getTranslation("volunteers.column.institution")).setFlexGrow(1);
        grid.addColumn(v -> v.level() == null ? "" : getTranslation(v.level().translationKey()))
                .setHeader(getTranslation("volunteers.column.level")).setAutoWidth(true);
        grid.addColumn(v -> v.region() == null ? "" : getTranslation(v.region().translationKey()))
                .setHeader(getTranslation("volunteers.column.region")).setAutoWidth(true);
        grid.addColumn(this::skillsText).setHeader(getTranslation("volunteers.column.skills")).setFlexGrow(2);
        grid.addColumn(this::windowsText).setHeader(getTranslation("volunteers.column.availability"))
                .setFlexGrow(1);
        grid.addColumn(v -> getTranslation(v.consentToShare() ? "volunteers.consent.yes" : "volunteers.consent.no"))
                .setHeader(getTranslation("volunteers.column.consent")).setAutoWidth(true);
        grid.setItems(query -> volunteers.search(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) volunteers.count(filter()));
        grid.setHeight("32rem");

        add(new H1(getTranslation("volunteers.title")), filters, grid);
    }

    VolunteerFilter filter() {
        Skill skill = skillFilter.getValue();
        return new VolunteerFilter(skill == null ? null : skill.code(), levelFilter.getValue(),
                regionFilter.getValue(), saneOrNull(availableOn.getValue()), minHours.getValue(), search.getValue());
    }

    /** A day outside the range the picker marks invalid filters nothing rather than failing the search. */
    private static java.time.LocalDate saneOrNull(java.time.LocalDate day) {
        return SaneDates.isSane(day) ? day : null;
    }

    private String skillsText(VolunteerProfileDetails volunteer) {
        Locale locale = getLocale();
        return volunteer.skills().stream()
                .map(s -> skills.label(s.skillCode(), locale) + " (" + getTranslation(s.level().translationKey()) + ")")
                .collect(Collectors.joining(", "));
    }

    private String windowsText(VolunteerProfileDetails volunteer) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        List<String> parts = volunteer.windows().stream().map(w -> getTranslation("volunteers.window",
                format.format(w.from()), format.format(w.to()), w.hoursPerWeek())).toList();
        return String.join(" ; ", parts);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteers.title") + " · " + getTranslation("app.name");
    }
}
