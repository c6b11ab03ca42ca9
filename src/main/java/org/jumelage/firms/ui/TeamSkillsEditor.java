package org.jumelage.firms.ui;

import java.util.List;
import java.util.Locale;

import org.jumelage.firms.TeamSkill;
import org.jumelage.shared.domain.Skill;
import org.jumelage.shared.domain.SkillLevel;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/** The team's skill profile: a skill from the catalogue, its level and how many staff hold it. */
class TeamSkillsEditor extends RowsEditor<TeamSkill> {

    static final int MAX = 50;

    private final List<Skill> catalogue;

    TeamSkillsEditor(List<Skill> catalogue) {
        super("firm-team-skills", "firmui.teamSkills.label", "firmui.teamSkills.help", "firmui.teamSkills.add", MAX);
        this.catalogue = catalogue;
    }

    @Override
    SkillRow newRow() {
        return new SkillRow();
    }

    /** One skill of the team. */
    final class SkillRow extends Row<TeamSkill> {
        final ComboBox<Skill> skill = new ComboBox<>();
        final Select<SkillLevel> level = new Select<>();
        final IntegerField staff = new IntegerField();

        SkillRow() {
            super(TeamSkillsEditor.this.getTranslation("firmui.teamSkills.remove"));
            addClassName("team-skill-row");
            Locale locale = TeamSkillsEditor.this.getLocale();
            skill.setItems(catalogue);
            skill.setItemLabelGenerator(s -> s.label(locale));
            skill.setLabel(getTranslation("firmui.teamSkills.skill"));
            skill.setWidth("20rem");
            skill.addClassName("team-skill");
            level.setItems(SkillLevel.values());
            level.setItemLabelGenerator(l -> getTranslation(l.translationKey()));
            level.setLabel(getTranslation("firmui.teamSkills.level"));
            level.setValue(SkillLevel.WORKING);
            level.addClassName("team-skill-level");
            staff.setLabel(getTranslation("firmui.teamSkills.staff"));
            staff.setMin(1);
            staff.setMax(100_000);
            staff.setStepButtonsVisible(true);
            staff.addClassName("team-skill-staff");
            add(skill, level, staff, remove);
        }

        @Override
        boolean isEmpty() {
            return skill.getValue() == null && staff.getValue() == null;
        }

        @Override
        TeamSkill value() {
            return new TeamSkill(skill.getValue() == null ? null : skill.getValue().code(), level.getValue(),
                    staff.getValue() == null ? 0 : staff.getValue());
        }

        @Override
        void show(TeamSkill value) {
            catalogue.stream().filter(s -> s.code().equals(value.skillCode())).findFirst().ifPresent(skill::setValue);
            level.setValue(value.level());
            staff.setValue(value.staffCount());
        }

        @Override
        HasValidation field(String property) {
            return switch (property) {
                case "skillCode" -> skill;
                case "level" -> level;
                case "staffCount" -> staff;
                default -> null;
            };
        }

        @Override
        List<HasValidation> fields() {
            return List.of(skill, level, staff);
        }
    }
}
