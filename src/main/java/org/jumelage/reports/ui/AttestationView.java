package org.jumelage.reports.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.reports.Attestations;
import org.jumelage.documents.IssuedDocument;
import org.jumelage.reports.ParticipationAttestation;
import org.jumelage.reports.ParticipationAttestation.Contribution;
import org.jumelage.shared.validation.RefusalException;
import org.jumelage.volunteers.VolunteerFilter;
import org.jumelage.volunteers.VolunteerProfileDetails;
import org.jumelage.volunteers.VolunteerSearch;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * A volunteer's participation attestation: the hours the organisations confirmed, per project, and a
 * PDF with a verification code. Volunteers see their own; coordinators pick a volunteer (or arrive
 * with {@code ?volunteer=<user id>}).
 */
@Route("volunteer/attestation")
@RolesAllowed({Role.VOLUNTEER_ROLE, Role.COORDINATOR_ROLE})
@Menu(title = "nav.attestation", order = 14, icon = "vaadin:diploma")
public class AttestationView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** Whose attestation the download link issues, in which language. */
    record Shown(String volunteerId, Locale locale) {
    }

    final ComboBox<VolunteerProfileDetails> volunteer = new ComboBox<>();
    final Div notice = new Div();
    final Div results = new Div();
    final Paragraph statement = new Paragraph();
    final Grid<Contribution> contributions = new Grid<>();
    final Anchor pdf;

    private final transient Attestations attestations;
    private final transient VolunteerSearch search;
    private final boolean coordinator;
    private volatile Shown shown;
    ParticipationAttestation attestation;

    public AttestationView(Attestations attestations, VolunteerSearch search, CurrentUser currentUser) {
        this.attestations = attestations;
        this.search = search;
        this.coordinator = currentUser.hasRole(Role.COORDINATOR);
        addClassName("page");
        setId("attestation-view");

        volunteer.setLabel(getTranslation("attestationui.volunteer"));
        volunteer.setId("attestation-volunteer");
        volunteer.setItemLabelGenerator(v -> v.displayName() + (v.institution() == null ? "" : " · " + v.institution()));
        volunteer.setWidth("28em");
        volunteer.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                load(e.getValue().userId());
            }
        });
        notice.setId("attestation-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);

        statement.setId("attestation-statement");
        contributions.setId("attestation-contributions");
        contributions.setAllRowsVisible(true);
        contributions.addColumn(Contribution::projectTitle).setHeader(getTranslation("report.col.project"))
                .setAutoWidth(true).setFlexGrow(2);
        contributions.addColumn(Contribution::organisationName).setHeader(getTranslation("report.col.organisation"))
                .setAutoWidth(true);
        contributions.addColumn(Contribution::roleTitle).setHeader(getTranslation("report.col.role"))
                .setAutoWidth(true);
        contributions.addColumn(c -> attestations.skillNames(c, getLocale()))
                .setHeader(getTranslation("attestation.col.skills")).setAutoWidth(true);
        contributions.addColumn(c -> getTranslation("report.period.range", date(c.firstDay()), date(c.lastDay())))
                .setHeader(getTranslation("attestation.col.dates")).setAutoWidth(true);
        contributions.addColumn(Contribution::hours).setHeader(getTranslation("report.col.hours")).setAutoWidth(true);

        pdf = new Anchor(DownloadHandler.fromInputStream(event -> download()), getTranslation("attestationui.pdf"));
        pdf.setId("attestation-pdf");
        results.setId("attestation-results");
        results.add(statement, contributions, new Paragraph(getTranslation("attestation.note")), pdf);
        results.setVisible(false);

        add(new H1(getTranslation("attestation.title")), new Paragraph(getTranslation("attestationui.intro")));
        if (coordinator) {
            add(volunteer);
        }
        add(notice, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (coordinator) {
            volunteer.setItems(search.search(VolunteerFilter.none(), 0, 1000));
            event.getLocation().getQueryParameters().getSingleParameter("volunteer").ifPresent(id -> {
                volunteer.getListDataView().getItems().filter(v -> v.userId().equals(id)).findFirst()
                        .ifPresent(volunteer::setValue);
                load(id);
            });
        } else {
            load(null);
        }
    }

    /** Shows the attestation of the volunteer (the signed-in one when null), or why there is none. */
    void load(String volunteerId) {
        notice.setVisible(false);
        try {
            attestation = attestations.attestation(volunteerId);
        } catch (RefusalException e) {
            attestation = null;
            shown = null;
            results.setVisible(false);
            notice.setText(getTranslation(e.messageKey()));
            notice.setClassName("notice notice-info");
            notice.setVisible(true);
            return;
        }
        shown = new Shown(attestation.volunteerId(), getLocale());
        statement.setText(getTranslation("attestationui.statement", attestation.volunteerName(),
                attestation.totalHours(), date(attestation.firstDay()), date(attestation.lastDay())));
        contributions.setItems(attestation.contributions());
        results.setVisible(true);
    }

    /** Runs in the download request, outside the UI lock: it reads only the snapshot of what was shown. */
    private DownloadResponse download() {
        Shown what = shown;
        if (what == null) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        }
        try {
            IssuedDocument doc = attestations.pdf(what.volunteerId(), what.locale());
            return new DownloadResponse(new ByteArrayInputStream(doc.bytes()), doc.fileName(), IssuedDocument.PDF,
                    doc.bytes().length);
        } catch (RefusalException e) {
            return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
        }
    }

    private String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(day);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attestation.title") + " · " + getTranslation("app.name");
    }
}
