package org.jumelage.impact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.jumelage.impact.EvaluationKind;
import org.jumelage.impact.ImpactTestSupport;
import org.jumelage.impact.JobsEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

/** The evaluation form with hostile values: problems next to their fields, nothing escapes or is stored. */
class HostileEvaluationViewTest extends ImpactTestSupport {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void out_of_range_numbers_and_oversized_text_are_marked_and_nothing_is_recorded() {
        completedProject();
        String id = mineFor(osblMember, EvaluationKind.SURVEY).id();
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.jumelage.impact.ui"),
                context, UI::new));
        UI.getCurrent().setLocale(Locale.FRENCH);
        EvaluationFormView view = new EvaluationFormView(evaluations);
        UI.getCurrent().add(view);
        view.open(id);
        SurveyForm form = view.survey;
        form.objectives.setValue(4);
        form.hoursFreed.setValue(-1);
        form.hoursNowUsedFor.setValue("\u0000".repeat(3_000));
        form.jobsEffect.setValue(JobsEffect.NONE);
        form.beneficiaries.setValue(Integer.MIN_VALUE);
        form.satisfaction.setValue(5);
        form.comments.setValue("<script>alert(1)</script>".repeat(1_000));
        view.submitAnswers();
        assertThat(view.problem.isVisible()).isTrue();
        assertThat(form.hoursFreed.isInvalid()).isTrue();
        assertThat(form.beneficiaries.isInvalid()).isTrue();
        assertThat(form.hoursNowUsedFor.isInvalid()).isTrue();
        assertThat(form.comments.isInvalid()).isTrue();
        assertThat(evaluations.get(id).submitted()).isFalse();
    }
}
