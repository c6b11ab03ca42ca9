package org.jumelage.matching.review;

import java.util.Locale;
import java.util.function.Supplier;

import org.jumelage.matching.explain.ReasonTexts;
import org.jumelage.shared.i18n.Languages;
import org.jumelage.support.Karibu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** The matching world of {@link MatchingFlowSupport}, in French, with a Karibu UI to drive views in. */
public abstract class MatchingViewsSupport extends MatchingFlowSupport {

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected ReasonTexts texts;

    @BeforeEach
    void startWorldAndUi() {
        setUpWorld(Locale.FRENCH);
        Karibu.start(context, Languages.FRENCH);
    }

    @AfterEach
    void stopUi() {
        Karibu.stop();
    }

    /** The view, as the person sees it: made once they are signed in, attached to the current UI. */
    protected <V extends Component> V shownTo(Person person, Supplier<V> newView) {
        signIn(person);
        V view = newView.get();
        UI.getCurrent().add(view);
        return view;
    }
}
