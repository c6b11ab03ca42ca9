package org.jumelage.matching.offers.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import org.jumelage.matching.explain.ReasonTexts;
import org.jumelage.matching.offers.OfferService;
import org.jumelage.matching.review.Answer;
import org.jumelage.matching.review.Match.Side;
import org.jumelage.matching.review.MatchException;
import org.jumelage.matching.review.MatchStatus;
import org.jumelage.matching.review.MatchView;
import org.jumelage.matching.review.ui.Reasons;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** One offer: what it is, why it was proposed, both sides' answers, and the signed-in side's buttons. */
class OfferCard extends Div {

    private static final ZoneId ZONE = ZoneId.of("America/Montreal");

    final Div problem = new Div();
    private final transient OfferService offers;
    private final transient Runnable changed;

    OfferCard(OfferService offers, ReasonTexts texts, MatchView m, Optional<Side> mySide, Runnable changed) {
        this.offers = offers;
        this.changed = changed;
        addClassName("offer-card");
        setId("offer-" + m.id());
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);
        add(new H2(getTranslation("offers.heading", m.projectTitle(), m.seatTitle())));
        add(new Paragraph(getTranslation("matching.review.details", m.organisationName(), m.providerName(), m.hours())));
        Paragraph status = new Paragraph(getTranslation("matchStatus." + m.status().name()));
        status.addClassName("offer-status");
        add(status);
        if (m.status() == MatchStatus.OFFERED && m.expiresAt() != null) {
            add(new Paragraph(getTranslation("offers.expires", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(getLocale()).format(m.expiresAt().atZone(ZONE)))));
        }
        add(Reasons.list(this, texts, m.reasons()));
        add(new Paragraph(getTranslation("offers.providerAnswer", answer(m.providerAnswer()))),
                new Paragraph(getTranslation("offers.osblAnswer", answer(m.osblAnswer()))));
        if (m.contact() != null) {
            Paragraph contact = new Paragraph(getTranslation("offers.contact", m.contact().name(), m.contact().email()));
            contact.addClassName("offer-contact");
            add(contact);
        }
        add(problem);
        boolean canAnswer = m.status() == MatchStatus.OFFERED && mySide.isPresent()
                && (mySide.get() == Side.PROVIDER ? m.providerAnswer() : m.osblAnswer()) == null;
        if (canAnswer) {
            Button accept = new Button(getTranslation("offers.accept"), e -> act(() -> offers.accept(m.id())));
            accept.addClassName("offer-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.getElement().setAttribute("aria-label",
                    getTranslation("offers.acceptLabel", m.projectTitle(), m.seatTitle()));
            Button decline = new Button(getTranslation("offers.decline"), e -> openDecline(m));
            decline.addClassName("offer-decline");
            decline.getElement().setAttribute("aria-label",
                    getTranslation("offers.declineLabel", m.projectTitle(), m.seatTitle()));
            add(new HorizontalLayout(accept, decline));
        }
    }

    private String answer(Answer a) {
        if (a == null) {
            return getTranslation("offers.answer.none");
        }
        return a.accepted() ? getTranslation("offers.answer.accepted")
                : getTranslation("offers.answer.declined", a.reason());
    }

    private void act(Runnable action) {
        try {
            action.run();
            changed.run();
        } catch (MatchException e) {
            problem.setText(getTranslation(e.messageKey()));
            problem.setVisible(true);
        }
    }

    private void openDecline(MatchView m) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("offers.declineTitle"));
        TextArea reason = new TextArea(getTranslation("offers.declineReason"));
        reason.setId("offer-decline-reason");
        reason.setMaxLength(OfferService.MAX_REASON);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("offers.decline"), e -> {
            try {
                offers.decline(m.id(), reason.getValue());
                dialog.close();
                changed.run();
            } catch (MatchException ex) {
                reason.setErrorMessage(getTranslation(ex.messageKey()));
                reason.setInvalid(true);
            }
        });
        confirm.setId("offer-decline-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
