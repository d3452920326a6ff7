package org.nhlakehouse.dashboard.quality;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.query.GoldReadModel;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.view.Charts;
import org.nhlakehouse.dashboard.view.Charts.ValueFormat;
import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Columns;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.view.Option;
import org.nhlakehouse.dashboard.web.Pages;

/** Reads the distribution of a staffing metric per star rating. */
@Singleton
public class QualityReadModel extends GoldReadModel {

    static final List<Column> COLUMNS = List.of(
            Column.of("rating", "Stars", Format.TEXT),
            Columns.FACILITIES,
            Column.of("mean", "Mean", Format.HPRD),
            Column.of("p10", "p10", Format.HPRD),
            Column.of("p25", "p25", Format.HPRD),
            Column.of("median", "Median", Format.HPRD),
            Column.of("p75", "p75", Format.HPRD),
            Column.of("p90", "p90", Format.HPRD));

    public QualityView read(QualityFilter filter, Quarters quarters) {
        String quarter = filter.quarter();
        Rating rating = filter.rating();
        QualityMetric metric = filter.metric();
        QueryResult result = queries.run(filter.query());
        List<String> categories = new ArrayList<>();
        List<List<Double>> boxes = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            categories.add(row.get(0) + ("Not rated".equals(row.get(0)) ? "" : "★") + " (" + row.get(1) + ")");
            List<Double> box = new ArrayList<>();
            for (int i = 3; i <= 7; i++) {
                box.add((Double) Charts.point(row.get(i), ValueFormat.HPRD));
            }
            boxes.add(box);
        }
        return new QualityView(quarter, quarters.options(quarter),
                stateOptions(quarter, filter.state()),
                Option.of(Rating.class, rating, null), Option.of(QualityMetric.class, metric, null),
                Charts.boxplot("quality-chart", metric.label() + " by " + rating.label().toLowerCase(
                        java.util.Locale.ROOT) + ", " + quarter + " (box: p25-p75, whiskers: p10-p90)",
                        rating.label() + " (facilities)", categories, "Hours per resident per day",
                        ValueFormat.HPRD, boxes),
                DataTable.of("quality", metric.label() + " per " + rating.label().toLowerCase(java.util.Locale.ROOT),
                        COLUMNS, result, filter.filters().link("/quality/export.csv"),
                        c -> Pages.facilityHref(c, quarter)));
    }
}
