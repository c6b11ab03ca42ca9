package org.jumelage.shared.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * One registration (an organisation, a firm) as a coordinator reviews it: its facts, its members,
 * and the verify and reject actions with the reason of a rejection. Service-free: a
 * {@link ReviewQueueView} wires the buttons. User texts go through text components only, so they
 * stay escaped.
 *
 * <p>A feature gives its words (translation keys {@code <keyPrefix>.fact}, {@code .noMembers},
 * {@code .reason}, {@code .reason.help}, {@code .verify}, {@code .reject}) and its element ids
 * ({@code <idPrefix>-dialog}, {@code -reason}, {@code -verify}, {@code -reject}), then adds its
 * facts, its members and the decision, in that order.
 */
public abstract class ReviewDialogBase extends Dialog {

    public final TextArea reason = new TextArea();
    public final Button verify = new Button();
    public final Button reject = new Button();
    public final Button close = new Button();

    private final String keyPrefix;
    private final String idPrefix;

    protected ReviewDialogBase(String keyPrefix, String idPrefix, String title) {
        this.keyPrefix = keyPrefix;
        this.idPrefix = idPrefix;
        setId(idPrefix + "-dialog");
        setHeaderTitle(title);
        setWidth("min(44rem, 95vw)");
    }

    /** A box for the facts, filled with {@link #fact}. */
    protected Div facts() {
        Div facts = new Div();
        facts.addClassName("review-facts");
        return facts;
    }

    /** One labelled fact; an empty value is left out. */
    protected void fact(Div facts, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Paragraph line = new Paragraph();
        Span label = new Span(factLabel(labelKey));
        label.addClassName("fact-label");
        line.add(label, new Span(value));
        facts.add(line);
    }

    /** The label of a fact ("Name: "), for a fact that shows more than text. */
    protected String factLabel(String labelKey) {
        return getTranslation(keyPrefix + ".fact", getTranslation(labelKey));
    }

    /** The facts, then the members, one line each ("name · e-mail"), under their heading. */
    protected void addFactsAndMembers(Div facts, String membersHeadingKey, List<String> memberLines) {
        add(facts, new H3(getTranslation(membersHeadingKey)));
        if (memberLines.isEmpty()) {
            add(new Paragraph(getTranslation(keyPrefix + ".noMembers")));
        }
        memberLines.forEach(line -> add(new Paragraph(line)));
    }

    /** The reason field and the buttons; a decision already taken is not offered again. */
    protected void addDecision(int maxReasonLength, boolean verified, boolean rejected) {
        reason.setLabel(getTranslation(keyPrefix + ".reason"));
        reason.setId(idPrefix + "-reason");
        reason.setHelperText(getTranslation(keyPrefix + ".reason.help"));
        reason.setMaxLength(maxReasonLength);
        reason.setWidthFull();
        add(reason);

        verify.setText(getTranslation(keyPrefix + ".verify"));
        verify.setId(idPrefix + "-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.setText(getTranslation(keyPrefix + ".reject"));
        reject.setId(idPrefix + "-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.setText(getTranslation("common.cancel"));
        close.addClickListener(e -> close());
        verify.setVisible(!verified);
        reject.setVisible(!rejected);
        getFooter().add(close, reject, verify);
    }

    public void showReasonError(String messageKey) {
        reason.setErrorMessage(getTranslation(messageKey));
        reason.setInvalid(true);
    }
}
