package org.jumelage.reports.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.CurrentUser;
import org.jumelage.accounts.Role;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmReview;
import org.jumelage.firms.FirmService;
import org.jumelage.reports.ComplianceReport;
import org.jumelage.reports.ComplianceReport.ConfirmedHours;
import org.jumelage.reports.ComplianceReport.Figures;
import org.jumelage.reports.ComplianceReport.ObligationFigures;
import org.jumelage.reports.ComplianceReports;
import org.jumelage.documents.IssuedDocument;
import org.jumelage.reports.ReportPeriod;
import org.jumelage.shared.validation.RefusalException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * The compliance report of a firm over a period: members see their firm's, coordinators pick a firm
 * (or arrive with {@code ?firm=<id>}). On screen, and downloadable as CSV and as a PDF that carries a
 * verification code.
 */
@Route("firm/report")
@RolesAllowed({Role.FIRM, Role.COORDINATOR_ROLE})
@Menu(title = "nav.report", order = 13, icon = "vaadin:file-text-o")
public class ComplianceReportView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** What the download links produce: the report last shown, in the language it was shown in. */
    record Shown(String firmId, LocalDate from, LocalDate to, Locale locale) {
    }

    final ComboBox<FirmDetails> firm = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button show = new Button();
    final Div problem = new Div();
    final Div results = new Div();
    final Paragraph heading = new Paragraph();
    final Grid<ObligationFigures> obligations = new Grid<>();
    final Grid<ConfirmedHours> details = new Grid<>();
    final Paragraph noDetails = new Paragraph();
    final Anchor csv;
    final Anchor pdf;

    private final transient ComplianceReports reports;
    private final transient FirmService firms;
    private final transient FirmReview review;
    private final transient CurrentUser currentUser;
    private final boolean coordinator;
    private volatile Shown shown;
    ComplianceReport report;

    public ComplianceReportView(ComplianceReports reports, FirmService firms, FirmReview review,
            CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.firms = firms;
        this.review = review;
        this.currentUser = currentUser;
        this.coordinator = currentUser.hasRole(Role.COORDINATOR);
        addClassName("page");
        setId("report-view");

        LocalDate today = LocalDate.now(clock.withZone(ReportPeriod.ZONE));
        firm.setLabel(getTranslation("reportui.firm"));
        firm.setId("report-firm");
        firm.setItemLabelGenerator(f -> f.profile().name());
        firm.setWidth("24em");
        from.setLabel(getTranslation("reportui.from"));
        from.setId("report-from");
        from.setValue(today.withDayOfYear(1));
        to.setLabel(getTranslation("reportui.to"));
        to.setId("report-to");
        to.setValue(today.withMonth(12).withDayOfMonth(31));
        show.setText(getTranslation("reportui.show"));
        show.setId("report-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> showReport());
        problem.setId("report-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);

        heading.setId("report-heading");
        obligations.setId("report-obligations");
        obligations.setAllRowsVisible(true);
        obligations.addColumn(ObligationFigures::sourceReference).setHeader(getTranslation("report.col.source"))
                .setAutoWidth(true).setFlexGrow(2);
        obligations.addColumn(o -> date(o.expiryDate())).setHeader(getTranslation("report.col.expiry"))
                .setAutoWidth(true);
        figure("owed", Figures::owed);
        figure("allocated", Figures::allocated);
        figure("delivered", Figures::delivered);
        figure("confirmed", Figures::confirmed);
        figure("disputed", Figures::disputed);
        figure("released", Figures::released);
        figure("expired", Figures::expired);
        figure("remaining", Figures::remaining);
        figure("confirmedInPeriod", Figures::confirmedInPeriod);

        details.setId("report-details");
        details.setAllRowsVisible(true);
        details.addColumn(c -> date(c.workDate())).setHeader(getTranslation("report.col.workDate")).setAutoWidth(true);
        details.addColumn(ConfirmedHours::projectTitle).setHeader(getTranslation("report.col.project"))
                .setAutoWidth(true).setFlexGrow(2);
        details.addColumn(ConfirmedHours::organisationName).setHeader(getTranslation("report.col.organisation"))
                .setAutoWidth(true);
        details.addColumn(ConfirmedHours::roleTitle).setHeader(getTranslation("report.col.role")).setAutoWidth(true);
        details.addColumn(ConfirmedHours::sourceReference).setHeader(getTranslation("report.col.source"))
                .setAutoWidth(true);
        details.addColumn(ConfirmedHours::hours).setHeader(getTranslation("report.col.hours")).setAutoWidth(true);
        details.addColumn(c -> date(c.confirmedOn())).setHeader(getTranslation("report.col.confirmedOn"))
                .setAutoWidth(true);
        noDetails.setText(getTranslation("report.details.none"));
        noDetails.setId("report-no-details");

        csv = new Anchor(DownloadHandler.fromInputStream(event -> download(false)), getTranslation("reportui.csv"));
        csv.setId("report-csv");
        pdf = new Anchor(DownloadHandler.fromInputStream(event -> download(true)), getTranslation("reportui.pdf"));
        pdf.setId("report-pdf");
        HorizontalLayout downloads = new HorizontalLayout(csv, pdf);
        downloads.addClassName("report-downloads");

        HorizontalLayout criteria = new HorizontalLayout();
        criteria.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        criteria.setWrap(true);
        if (coordinator) {
            criteria.add(firm);
        }
        criteria.add(from, to, show);

        results.setId("report-results");
        results.add(heading, new H2(getTranslation("report.obligations")), obligations,
                new Paragraph(getTranslation("report.note")), new H2(getTranslation("report.details")), details,
                noDetails, new H2(getTranslation("reportui.downloads")), new Paragraph(getTranslation("reportui.downloads.help")),
                downloads);
        results.setVisible(false);

        add(new H1(getTranslation("report.title")), new Paragraph(getTranslation("reportui.intro")));
        if (!coordinator && firms.mine().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("reportui.noFirm"));
            none.setId("report-no-firm");
            add(none);
            return;
        }
        add(criteria, problem, results);
    }

    private void figure(String key, ToIntFunction<Figures> value) {
        obligations.addColumn(o -> value.applyAsInt(o.figures())).setHeader(getTranslation("report.col." + key))
                .setAutoWidth(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (coordinator) {
            firm.setItems(review.search(null, 0, 1000));
            event.getLocation().getQueryParameters().getSingleParameter("firm")
                    .flatMap(id -> firm.getListDataView().getItems().filter(f -> f.id().equals(id)).findFirst())
                    .ifPresent(f -> {
                        firm.setValue(f);
                        showReport();
                    });
        } else if (report == null) {
            showReport();
        }
    }

    /** Asks the service for the report of the chosen firm and period, and shows it or the refusal. */
    void showReport() {
        problem.setVisible(false);
        for (HasValidation field : List.<HasValidation>of(firm, from, to)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        String firmId = coordinator ? (firm.getValue() == null ? null : firm.getValue().id())
                : firms.mine().map(FirmDetails::id).orElse(null);
        if (firmId == null) {
            firm.setErrorMessage(getTranslation("reportui.pickFirm"));
            firm.setInvalid(true);
            return;
        }
        try {
            report = reports.report(firmId, from.getValue(), to.getValue());
        } catch (RefusalException e) {
            HasValidation field = "from".equals(e.field()) ? from : "to".equals(e.field()) ? to : null;
            if (field != null) {
                field.setErrorMessage(getTranslation(e.messageKey()));
                field.setInvalid(true);
            } else {
                problem.setText(getTranslation(e.messageKey()));
                problem.setVisible(true);
            }
            results.setVisible(false);
            shown = null;
            return;
        }
        shown = new Shown(firmId, report.from(), report.to(), getLocale());
        heading.setText(getTranslation("reportui.heading", report.firmName(), date(report.from()), date(report.to())));
        List<ObligationFigures> rows = new java.util.ArrayList<>(report.obligations());
        rows.add(new ObligationFigures(null, getTranslation("report.total"), null, null, null, report.totals()));
        obligations.setItems(rows);
        details.setItems(report.confirmedHours());
        details.setVisible(!report.confirmedHours().isEmpty());
        noDetails.setVisible(report.confirmedHours().isEmpty());
        results.setVisible(true);
    }

    /** Runs in the download request, outside the UI lock: it reads only the snapshot of what was shown. */
    private DownloadResponse download(boolean asPdf) {
        Shown what = shown;
        if (what == null) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        }
        try {
            if (asPdf) {
                IssuedDocument doc = reports.pdf(what.firmId(), what.from(), what.to(), what.locale());
                return new DownloadResponse(new ByteArrayInputStream(doc.bytes()), doc.fileName(), IssuedDocument.PDF,
                        doc.bytes().length);
            }
            byte[] bytes = reports.csv(what.firmId(), what.from(), what.to(), what.locale());
            String name = getTranslation(what.locale(), "report.file") + "-" + what.from() + "-" + what.to() + ".csv";
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, "text/csv; charset=UTF-8",
                    bytes.length);
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
        return getTranslation("report.title") + " · " + getTranslation("app.name");
    }
}
