package org.jumelage.documents.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import org.jumelage.documents.DocumentKind;
import org.jumelage.documents.Verification;
import org.jumelage.documents.Verifications;
import org.jumelage.shared.validation.RefusalException;
import org.jumelage.shared.ui.PublicPage;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public page where anyone (a ministry, a school) confirms a report, attestation or course certificate from its
 * verification code: {@code /verifier/JUM-XXXX-XXXX-XXXX}, or {@code /verifier} with a field to type
 * the code. It shows what the document certified, or says plainly that no document has the code.
 */
@Route(value = "verifier", autoLayout = false)
@AnonymousAllowed
public class VerifierView extends PublicPage implements HasUrlParameter<String> {

    final TextField code = new TextField();
    final Button check = new Button();
    final Div outcome = new Div();

    private final transient Verifications verifications;

    public VerifierView(Verifications verifications) {
        super("verify.title");
        this.verifications = verifications;
        setId("verifier-view");
        code.setLabel(getTranslation("verify.field.code"));
        code.setId("verify-code");
        code.setHelperText(getTranslation("verify.field.code.help"));
        code.setMaxLength(40);
        code.setWidth("20em");
        check.setText(getTranslation("verify.submit"));
        check.setId("verify-submit");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        check.addClickListener(e -> submit());
        outcome.setId("verify-outcome");
        HorizontalLayout form = new HorizontalLayout(code, check);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        addContent(new Paragraph(getTranslation("verify.intro")), form, outcome);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        outcome.removeAll();
        outcome.setVisible(false);
        if (parameter != null && !parameter.isBlank()) {
            code.setValue(parameter);
            show(parameter);
        }
    }

    /** Puts the code in the address, so that the page can be bookmarked or shared. */
    void submit() {
        Optional<String> canonical = Verifications.normalise(code.getValue());
        if (canonical.isEmpty()) {
            show(code.getValue());
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(VerifierView.class, canonical.get()));
    }

    void show(String typed) {
        outcome.removeAll();
        outcome.setVisible(true);
        code.setInvalid(false);
        Optional<Verification> found;
        try {
            found = verifications.find(typed);
        } catch (RefusalException e) {
            code.setErrorMessage(getTranslation(e.messageKey()));
            code.setInvalid(true);
            refusal(e.messageKey());
            return;
        }
        if (found.isEmpty()) {
            refusal("verify.unknown");
            return;
        }
        Verification v = found.get();
        outcome.setClassName("notice notice-success");
        outcome.getElement().setAttribute("role", "status");
        DescriptionList facts = new DescriptionList();
        facts.setId("verify-facts");
        add(facts, "verify.kind", getTranslation(v.kind().translationKey()));
        add(facts, "verify.subject", v.subjectName());
        v.texts().forEach((name, value) -> add(facts, "verify.text." + name, value));
        if (v.kind() == DocumentKind.COURSE_CERTIFICATE) {
            add(facts, "verify.completedOn", date(v.periodTo()));
        } else {
            add(facts, "verify.period", getTranslation("report.period.range", date(v.periodFrom()), date(v.periodTo())));
        }
        v.figures().forEach((name, value) -> add(facts, "verify.figure." + name, String.valueOf(value)));
        add(facts, "verify.issued", date(v.issuedAt().atZone(Verifications.ZONE).toLocalDate()));
        add(facts, "verify.codeLabel", v.code());
        add(facts, "verify.sha256", v.sha256());
        H2 title = new H2(getTranslation("verify.confirmed"));
        title.setId("verify-confirmed");
        outcome.add(title, new Paragraph(getTranslation("verify.confirmed.help")), facts);
    }

    private void refusal(String key) {
        outcome.setClassName("notice notice-error");
        outcome.getElement().setAttribute("role", "alert");
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId("verify-refusal");
        outcome.add(text);
    }

    private void add(DescriptionList list, String termKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }

    private String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(day);
    }
}
