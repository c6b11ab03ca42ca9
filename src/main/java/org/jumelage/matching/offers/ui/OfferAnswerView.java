package org.jumelage.matching.offers.ui;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import org.jumelage.matching.explain.ReasonTexts;
import org.jumelage.matching.offers.OfferService;
import org.jumelage.matching.review.MatchException;
import org.jumelage.matching.review.MatchView;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * Where an offer e-mail leads. The route needs a signed-in person, so a visitor signs in first and
 * comes back here; only an addressee of the offer sees it and answers.
 */
@Route("offers/answer")
@PermitAll
public class OfferAnswerView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final Div problem = new Div();
    final Div content = new Div();

    private final transient OfferService offers;
    private final transient ReasonTexts texts;
    private String token = "";

    public OfferAnswerView(OfferService offers, ReasonTexts texts) {
        this.offers = offers;
        this.texts = texts;
        addClassName("page");
        setId("offer-answer-view");
        problem.setId("offer-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);
        add(new H1(getTranslation("offers.answerTitle")), problem, content,
                new Anchor("offers", getTranslation("offers.all")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of("")).get(0));
    }

    void load(String token) {
        this.token = token;
        content.removeAll();
        problem.setVisible(false);
        Optional<MatchView> found;
        try {
            found = offers.byToken(token);
        } catch (MatchException e) {
            showProblem(e.messageKey());
            return;
        }
        if (found.isEmpty()) {
            showProblem("offers.invalid");
            return;
        }
        MatchView m = found.get();
        content.add(new OfferCard(offers, texts, m, offers.mySide(m.id()), () -> load(this.token)));
    }

    private void showProblem(String key) {
        problem.setText(getTranslation(key));
        problem.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offers.answerTitle") + " · " + getTranslation("app.name");
    }
}
