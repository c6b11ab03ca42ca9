package org.jumelage.organisations.ui;

import java.util.List;
import java.util.stream.Stream;

import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationMember;
import org.jumelage.organisations.OrganisationReview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * One organisation as a coordinator reviews it, with the verify and reject actions. Service-free:
 * the view wires the buttons. User texts go through text components only, so they stay escaped.
 */
class ReviewDialog extends Dialog {

    final OrganisationDetails organisation;
    final TextArea reason = new TextArea();
    final Button verify = new Button();
    final Button reject = new Button();
    final Button close = new Button();

    ReviewDialog(OrganisationDetails organisation, List<OrganisationMember> members) {
        this.organisation = organisation;
        setId("review-dialog");
        setHeaderTitle(organisation.legalName());
        setWidth("min(44rem, 95vw)");

        Div facts = new Div();
        facts.addClassName("review-facts");
        fact(facts, "organisation.field.neq", organisation.formattedNeq());
        fact(facts, "organisation.review.column.status", getTranslation("verificationStatus." + organisation.status().name()));
        fact(facts, "organisation.field.sector", Labels.sector(this, organisation.sector()));
        fact(facts, "organisation.field.region", Labels.region(this, organisation.region()));
        fact(facts, "organisation.field.address", String.join(", ",
                Stream.of(organisation.street(), organisation.city(), organisation.postalCode())
                        .filter(s -> s != null && !s.isBlank()).toList()));
        fact(facts, "organisation.field.employees", getTranslation(organisation.employees().translationKey()));
        fact(facts, "organisation.field.volunteers", getTranslation(organisation.volunteers().translationKey()));
        fact(facts, "organisation.field.budget", getTranslation(organisation.budget().translationKey()));
        fact(facts, "organisation.field.description", organisation.description());
        if (organisation.website() != null) {
            // The address was checked to be http or https when it was saved.
            Paragraph site = new Paragraph(getTranslation("organisation.review.fact", getTranslation("organisation.field.website")));
            site.add(new Anchor(organisation.website(), organisation.website(), AnchorTarget.BLANK));
            facts.add(site);
        }
        if (organisation.rejectionReason() != null) {
            fact(facts, "organisation.review.lastReason", organisation.rejectionReason());
        }
        add(facts, new H3(getTranslation("organisation.members.title")));
        if (members.isEmpty()) {
            add(new Paragraph(getTranslation("organisation.review.noMembers")));
        }
        for (OrganisationMember member : members) {
            add(new Paragraph(member.displayName() + " · " + member.email()));
        }

        reason.setLabel(getTranslation("organisation.review.reason"));
        reason.setId("review-reason");
        reason.setHelperText(getTranslation("organisation.review.reason.help"));
        reason.setMaxLength(OrganisationReview.MAX_REASON_LENGTH);
        reason.setWidthFull();
        add(reason);

        verify.setText(getTranslation("organisation.review.verify"));
        verify.setId("review-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.setText(getTranslation("organisation.review.reject"));
        reject.setId("review-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.setText(getTranslation("common.cancel"));
        close.addClickListener(e -> close());
        switch (organisation.status()) {
            case VERIFIED -> verify.setVisible(false);
            case REJECTED -> reject.setVisible(false);
            case PENDING -> { }
        }
        getFooter().add(close, reject, verify);
    }

    private void fact(Div facts, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Paragraph line = new Paragraph();
        Span label = new Span(getTranslation("organisation.review.fact", getTranslation(labelKey)));
        label.addClassName("fact-label");
        line.add(label, new Span(value));
        facts.add(line);
    }

    void showReasonError(String messageKey) {
        reason.setErrorMessage(getTranslation(messageKey));
        reason.setInvalid(true);
    }
}
