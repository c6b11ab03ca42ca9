package org.jumelage.impact.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.impact.EvaluationOutcomes;
import org.jumelage.impact.EvaluationSummary;
import org.jumelage.impact.Evaluations;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** The evaluations asked of the signed-in person (or their organisation or firm): to fill, then filled. */
@Route("evaluations")
@RolesAllowed({Role.OSBL, Role.FIRM, Role.VOLUNTEER_ROLE})
@Menu(title = "nav.evaluations", order = 16, icon = "vaadin:star-half-left-o")
public class MyEvaluationsView extends Main implements HasDynamicTitle {

    final Div pending = new Div();
    final Div done = new Div();
    final Paragraph noPending = new Paragraph();
    final Paragraph noneDone = new Paragraph();

    private final transient Evaluations evaluations;

    public MyEvaluationsView(Evaluations evaluations) {
        this.evaluations = evaluations;
        addClassName("page");
        setId("my-evaluations-view");
        pending.setId("evaluations-pending");
        pending.addClassName("cards");
        done.setId("evaluations-done");
        done.addClassName("cards");
        noPending.setId("evaluations-none-pending");
        noPending.setText(getTranslation("evaluations.nonePending"));
        noneDone.setText(getTranslation("evaluations.noneDone"));
        add(new H1(getTranslation("evaluations.title")), new Paragraph(getTranslation("evaluations.intro")),
                new H2(getTranslation("evaluations.pending")), noPending, pending,
                new H2(getTranslation("evaluations.done")), noneDone, done);
        refresh();
    }

    void refresh() {
        pending.removeAll();
        done.removeAll();
        List<EvaluationSummary> mine = evaluations.mine();
        mine.forEach(e -> (e.submitted() ? done : pending).add(card(e)));
        noPending.setVisible(pending.getComponentCount() == 0);
        noneDone.setVisible(done.getComponentCount() == 0);
    }

    private Div card(EvaluationSummary e) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("evaluation-card");
        card.getElement().setAttribute("data-id", e.id());
        H3 heading = new H3(e.projectTitle());
        Paragraph what = new Paragraph(getTranslation(e.kind().translationKey()) + " · "
                + (e.respondent().isProvider() ? getTranslation("evaluation.asProvider", e.respondentName())
                        : e.organisationName()));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        Paragraph when = new Paragraph(e.submitted()
                ? getTranslation("evaluation.submittedOn", format.format(e.submittedAt().atZone(EvaluationOutcomes.ZONE)))
                : getTranslation("evaluation.requestedOn", format.format(e.requestedAt().atZone(EvaluationOutcomes.ZONE))));
        RouterLink open = new RouterLink(getTranslation(e.submitted() ? "evaluations.see" : "evaluations.fill"),
                EvaluationFormView.class, new RouteParameters("id", e.id()));
        open.addClassName("evaluation-open");
        card.add(heading, what, when, open);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evaluations.title") + " · " + getTranslation("app.name");
    }
}
