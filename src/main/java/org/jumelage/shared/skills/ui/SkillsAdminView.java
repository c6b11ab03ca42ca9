package org.jumelage.shared.skills.ui;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.domain.SkillFamily;
import org.jumelage.shared.skills.SkillAdministration;
import org.jumelage.shared.skills.SkillCode;
import org.jumelage.shared.skills.SkillException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * Coordinators browse the whole skill catalogue, add skills the packaged list lacks and improve the
 * labels of those they added. Packaged skills and every code are read-only.
 */
@Route("admin/skills")
@RolesAllowed({"COORDINATOR", "ADMIN"})
@Menu(title = "nav.admin.skills", order = 82, icon = "vaadin:tags")
public class SkillsAdminView extends Main implements HasDynamicTitle {

    final TextField filter = new TextField();
    final ComboBox<SkillFamily> familyFilter = new ComboBox<>();
    final Grid<Skill> grid = new Grid<>();

    final TextField code = new TextField();
    final ComboBox<SkillFamily> family = new ComboBox<>();
    final TextField labelFr = new TextField();
    final TextField labelEn = new TextField();
    final Button submit = new Button();

    final Dialog editor = new Dialog();
    final TextField editLabelFr = new TextField();
    final TextField editLabelEn = new TextField();
    final Button editSave = new Button();

    private final transient SkillAdministration administration;
    private transient Skill editing;

    public SkillsAdminView(SkillAdministration administration) {
        this.administration = administration;
        addClassName("page");
        setId("skills-admin-view");

        add(new H1(getTranslation("skills.title")), new Paragraph(getTranslation("skills.intro")),
                filters(), grid(), addForm());
        buildEditor();
        // The service decides what is valid; fields show its verdict and never judge on their own.
        for (HasValidation field : new HasValidation[] {code, family, labelFr, labelEn, editLabelFr, editLabelEn}) {
            field.setManualValidation(true);
        }
        refresh();
    }

    private HorizontalLayout filters() {
        filter.setLabel(getTranslation("skills.filter.text"));
        filter.setId("skill-filter");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());

        familyFilter.setLabel(getTranslation("skills.filter.family"));
        familyFilter.setId("skill-family-filter");
        familyFilter.setPlaceholder(getTranslation("skills.filter.allFamilies"));
        familyFilter.setItems(SkillFamily.values());
        familyFilter.setItemLabelGenerator(f -> getTranslation(f.translationKey()));
        familyFilter.setClearButtonVisible(true);
        familyFilter.addValueChangeListener(e -> refresh());

        HorizontalLayout row = new HorizontalLayout(filter, familyFilter);
        row.setWrap(true);
        return row;
    }

    private Grid<Skill> grid() {
        grid.setId("skills-grid");
        grid.addColumn(Skill::code).setHeader(getTranslation("skills.column.code")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.family().translationKey()))
                .setHeader(getTranslation("skills.column.family")).setAutoWidth(true);
        grid.addColumn(Skill::labelFr).setHeader(getTranslation("skills.column.labelFr")).setFlexGrow(1);
        grid.addColumn(Skill::labelEn).setHeader(getTranslation("skills.column.labelEn")).setFlexGrow(1);
        grid.addColumn(s -> getTranslation(s.custom() ? "skills.origin.custom" : "skills.origin.packaged"))
                .setHeader(getTranslation("skills.column.origin")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("skills.column.actions")).setAutoWidth(true);
        grid.setHeight("32rem");
        return grid;
    }

    private Section addForm() {
        code.setLabel(getTranslation("skills.field.code"));
        code.setId("skill-code");
        code.setHelperText(getTranslation("skills.field.code.help"));
        code.setMaxLength(SkillCode.MAX_LENGTH);
        code.setRequiredIndicatorVisible(true);
        family.setLabel(getTranslation("skills.field.family"));
        family.setId("skill-family");
        family.setItems(SkillFamily.values());
        family.setItemLabelGenerator(f -> getTranslation(f.translationKey()));
        family.setRequiredIndicatorVisible(true);
        labelFr.setLabel(getTranslation("skills.field.labelFr"));
        labelFr.setId("skill-label-fr");
        labelFr.setRequiredIndicatorVisible(true);
        labelEn.setLabel(getTranslation("skills.field.labelEn"));
        labelEn.setId("skill-label-en");
        labelEn.setRequiredIndicatorVisible(true);
        submit.setText(getTranslation("skills.add.submit"));
        submit.setId("skill-add");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> addSkill());

        FormLayout form = new FormLayout(code, family, labelFr, labelEn);
        Section section = new Section(new H2(getTranslation("skills.add.title")), form, submit);
        section.setId("skill-add-form");
        return section;
    }

    private void buildEditor() {
        editLabelFr.setLabel(getTranslation("skills.field.labelFr"));
        editLabelFr.setId("skill-edit-label-fr");
        editLabelFr.setRequiredIndicatorVisible(true);
        editLabelEn.setLabel(getTranslation("skills.field.labelEn"));
        editLabelEn.setId("skill-edit-label-en");
        editLabelEn.setRequiredIndicatorVisible(true);
        editSave.setText(getTranslation("common.save"));
        editSave.setId("skill-edit-save");
        editSave.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editSave.addClickListener(e -> saveLabels());
        Button cancel = new Button(getTranslation("common.cancel"), e -> editor.close());
        editor.add(new FormLayout(editLabelFr, editLabelEn));
        editor.getFooter().add(cancel, editSave);
    }

    private HorizontalLayout actions(Skill skill) {
        HorizontalLayout actions = new HorizontalLayout();
        if (skill.custom()) {
            Button edit = new Button(getTranslation("skills.edit"), e -> edit(skill));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(edit);
        }
        return actions;
    }

    void addSkill() {
        clearErrors(code, family, labelFr, labelEn);
        try {
            Skill added = administration.addCustomSkill(code.getValue(), family.getValue(), labelFr.getValue(),
                    labelEn.getValue());
            code.clear();
            family.clear();
            labelFr.clear();
            labelEn.clear();
            clearErrors(code, family, labelFr, labelEn);
            // Show the new skill whatever the filters were.
            familyFilter.clear();
            filter.setValue(added.code());
            refresh();
            notify("skills.added", NotificationVariant.LUMO_SUCCESS);
        } catch (SkillException e) {
            showErrors(e, Map.of(SkillAdministration.FIELD_CODE, code, SkillAdministration.FIELD_FAMILY, family,
                    SkillAdministration.FIELD_LABEL_FR, labelFr, SkillAdministration.FIELD_LABEL_EN, labelEn));
        }
    }

    void edit(Skill skill) {
        editing = skill;
        clearErrors(editLabelFr, editLabelEn);
        editor.setHeaderTitle(getTranslation("skills.edit.title", skill.code()));
        editLabelFr.setValue(skill.labelFr());
        editLabelEn.setValue(skill.labelEn());
        editor.open();
    }

    void saveLabels() {
        clearErrors(editLabelFr, editLabelEn);
        try {
            administration.relabelCustomSkill(editing.code(), editLabelFr.getValue(), editLabelEn.getValue());
            editor.close();
            refresh();
            notify("skills.saved", NotificationVariant.LUMO_SUCCESS);
        } catch (SkillException e) {
            showErrors(e, Map.of(SkillAdministration.FIELD_LABEL_FR, editLabelFr,
                    SkillAdministration.FIELD_LABEL_EN, editLabelEn));
        }
    }

    private void showErrors(SkillException e, Map<String, HasValidation> fields) {
        if (e.fieldMessageKeys().isEmpty()) {
            notify(e.messageKey(), NotificationVariant.LUMO_ERROR);
            return;
        }
        e.fieldMessageKeys().forEach((name, key) -> {
            HasValidation field = fields.get(name);
            if (field == null) {
                notify(key, NotificationVariant.LUMO_ERROR);
            } else {
                field.setErrorMessage(getTranslation(key));
                field.setInvalid(true);
            }
        });
    }

    private static void clearErrors(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private void refresh() {
        grid.setItems(administration.search(filter.getValue(), familyFilter.getValue()));
    }

    private void notify(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 4000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("skills.title") + " · " + getTranslation("app.name");
    }
}
