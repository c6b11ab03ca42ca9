package org.jumelage.matching.review.ui;

import java.util.List;

import org.jumelage.matching.Reason;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** Reasons of a proposal or an open seat, rendered in the reader's language; penalties marked as such. */
public final class Reasons {

    private Reasons() {
    }

    public static String text(Component in, Reason reason) {
        String text = in.getTranslation(reason.key(), reason.args().toArray());
        return reason.penalty() ? in.getTranslation("matching.review.penalty", text) : text;
    }

    public static UnorderedList list(Component in, List<Reason> reasons) {
        UnorderedList list = new UnorderedList();
        list.addClassName("match-reasons");
        for (Reason r : reasons) {
            ListItem item = new ListItem(text(in, r));
            if (r.penalty()) {
                item.addClassName("match-reason-penalty");
            }
            list.add(item);
        }
        return list;
    }
}
