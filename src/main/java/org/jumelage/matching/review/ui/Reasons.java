package org.jumelage.matching.review.ui;

import java.util.List;

import org.jumelage.matching.Reason;
import org.jumelage.matching.explain.ReasonTexts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** Reasons of a proposal or an open seat, rendered in the reader's language; penalties marked by a class. */
public final class Reasons {

    private Reasons() {
    }

    public static String text(Component in, ReasonTexts texts, Reason reason) {
        // The wording of a penalty says so itself ("Penalty: ..."); the list marks it with a class.
        UI ui = in.getUI().orElseGet(UI::getCurrent);
        return texts.text(reason, ui == null ? null : ui.getLocale());
    }

    public static UnorderedList list(Component in, ReasonTexts texts, List<Reason> reasons) {
        UnorderedList list = new UnorderedList();
        list.addClassName("match-reasons");
        for (Reason r : reasons) {
            ListItem item = new ListItem(text(in, texts, r));
            if (r.penalty()) {
                item.addClassName("match-reason-penalty");
            }
            list.add(item);
        }
        return list;
    }
}
