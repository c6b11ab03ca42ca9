package org.jumelage.firms.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.firms.Balances;
import org.jumelage.firms.FirmDetails;
import org.jumelage.firms.FirmException;
import org.jumelage.firms.FirmMembership;
import org.jumelage.firms.FirmService;
import org.jumelage.firms.FirmStatus;
import org.jumelage.firms.HoursLedger;
import org.jumelage.firms.HoursOverview;
import org.jumelage.firms.ObligationService;
import org.jumelage.firms.ObligationView;
import org.jumelage.firms.ui.hours.HoursLogPanel;
import org.jumelage.shared.skills.SkillCatalogue;
import org.jumelage.shared.ui.OrganisationChoices;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * "My firm": a person without one registers it here; a member sees its verification status, edits
 * its profile (team skills, availability and blackouts included), declares, edits and cancels pro bono
 * obligations and reads their ledger lines, logs hours on the seats allocated to the firm and follows
 * the balances from the hours ledger.
 */
@Route("firm")
@RolesAllowed(Role.FIRM)
@Menu(title = "nav.firm", order = 11, icon = "vaadin:briefcase")
public class FirmView extends Main implements HasDynamicTitle {

    /** One line of the balances table: an obligation, or the firm's total. */
    record BalanceRow(String label, Balances balances) {
    }

    final FirmForm form;
    final Button register = new Button();
    final Button save = new Button();
    /** Whether the public transparency page names the firm with the share of its obligations fulfilled. */
    final Checkbox publishFulfilment = new Checkbox();
    final Div banner = new Div();
    final Div problem = new Div();
    final Div content = new Div();

    final ObligationsSection obligations;
    final HoursLogPanel hoursPanel;
    final Grid<BalanceRow> balances = new Grid<>();

    private final transient FirmService firms;
    private final transient ObligationService obligationService;
    private final transient HoursLedger ledger;
    private final transient FirmMembership membership;
    private FirmDetails firm;
    FirmMembersPanel membersPanel;

    public FirmView(FirmService firms, ObligationService obligationService, HoursLedger ledger,
            HoursOverview hoursOverview, SkillCatalogue skills, FirmMembership membership) {
        this(firms, obligationService, ledger, hoursOverview, skills, membership, OrganisationChoices.none());
    }

    /** With the verified organisations the firm may declare a conflict of interest with. */
    @Autowired
    public FirmView(FirmService firms, ObligationService obligationService, HoursLedger ledger,
            HoursOverview hoursOverview, SkillCatalogue skills, FirmMembership membership,
            OrganisationChoices organisations) {
        this.membership = membership;
        this.firms = firms;
        this.obligationService = obligationService;
        this.ledger = ledger;
        this.form = new FirmForm(skills.all(), organisations);
        this.obligations = new ObligationsSection(obligationService, hoursOverview, () -> firm.id(),
                this::refreshBalances);
        this.hoursPanel = new HoursLogPanel(ledger, () -> firm == null ? List.of() : hoursOverview.seatsOfFirm(firm.id()),
                true, this::refreshBalances);
        addClassName("page");
        setId("firm-view");

        register.setText(getTranslation("firmui.register.submit"));
        register.setId("firm-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> registerFirm());
        save.setText(getTranslation("common.save"));
        save.setId("firm-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveProfile());

        publishFulfilment.setLabel(getTranslation("firmui.transparency.label"));
        publishFulfilment.setHelperText(getTranslation("firmui.transparency.help"));
        publishFulfilment.setId("firm-publish-fulfilment");
        publishFulfilment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                savePublishFulfilment(e.getValue());
            }
        });

        problem.setId("firm-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);
        banner.setId("firm-status");
        banner.getElement().setAttribute("role", "status");

        balances.setId("firm-balances");
        balances.setAllRowsVisible(true);
        balances.addColumn(BalanceRow::label).setHeader(getTranslation("firmui.balances.obligation"))
                .setAutoWidth(true);
        balanceColumn("firmui.balances.owed", Balances::owed);
        balanceColumn("firmui.balances.allocated", Balances::allocated);
        balanceColumn("firmui.balances.delivered", Balances::delivered);
        balanceColumn("firmui.balances.confirmed", Balances::confirmed);
        balanceColumn("firmui.balances.remaining", Balances::remaining);
        balanceColumn("firmui.balances.expired", Balances::expired);

        add(new H1(getTranslation("firmui.title")), problem, content);
        render();
    }

    private void balanceColumn(String key, ToIntFunction<Balances> value) {
        balances.addColumn(r -> value.applyAsInt(r.balances())).setHeader(getTranslation(key));
    }

    /** Shows the registration form or the firm, from what the services say now. */
    void render() {
        content.removeAll();
        firm = firms.mine().orElse(null);
        form.clearErrors();
        if (firm == null) {
            content.add(new Paragraph(getTranslation("firmui.register.intro")), form, register);
            return;
        }
        form.show(firm);
        publishFulfilment.setValue(firm.publishesFulfilment());
        showBanner();
        hoursPanel.refresh();
        refreshBalances();
        content.add(banner, new H2(getTranslation("firmui.profile.title")), form, save,
                new H2(getTranslation("firmui.transparency.title")), publishFulfilment,
                obligations,
                new H2(getTranslation("firmui.hours.title")), new Paragraph(getTranslation("firmui.hours.intro")),
                hoursPanel,
                new H2(getTranslation("firmui.balances.title")), balances);
        membersPanel = new FirmMembersPanel(membership, firm.id(), this::render);
        content.add(membersPanel);
    }

    /** The balances table (and the obligations' own balances), from the ledger now. */
    void refreshBalances() {
        List<ObligationView> list = obligationService.ofFirm(firm.id());
        obligations.show(list);
        List<BalanceRow> rows = new ArrayList<>();
        list.forEach(o -> rows.add(new BalanceRow(o.sourceReference(), o.balances())));
        rows.add(new BalanceRow(getTranslation("firmui.balances.total"), ledger.firmBalances(firm.id())));
        balances.setItems(rows);
    }

    private void showBanner() {
        banner.removeAll();
        banner.setClassName("notice " + switch (firm.status()) {
            case VERIFIED -> "notice-success";
            case REJECTED -> "notice-error";
            case PENDING -> "notice-info";
        });
        banner.add(new Paragraph(getTranslation("firmui.banner." + firm.status().name())));
        if (firm.rejectionReason() != null && !firm.rejectionReason().isBlank()
                && firm.status() != FirmStatus.VERIFIED) {
            Paragraph reason = new Paragraph(getTranslation("firmui.banner.reason") + " ");
            Span text = new Span(firm.rejectionReason());
            text.setId("firm-rejection-reason");
            reason.add(text);
            banner.add(reason);
        }
    }

    void registerFirm() {
        problem.setVisible(false);
        try {
            firms.register(form.profile());
        } catch (FirmException e) {
            showProblems(e);
            return;
        }
        notify("firmui.register.done", NotificationVariant.LUMO_SUCCESS);
        render();
    }

    void saveProfile() {
        problem.setVisible(false);
        try {
            firms.update(firm.id(), form.profile(), firm.version());
        } catch (FirmException e) {
            showProblems(e);
            return;
        }
        notify("firmui.profile.saved", NotificationVariant.LUMO_SUCCESS);
        render();
    }

    void savePublishFulfilment(boolean publish) {
        problem.setVisible(false);
        try {
            firms.publishFulfilment(firm.id(), publish, firm.version());
        } catch (FirmException e) {
            showProblems(e);
            publishFulfilment.setValue(firm.publishesFulfilment());
            return;
        }
        notify("firmui.transparency.saved", NotificationVariant.LUMO_SUCCESS);
        render();
    }

    /** Field problems go next to their fields; any other (e.g. a concurrent edit) above the form. */
    private void showProblems(FirmException e) {
        List<String> general = e.fieldMessageKeys().isEmpty() ? List.of(e.messageKey())
                : form.showErrors(e.fieldMessageKeys());
        if (!general.isEmpty()) {
            problem.setText(getTranslation(general.get(0)));
            problem.setVisible(true);
        }
    }

    private void notify(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("firmui.title") + " · " + getTranslation("app.name");
    }
}
