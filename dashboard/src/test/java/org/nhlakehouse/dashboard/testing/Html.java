package org.nhlakehouse.dashboard.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the dashboard's pages as a person (and a script) would: tables by id, cells by their exact values. */
public final class Html {

    private final Document document;

    private Html(Document document) {
        this.document = document;
    }

    public static Html parse(String html) {
        return new Html(Jsoup.parse(html));
    }

    public Document document() {
        return document;
    }

    /** A table's rows, as column key (from its CSV export's header order) to the cell's exact value. */
    public List<Map<String, String>> table(String id, List<String> keys) {
        Element table = document.getElementById(id);
        if (table == null) {
            throw new AssertionError("No table #" + id);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Element tr : table.select("tbody tr")) {
            List<Element> cells = tr.select("td[data-value]");
            if (cells.isEmpty()) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                row.put(keys.get(i), cells.get(i).attr("data-value"));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * A table's column labels as shown, without the sort arrow of the sorted column and without the "?" link to a
     * measure's definition beside the label.
     */
    public List<String> headers(String id) {
        Element table = document.getElementById(id);
        if (table == null) {
            throw new AssertionError("No table #" + id);
        }
        return table.select("thead th").stream().map(th -> {
            Element label = th.clone();
            label.select("a.def").remove();
            return label.text().replaceAll(" [▲▼]$", "");
        }).toList();
    }

    /** A table's shown texts, row by row. */
    public List<List<String>> texts(String id) {
        Element table = document.getElementById(id);
        if (table == null) {
            throw new AssertionError("No table #" + id);
        }
        return table.select("tbody tr").stream().filter(tr -> !tr.select("td[data-value]").isEmpty())
                .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
    }

    /** A table's exact cell values ({@code data-value}), row by row. */
    public List<List<String>> values(String id) {
        Element table = document.getElementById(id);
        if (table == null) {
            throw new AssertionError("No table #" + id);
        }
        return table.select("tbody tr").stream().filter(tr -> !tr.select("td[data-value]").isEmpty())
                .map(tr -> tr.select("td").stream().map(td -> td.attr("data-value")).toList()).toList();
    }

    public String text(String cssQuery) {
        Element element = document.selectFirst(cssQuery);
        if (element == null) {
            throw new AssertionError("Nothing matches " + cssQuery);
        }
        return element.text();
    }

    public String attr(String cssQuery, String attribute) {
        Element element = document.selectFirst(cssQuery);
        if (element == null) {
            throw new AssertionError("Nothing matches " + cssQuery);
        }
        return element.attr(attribute);
    }

    public List<String> attrs(String cssQuery, String attribute) {
        return document.select(cssQuery).stream().map(e -> e.attr(attribute)).toList();
    }
}
