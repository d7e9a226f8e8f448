// The insights page's charts: each .insight-chart holds its data as JSON (labels, series, percent, line), written by
// the server (InsightCharts); uPlot draws bars, or a line for a trend over quarters. The table beside each chart has
// the same numbers for those who do not read charts.
(function () {
    if (!window.uPlot) {
        return;
    }
    document.querySelectorAll('.insight-chart').forEach((holder) => {
        const chart = JSON.parse(holder.querySelector('script').textContent);
        if (!chart || chart.labels.length === 0) {
            return;
        }
        const suffix = chart.percent ? '%' : '';
        const label = (value) => value == null ? '–' : value.toLocaleString('en-GB') + suffix;
        // Several series are stacked: each bar is drawn as the sum of its series so far, the tallest first, so the
        // shorter ones painted over it show as its segments; the legend reads each series' own value.
        const stacked = !chart.line && chart.series.length > 1;
        const bars = chart.line ? undefined : uPlot.paths.bars({size: [0.6, 64]});
        const order = stacked ? chart.series.map((one, index) => index).reverse() : chart.series.map((one, index) => index);
        const own = (index) => chart.series[index].values.map((value) => value == null ? null : Number(value));
        const drawn = (index) => !stacked ? own(index) : own(0).map((unused, at) =>
            chart.series.slice(0, index + 1).reduce((sum, one) => sum + Number(one.values[at] ?? 0), 0));
        const series = [{label: chart.of, value: (plot, index) => index == null ? '–' : chart.labels[index]}]
            .concat(order.map((index) => ({
                label: chart.series[index].label, stroke: chart.series[index].colour,
                fill: chart.line ? undefined : chart.series[index].colour, width: chart.line ? 2 : 0,
                paths: bars, points: {show: chart.line},
                value: (plot, value, seriesIndex, at) => label(at == null ? null : own(index)[at]),
            })));
        const data = [chart.labels.map((name, index) => index)].concat(order.map(drawn));
        const size = () => ({width: holder.clientWidth, height: Math.round(Math.min(280, Math.max(180, holder.clientWidth * 0.35)))});
        const plot = new uPlot({
            ...size(),
            series,
            scales: {
                x: {time: false, range: (plot, min, max) => [min - 0.5, max + 0.5]},
                y: {range: (plot, min, max) => [0, chart.percent ? 100 : Math.max(1, max ?? 0) * 1.1]},
            },
            axes: [
                // One tick per bar (or point), named; no grid lines between them.
                {splits: () => chart.labels.map((name, index) => index), grid: {show: false},
                    values: (plot, splits) => splits.map((index) => chart.labels[index] ?? '')},
                {size: 56, values: (plot, splits) => splits.map((value) => label(value))},
            ],
            legend: {live: true},
        }, data, holder);
        new ResizeObserver(() => plot.setSize(size())).observe(holder);
    });
})();
