package org.jumelage.privacy.ui;

import java.io.ByteArrayInputStream;

import org.jumelage.accounts.AccountException;
import org.jumelage.privacy.Erasure;
import org.jumelage.privacy.MyData;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * "My data": what Jumelage holds about the signed-in person and a download of all of it as JSON
 * (Law 25's rights of access and portability), with where to ask for a correction or deletion.
 */
@Route("mes-donnees")
@PermitAll
public class MyDataView extends Main implements HasDynamicTitle {

    final Anchor download;
    final PasswordField password = new PasswordField();
    final Button erase = new Button();

    private final transient Erasure erasure;
    private final transient AuthenticationContext authentication;

    public MyDataView(MyData myData, Erasure erasure, AuthenticationContext authentication) {
        this.erasure = erasure;
        this.authentication = authentication;
        addClassName("page");
        setId("my-data-view");
        UnorderedList held = new UnorderedList();
        for (String key : new String[] {"account", "profile", "memberships", "activity", "training", "emails"}) {
            held.add(new ListItem(getTranslation("mydata.held." + key)));
        }
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = myData.exportJson();
            return new DownloadResponse(new ByteArrayInputStream(json), "jumelage-mes-donnees.json",
                    "application/json", json.length);
        }), getTranslation("mydata.download"));
        download.setId("my-data-download");
        download.getElement().setAttribute("download", true);
        add(new H1(getTranslation("mydata.title")), new Paragraph(getTranslation("mydata.intro")), held,
                new Paragraph(download), new Paragraph(getTranslation("mydata.rights")),
                new Paragraph(new Anchor("confidentialite", getTranslation("consent.readPolicy"))));

        password.setLabel(getTranslation("erasure.password"));
        password.setId("erasure-password");
        erase.setText(getTranslation("erasure.confirm"));
        erase.setId("erasure-confirm");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(e -> anonymise());
        Details section = new Details(getTranslation("erasure.open"),
                new Div(new Paragraph(getTranslation("erasure.intro")), password, new Div(erase)));
        section.setId("erasure");
        add(new H2(getTranslation("erasure.heading")), section);
    }

    void anonymise() {
        password.setInvalid(false);
        try {
            erasure.anonymiseMe(password.getValue());
        } catch (AccountException refused) {
            password.setErrorMessage(getTranslation(refused.messageKey()));
            password.setInvalid(true);
            return;
        }
        authentication.logout();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mydata.title") + " · " + getTranslation("app.name");
    }
}
