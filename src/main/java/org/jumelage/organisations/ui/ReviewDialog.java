package org.jumelage.organisations.ui;

import java.util.List;
import java.util.stream.Stream;

import org.jumelage.organisations.OrganisationDetails;
import org.jumelage.organisations.OrganisationMember;
import org.jumelage.organisations.OrganisationReview;
import org.jumelage.organisations.VerificationStatus;
import org.jumelage.shared.ui.ReviewDialogBase;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** One organisation as a coordinator reviews it, with the verify and reject actions. */
class ReviewDialog extends ReviewDialogBase {

    final OrganisationDetails organisation;

    ReviewDialog(OrganisationDetails organisation, List<OrganisationMember> members) {
        super("organisation.review", "review", organisation.legalName());
        this.organisation = organisation;

        Div facts = facts();
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
            Paragraph site = new Paragraph(factLabel("organisation.field.website"));
            site.add(new Anchor(organisation.website(), organisation.website(), AnchorTarget.BLANK));
            facts.add(site);
        }
        if (organisation.rejectionReason() != null) {
            fact(facts, "organisation.review.lastReason", organisation.rejectionReason());
        }
        addFactsAndMembers(facts, "organisation.members.title",
                members.stream().map(member -> member.displayName() + " · " + member.email()).toList());
        addDecision(OrganisationReview.MAX_REASON_LENGTH, organisation.status() == VerificationStatus.VERIFIED,
                organisation.status() == VerificationStatus.REJECTED);
    }
}
