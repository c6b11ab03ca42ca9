package org.jumelage.impact.ui;

import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.accounts.Role;
import org.jumelage.impact.EvaluationProgrammes;
import org.jumelage.impact.ImpactException;
import org.jumelage.impact.ProgrammeQuestion;
import org.jumelage.impact.ProgrammeView;
import org.jumelage.impact.QuestionType;
import org.jumelage.shared.domain.Region;
import org.jumelage.shared.domain.Sector;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * Coordinators' evaluation programmes: create one (a name, and the sectors and regions whose
 * organisations' projects it covers), add questions in both languages, retire them. The standard
 * survey is not editable here, so results stay comparable across programmes.
 */
@Route("coordination/evaluation-programmes")
@RolesAllowed(Role.COORDINATOR_ROLE)
@Menu(title = "nav.coordination.programmes", order = 36, icon = "vaadin:list-ol")
public class ProgrammesView extends Main implements HasDynamicTitle {

    final TextField name = new TextField();
    final MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Region> regions = new MultiSelectComboBox<>();
    final Button create = new Button();
    final Div list = new Div();
    final Div problem = new Div();

    private final transient EvaluationProgrammes programmes;

    public ProgrammesView(EvaluationProgrammes programmes) {
        this.programmes = programmes;
        addClassName("page");
        setId("programmes-view");
        problem.setId("programme-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setClassName("notice notice-error");
        problem.setVisible(false);
        name.setId("programme-name");
        name.setLabel(getTranslation("programme.field.name"));
        name.setMaxLength(EvaluationProgrammes.MAX_NAME);
        sectors.setId("programme-sectors");
        sectors.setLabel(getTranslation("programme.field.sectors"));
        sectors.setHelperText(getTranslation("programme.field.any"));
        sectors.setItems(Sector.values());
        sectors.setItemLabelGenerator(this::sector);
        regions.setId("programme-regions");
        regions.setLabel(getTranslation("programme.field.regions"));
        regions.setHelperText(getTranslation("programme.field.any"));
        regions.setItems(Stream.of(Region.values()).sorted(Comparator.comparing(Region::code)).toList());
        regions.setItemLabelGenerator(this::region);
        create.setId("programme-create");
        create.setText(getTranslation("programme.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> createProgramme());
        list.setId("programme-list");
        Div form = new Div(name, sectors, regions, create);
        form.addClassName("card");
        add(new H1(getTranslation("programmes.title")), new Paragraph(getTranslation("programmes.intro")), problem,
                new H2(getTranslation("programmes.new")), form, list);
        refresh();
    }

    void createProgramme() {
        try {
            programmes.create(name.getValue(), sectors.getValue(), regions.getValue());
        } catch (ImpactException e) {
            fail(e);
            name.setInvalid(true);
            name.setErrorMessage(getTranslation(e.messageKey()));
            return;
        }
        name.clear();
        name.setInvalid(false);
        sectors.clear();
        regions.clear();
        refresh();
    }

    void refresh() {
        problem.setVisible(false);
        list.removeAll();
        programmes.all().forEach(p -> list.add(card(p)));
    }

    private Component card(ProgrammeView p) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("programme-card");
        card.getElement().setAttribute("data-id", p.id());
        String scope = getTranslation("programme.scope",
                p.sectors().isEmpty() ? getTranslation("programme.allSectors")
                        : p.sectors().stream().map(this::sector).sorted().collect(Collectors.joining(", ")),
                p.regions().isEmpty() ? getTranslation("programme.allRegions")
                        : p.regions().stream().map(this::region).sorted().collect(Collectors.joining(", ")));
        card.add(new H2(p.name()), new Paragraph(scope));
        UnorderedList questions = new UnorderedList();
        questions.addClassName("programme-questions");
        for (ProgrammeQuestion q : p.questions()) {
            ListItem item = new ListItem();
            item.add(new Span(q.textFr() + " / " + q.textEn() + " (" + getTranslation(q.type().translationKey())
                    + (q.retired() ? ", " + getTranslation("programme.question.retired") : "") + ") "));
            if (!q.retired()) {
                Button retire = new Button(getTranslation("programme.question.retire"),
                        e -> run(() -> programmes.retireQuestion(p.id(), q.id(), p.version())));
                retire.addClassName("question-retire");
                retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                retire.setAriaLabel(getTranslation("programme.question.retireLabel", q.text(getLocale())));
                item.add(retire);
            }
            questions.add(item);
        }
        if (p.questions().isEmpty()) {
            card.add(new Paragraph(getTranslation("programme.noQuestions")));
        }
        TextField textFr = new TextField(getTranslation("programme.question.textFr"));
        textFr.addClassName("question-fr");
        textFr.setMaxLength(EvaluationProgrammes.MAX_QUESTION);
        TextField textEn = new TextField(getTranslation("programme.question.textEn"));
        textEn.addClassName("question-en");
        textEn.setMaxLength(EvaluationProgrammes.MAX_QUESTION);
        RadioButtonGroup<QuestionType> type = new RadioButtonGroup<>(getTranslation("programme.question.type"));
        type.addClassName("question-type");
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        type.setValue(QuestionType.SCALE);
        Button add = new Button(getTranslation("programme.question.add"),
                e -> run(() -> programmes.addQuestion(p.id(), textFr.getValue(), textEn.getValue(), type.getValue(),
                        p.version())));
        add.addClassName("question-add");
        card.add(questions, textFr, textEn, type, add);
        return card;
    }

    private void run(Runnable change) {
        try {
            change.run();
        } catch (ImpactException e) {
            fail(e);
            return;
        }
        refresh();
    }

    private void fail(ImpactException e) {
        problem.setText(getTranslation(e.messageKey()));
        problem.setVisible(true);
    }

    private String sector(Sector s) {
        return label(s.translationKey(), s.name());
    }

    private String region(Region r) {
        return label(r.translationKey(), r.name());
    }

    private String label(String key, String fallback) {
        String text = getTranslation(key);
        return text == null || text.startsWith("!{") ? fallback : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programmes.title") + " · " + getTranslation("app.name");
    }
}
