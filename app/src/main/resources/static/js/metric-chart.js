// The KPI page's chart: uPlot draws the series the server wrote into #chart-data, with the target as a dashed line.
(function () {
    const holder = document.getElementById('chart');
    const source = document.getElementById('chart-data');
    if (!holder || !source || !window.uPlot) {
        return;
    }
    const chart = JSON.parse(source.textContent);
    const unit = chart.unit ? ' ' + chart.unit : '';
    const label = (value) => value == null ? '–' : value.toLocaleString() + unit;
    const series = [
        {label: 'Period', value: (plot, index) => index == null ? '–' : chart.periods[index]},
        {label: 'Value', stroke: '#1570ef', fill: 'rgba(21, 112, 239, 0.08)', width: 2,
            points: {size: 7, fill: '#1570ef'}, value: (plot, value) => label(value)},
    ];
    // One x per period, so that a period without a value is a gap, not a slope.
    const data = [chart.periods.map((period, index) => index), chart.values];
    if (chart.target != null) {
        series.push({label: 'Target', stroke: '#067647', dash: [6, 4], width: 1.5, points: {show: false},
            value: (plot, value) => label(value)});
        data.push(chart.periods.map(() => chart.target));
    }
    const size = () => ({width: holder.clientWidth, height: Math.round(Math.min(320, Math.max(200, holder.clientWidth * 0.4)))});
    const plot = new uPlot({
        ...size(),
        series,
        scales: {x: {time: false, range: (plot, min, max) => [min - 0.5, max + 0.5]}},
        axes: [
            {incrs: [1, 2, 3, 4, 6, 12, 13, 26, 52], space: 56,
                values: (plot, splits) => splits.map((index) => chart.periods[index] ?? '')},
            {size: 56, values: (plot, splits) => splits.map((value) => value.toLocaleString())},
        ],
        legend: {live: true},
    }, data, holder);
    new ResizeObserver(() => plot.setSize(size())).observe(holder);
})();
