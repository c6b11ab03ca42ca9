package org.jumelage.firms.ui;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmMember;
import org.jumelage.firms.FirmProfile;
import org.jumelage.firms.FirmReview;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * One firm as a coordinator reviews it, with the verify and reject actions. Service-free: the view
 * wires the buttons. User texts go through text components only, so they stay escaped.
 */
class FirmReviewDialog extends Dialog {

    final FirmDetails firm;
    final TextArea reason = new TextArea();
    final Button verify = new Button();
    final Button reject = new Button();
    final Button close = new Button();

    FirmReviewDialog(FirmDetails firm, List<FirmMember> members) {
        this.firm = firm;
        FirmProfile profile = firm.profile();
        setId("firm-review-dialog");
        setHeaderTitle(profile.name());
        setWidth("min(44rem, 95vw)");

        Div facts = new Div();
        facts.addClassName("review-facts");
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
        add(facts, new H3(getTranslation("firmreview.members")));
        if (members.isEmpty()) {
            add(new Paragraph(getTranslation("firmreview.noMembers")));
        }
        members.stream().sorted(Comparator.comparing(FirmMember::administrator).reversed())
                .forEach(member -> add(new Paragraph(member.displayName() + " · " + member.email())));

        reason.setLabel(getTranslation("firmreview.reason"));
        reason.setId("firm-review-reason");
        reason.setHelperText(getTranslation("firmreview.reason.help"));
        reason.setMaxLength(FirmReview.MAX_REASON_LENGTH);
        reason.setWidthFull();
        add(reason);

        verify.setText(getTranslation("firmreview.verify"));
        verify.setId("firm-review-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.setText(getTranslation("firmreview.reject"));
        reject.setId("firm-review-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.setText(getTranslation("common.cancel"));
        close.addClickListener(e -> close());
        switch (firm.status()) {
            case VERIFIED -> verify.setVisible(false);
            case REJECTED -> reject.setVisible(false);
            case PENDING -> { }
        }
        getFooter().add(close, reject, verify);
    }

    static String formattedNeq(String neq) {
        return neq == null || neq.length() != 10 ? neq
                : neq.substring(0, 4) + " " + neq.substring(4, 7) + " " + neq.substring(7);
    }

    private void fact(Div facts, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Paragraph line = new Paragraph();
        Span label = new Span(getTranslation("firmreview.fact", getTranslation(labelKey)));
        label.addClassName("fact-label");
        line.add(label, new Span(value));
        facts.add(line);
    }

    void showReasonError(String messageKey) {
        reason.setErrorMessage(getTranslation(messageKey));
        reason.setInvalid(true);
    }
}
