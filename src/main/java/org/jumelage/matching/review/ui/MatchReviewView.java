package org.jumelage.matching.review.ui;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.matching.explain.ReasonTexts;
import org.jumelage.matching.review.MatchException;
import org.jumelage.matching.review.MatchReview;
import org.jumelage.matching.review.MatchStatus;
import org.jumelage.matching.review.MatchView;
import org.jumelage.matching.review.OpenSeatView;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * A coordinator reviews a run's proposals, each with why it was made, and approves (which sends the
 * offers) or rejects it with a reason; the seats the run left open are listed with their reasons.
 * Without a run id the page shows the latest run that has proposals waiting.
 */
@Route("coordination/matching/review/:runId?")
@RolesAllowed(Role.COORDINATOR_ROLE)
public class MatchReviewView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final Div problem = new Div();
    final Paragraph empty = new Paragraph();
    final Button approveAll = new Button();
    final Div proposals = new Div();
    final Div openSeats = new Div();
    final H2 openSeatsTitle = new H2();

    private final transient MatchReview review;
    private final transient ReasonTexts texts;
    private String runId;

    public MatchReviewView(MatchReview review, ReasonTexts texts) {
        this.review = review;
        this.texts = texts;
        addClassName("page");
        setId("match-review-view");
        problem.setId("match-review-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);
        empty.setId("match-review-empty");
        empty.setText(getTranslation("matching.review.empty"));
        approveAll.setText(getTranslation("matching.review.approveAll"));
        approveAll.setId("match-approve-all");
        approveAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approveAll.addClickListener(e -> approveAll());
        proposals.setId("match-proposals");
        openSeats.setId("match-open-seats");
        openSeatsTitle.setText(getTranslation("matching.review.openSeats"));
        Section openSection = new Section(openSeatsTitle, openSeats);
        add(new H1(getTranslation("matching.review.title")), new Paragraph(getTranslation("matching.review.intro")),
                problem, empty, approveAll, proposals, openSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(event.getRouteParameters().get("runId").orElse(null));
    }

    void load(String requestedRun) {
        this.runId = Optional.ofNullable(requestedRun).filter(s -> !s.isBlank())
                .or(review::latestRunWithProposals).orElse(null);
        refresh();
    }

    void refresh() {
        proposals.removeAll();
        openSeats.removeAll();
        List<MatchView> rows = runId == null ? List.of() : review.proposals(runId);
        List<OpenSeatView> open = runId == null ? List.of() : review.openSeats(runId);
        empty.setVisible(rows.isEmpty());
        approveAll.setVisible(rows.stream().anyMatch(m -> m.status() == MatchStatus.PROPOSED));
        rows.forEach(m -> proposals.add(card(m)));
        open.forEach(s -> openSeats.add(openSeat(s)));
        openSeatsTitle.setVisible(!open.isEmpty());
    }

    private Div card(MatchView m) {
        Div card = new Div();
        card.addClassName("match-card");
        card.setId("match-" + m.id());
        card.add(new H3(getTranslation("matching.review.heading", m.projectTitle(), m.seatTitle())));
        card.add(new Paragraph(getTranslation("matching.review.details", m.organisationName(), m.providerName(),
                m.hours())));
        Paragraph status = new Paragraph(getTranslation("matchStatus." + m.status().name()));
        status.addClassName("match-status");
        card.add(status, Reasons.list(this, texts, m.reasons()));
        if (m.status() == MatchStatus.PROPOSED) {
            Button approve = new Button(getTranslation("matching.review.approve"), e -> approve(m));
            approve.addClassName("match-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.getElement().setAttribute("aria-label",
                    getTranslation("matching.review.approveLabel", m.projectTitle(), m.seatTitle(), m.providerName()));
            Button reject = new Button(getTranslation("matching.review.reject"), e -> openReject(m));
            reject.addClassName("match-reject");
            reject.getElement().setAttribute("aria-label",
                    getTranslation("matching.review.rejectLabel", m.projectTitle(), m.seatTitle(), m.providerName()));
            card.add(new HorizontalLayout(approve, reject));
        } else if (m.rejectionReason() != null) {
            card.add(new Paragraph(getTranslation("matching.review.rejectedBecause", m.rejectionReason())));
        }
        return card;
    }

    private Div openSeat(OpenSeatView s) {
        Div card = new Div();
        card.addClassName("open-seat-card");
        card.add(new H3(getTranslation("matching.review.heading", s.projectTitle(), s.seatTitle())));
        card.add(new Paragraph(getTranslation("matching.review.openDetails", s.organisationName(), s.hours())));
        card.add(Reasons.list(this, texts, s.reasons()));
        return card;
    }

    void approve(MatchView m) {
        act(() -> review.approve(m.id(), m.version()));
    }

    void reject(MatchView m, String reason) {
        act(() -> review.reject(m.id(), reason, m.version()));
    }

    void approveAll() {
        act(() -> review.approveAll(runId));
    }

    private void openReject(MatchView m) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("matching.review.rejectTitle"));
        TextArea reason = new TextArea(getTranslation("matching.review.rejectReason"));
        reason.setId("match-reject-reason");
        reason.setMaxLength(MatchReview.MAX_REASON);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("matching.review.reject"), e -> {
            try {
                review.reject(m.id(), reason.getValue(), m.version());
                dialog.close();
                problem.setVisible(false);
                refresh();
            } catch (MatchException ex) {
                reason.setErrorMessage(getTranslation(ex.messageKey()));
                reason.setInvalid(true);
            }
        });
        confirm.setId("match-reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
            problem.setVisible(false);
        } catch (MatchException e) {
            problem.setText(getTranslation(e.messageKey()));
            problem.setVisible(true);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matching.review.title") + " · " + getTranslation("app.name");
    }
}
