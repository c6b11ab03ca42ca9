package org.jumelage.notifications.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;

import org.jumelage.notifications.OutboxAdministration;
import org.jumelage.notifications.OutboxEntry;
import org.jumelage.notifications.OutboxFilter;
import org.jumelage.notifications.OutboxStatus;
import org.jumelage.notifications.RenderedMail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * Administrators follow e-mail delivery and read each message as its recipient does. With no SMTP
 * server configured this is where a newcomer's verification link is found.
 */
@Route("admin/outbox")
@RolesAllowed("ADMIN")
@Menu(title = "nav.admin.outbox", order = 81, icon = "vaadin:envelope")
public class OutboxView extends Main implements HasDynamicTitle {

    /** Jumelage serves Québec; dates show in its time zone. */
    static final ZoneId ZONE = ZoneId.of("America/Toronto");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

    final TextField recipient = new TextField();
    final Select<OutboxStatus> status = new Select<>();
    final Grid<OutboxEntry> grid = new Grid<>();
    final Dialog preview = new Dialog();
    final H3 previewSubject = new H3();
    final UnorderedList previewLinks = new UnorderedList();
    final Pre previewText = new Pre();
    final IFrame previewHtml = new IFrame();

    private final transient OutboxAdministration outbox;
    private final DateTimeFormatter dateTime;

    public OutboxView(OutboxAdministration outbox) {
        this.outbox = outbox;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZONE);
        addClassName("page");
        setId("outbox-view");

        recipient.setLabel(getTranslation("outbox.filter.recipient"));
        recipient.setId("outbox-recipient");
        recipient.setPrefixComponent(VaadinIcon.SEARCH.create());
        recipient.setClearButtonVisible(true);
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        recipient.addValueChangeListener(e -> refresh());

        status.setLabel(getTranslation("outbox.filter.status"));
        status.setId("outbox-status");
        status.setItems(OutboxStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("outbox.status.all") : getTranslation(s.translationKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("outbox.status.all"));
        status.addValueChangeListener(e -> refresh());

        grid.setId("outbox-grid");
        grid.addColumn(m -> format(m.createdAt())).setHeader(getTranslation("outbox.column.created")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("outbox.column.recipient")).setAutoWidth(true);
        grid.addColumn(m -> m.subject().isEmpty() ? m.template() : m.template() + " (" + m.subject() + ")")
                .setHeader(getTranslation("outbox.column.template")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("outbox.language." + m.language().getLanguage()))
                .setHeader(getTranslation("outbox.column.language")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.status().translationKey())).setHeader(getTranslation("outbox.column.status"))
                .setAutoWidth(true);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("outbox.column.attempts")).setAutoWidth(true);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("outbox.column.lastError"))
                .setFlexGrow(1);
        grid.setItems(query -> outbox.search(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) outbox.count(filter()));
        grid.setHeight("32rem");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
            }
        });

        buildPreview();

        add(new H1(getTranslation("outbox.title")));
        if (!outbox.isSmtpConfigured()) {
            Paragraph hint = new Paragraph(getTranslation("outbox.notConfigured"));
            hint.setId("outbox-not-configured");
            add(hint);
        }
        HorizontalLayout filters = new HorizontalLayout(recipient, status);
        filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(filters, grid);
    }

    private void buildPreview() {
        preview.setId("outbox-preview");
        preview.setWidth("min(56rem, 95vw)");
        previewSubject.setId("outbox-preview-subject");
        previewLinks.setId("outbox-preview-links");
        previewText.setId("outbox-preview-text");
        previewText.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        previewHtml.setId("outbox-preview-html");
        // An empty sandbox: no scripts, no forms, no navigation, no same-origin access.
        previewHtml.getElement().setAttribute("sandbox", "");
        previewHtml.getElement().setAttribute("title", getTranslation("outbox.dialog.htmlFrame"));
        previewHtml.getStyle().set("width", "100%").set("height", "28rem").set("border", "1px solid var(--lumo-contrast-20pct)");
        Button close = new Button(getTranslation("outbox.dialog.close"), e -> preview.close());
        close.setId("outbox-preview-close");
        preview.getFooter().add(close);
        preview.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                grid.asSingleSelect().clear();
            }
        });
        preview.add(new Div(new Paragraph(getTranslation("outbox.dialog.subject")), previewSubject),
                new H3(getTranslation("outbox.dialog.links")), previewLinks,
                new H3(getTranslation("outbox.dialog.text")), previewText,
                new H3(getTranslation("outbox.dialog.html")), previewHtml);
    }

    void open(OutboxEntry entry) {
        preview.setHeaderTitle(getTranslation("outbox.dialog.title", entry.recipient()));
        previewLinks.removeAll();
        try {
            RenderedMail mail = outbox.render(entry.id());
            previewSubject.setText(mail.subject());
            previewText.setText(mail.text());
            previewHtml.setSrcdoc(mail.html());
            for (String url : links(mail.text())) {
                Anchor link = new Anchor(url, url, AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                previewLinks.add(new ListItem(link));
            }
        } catch (RuntimeException e) {
            previewSubject.setText(getTranslation("outbox.dialog.renderError"));
            previewText.setText("");
            previewHtml.setSrcdoc("");
        }
        preview.open();
    }

    /** The web links of a plain-text body, in order, without duplicates. */
    static Set<String> links(String text) {
        Set<String> links = new LinkedHashSet<>();
        Matcher matcher = LINK.matcher(text == null ? "" : text);
        while (matcher.find()) {
            links.add(matcher.group().replaceAll("[.,;:!?)]+$", ""));
        }
        return links;
    }

    private OutboxFilter filter() {
        return new OutboxFilter(recipient.getValue(), status.getValue());
    }

    private String format(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " · " + getTranslation("app.name");
    }
}
