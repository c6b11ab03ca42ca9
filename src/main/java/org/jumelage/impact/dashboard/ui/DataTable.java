package org.jumelage.impact.dashboard.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A plain HTML table with a caption and column headers: the screen-reader alternative of a chart,
 * and the place where every figure can be read exactly.
 */
class DataTable extends Div {

    private final Element table = new Element("table");

    DataTable(String id) {
        setId(id);
        addClassName("data-table");
        getElement().appendChild(table);
    }

    void show(String caption, List<String> headers, List<List<Object>> rows, Locale locale, String emptyText) {
        table.removeAllChildren();
        table.appendChild(new Element("caption").setText(caption));
        Element headRow = new Element("tr");
        for (String h : headers) {
            headRow.appendChild(new Element("th").setAttribute("scope", "col").setText(h));
        }
        table.appendChild(new Element("thead").appendChild(headRow));
        Element body = new Element("tbody");
        if (rows.isEmpty()) {
            body.appendChild(new Element("tr").appendChild(
                    new Element("td").setAttribute("colspan", String.valueOf(headers.size())).setText(emptyText)));
        }
        for (List<Object> row : rows) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                Element cell = new Element(i == 0 ? "th" : "td").setText(Cells.text(row.get(i), locale));
                if (i == 0) {
                    cell.setAttribute("scope", "row");
                } else {
                    cell.getClassList().add("number");
                }
                tr.appendChild(cell);
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
    }
}
