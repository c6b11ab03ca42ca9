package org.jumelage.accounts.ui;

import java.util.Set;

import org.jumelage.accounts.ConsentPurpose;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;

/** The purposes of the privacy policy as check boxes; the required ones say so. */
class ConsentChoices extends CheckboxGroup<ConsentPurpose> {

    ConsentChoices(Set<ConsentPurpose> initial) {
        setId("consents");
        setLabel(getTranslation("consent.purposes"));
        setItems(ConsentPurpose.values());
        setItemLabelGenerator(p -> getTranslation(p.translationKey()) + " ("
                + getTranslation(p.required() ? "consent.required.label" : "consent.optional.label") + ")");
        addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        setValue(initial);
    }
}
