package org.jumelage.firms.ui;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmMember;
import org.jumelage.firms.FirmProfile;
import org.jumelage.firms.FirmReview;
import org.jumelage.firms.FirmStatus;
import org.jumelage.shared.domain.Neq;
import org.jumelage.shared.ui.ReviewDialogBase;

import com.vaadin.flow.component.html.Div;

/** One firm as a coordinator reviews it, with the verify and reject actions. */
class FirmReviewDialog extends ReviewDialogBase {

    final FirmDetails firm;

    FirmReviewDialog(FirmDetails firm, List<FirmMember> members) {
        super("firmreview", "firm-review", firm.profile().name());
        this.firm = firm;
        FirmProfile profile = firm.profile();

        Div facts = facts();
        fact(facts, "firmui.field.neq", formattedNeq(firm.neq()));
        fact(facts, "firmreview.column.status", getTranslation("firmreview.status." + firm.status().name()));
        fact(facts, "firmui.field.size", profile.size() == null ? "" : getTranslation("firmui.size." + profile.size().name()));
        fact(facts, "firmui.field.regions", profile.regions().stream()
                .map(r -> FirmForm.label(this, r.translationKey(), r.name())).sorted().collect(Collectors.joining(", ")));
        fact(facts, "firmui.field.languages", profile.languages().stream()
                .map(l -> FirmForm.label(this, l.translationKey(), l.name())).sorted().collect(Collectors.joining(", ")));
        fact(facts, "firmui.field.contactEmail", profile.contactEmail());
        fact(facts, "firmui.field.contactPhone", profile.contactPhone());
        fact(facts, "firmui.field.description", profile.description());
        if (firm.rejectionReason() != null) {
            fact(facts, "firmreview.lastReason", firm.rejectionReason());
        }
        addFactsAndMembers(facts, "firmreview.members", members.stream()
                .sorted(Comparator.comparing(FirmMember::administrator).reversed())
                .map(member -> member.displayName() + " · " + member.email()).toList());
        addDecision(FirmReview.MAX_REASON_LENGTH, firm.status() == FirmStatus.VERIFIED,
                firm.status() == FirmStatus.REJECTED);
    }

    static String formattedNeq(String neq) {
        return Neq.format(neq);
    }
}
