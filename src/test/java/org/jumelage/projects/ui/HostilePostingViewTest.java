package org.jumelage.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.jumelage.accounts.Role;
import org.jumelage.organisations.OrganisationsTestSupport;
import org.jumelage.projects.ProjectService;
import org.jumelage.shared.skills.SkillCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

/** The project posting form with hostile values: problems are shown next to their fields, nothing escapes. */
class HostilePostingViewTest extends OrganisationsTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProjectService projects;
    @Autowired
    SkillCatalogue skills;

    ProjectEditorView view;

    @BeforeEach
    void memberOpensTheForm() {
        Person member = person(Role.OSBL_MEMBER, Locale.FRENCH, "Karibu Hostile");
        registered(member, "Organisme hostile " + UUID.randomUUID());
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), context, UI::new));
        UI.getCurrent().setLocale(Locale.FRENCH);
        view = new ProjectEditorView(projects, skills);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void a_title_of_a_million_characters_is_refused_next_to_the_field_and_creates_nothing() {
        view.title.setValue("\u0000<script>".repeat(100_000));
        assertThat(view.autosave()).isFalse();
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.title.getErrorMessage()).isEqualTo("Le titre doit compter de 5 à 120 caractères.");
        assertThat(projects.mine(null)).isEmpty();
    }

    @Test
    void hostile_answers_in_the_ethics_step_are_refused_or_kept_as_typed() {
        view.title.setValue("Projet \u202Eavec du texte hostile 😀");
        view.summary.setValue("<img src=x onerror=alert(1)> {\"$gt\": \"\"}");
        assertThat(view.autosave()).isTrue();
        view.automatedTasks.setValue("x".repeat(50_000));
        view.humanOversight.setValue("e\u0301\u0000\u202E$where");
        assertThat(view.autosave()).isFalse();
        assertThat(view.automatedTasks.isInvalid()).isTrue();
        assertThat(view.automatedTasks.getErrorMessage()).isNotBlank();
        view.automatedTasks.setValue("Compilation <b>manuelle</b>");
        assertThat(view.autosave()).isTrue();
        var saved = projects.get(view.projectId()).content();
        assertThat(saved.summary()).isEqualTo("<img src=x onerror=alert(1)> {\"$gt\": \"\"}");
        assertThat(saved.ethics().humanOversight()).isEqualTo("e\u0301\u0000\u202E$where");
    }
}
