// The KPI page's chart: uPlot draws the series the server wrote into #chart-data, the target in force at the end of
// each period as a dashed line that steps where the target changed and, behind them, each period's bands of the
// thresholds then: green where the KPI was on target, amber between, red beyond redAt.
(function () {
    const holder = document.getElementById('chart');
    const source = document.getElementById('chart-data');
    if (!holder || !source || !window.uPlot) {
        return;
    }
    const chart = JSON.parse(source.textContent);
    const labels = JSON.parse(document.getElementById('chart-labels').textContent);
    const unit = chart.unit ? (chart.unit === '%' ? '%' : ' ' + chart.unit) : '';
    const number = (value) => value.toLocaleString('en-GB');
    const label = (value) => value == null ? '–' : number(value) + unit;
    // Short names for the axis: "W48", "Nov 26", "Q4 26"; the legend reads the full ones.
    const short = (period) => {
        const [year, rest] = period.split('-');
        if (rest.startsWith('W') || rest.startsWith('Q')) {
            return rest + ' ' + year.slice(2);
        }
        return new Date(Date.UTC(+year, +rest - 1, 1)).toLocaleString('en-GB', {month: 'short', timeZone: 'UTC'})
            + ' ' + year.slice(2);
    };
    const series = [
        {label: 'Period', value: (plot, index) => index == null ? '–' : labels[index]},
        {label: 'Value', stroke: '#1570ef', width: 2, points: {size: 7, fill: '#1570ef'}, value: (plot, value) => label(value)},
    ];
    // One x per period, so that a period without a value is a gap, not a slope.
    const data = [chart.periods.map((period, index) => index), chart.values];
    // A period's target holds from its point to the next period's, and beyond the first and last to the edges: the line
    // steps up or down at the first period whose end a new target judged.
    series.push({label: 'Target', stroke: '#067647', dash: [6, 4], width: 1.5, points: {show: false},
        paths: uPlot.paths.stepped({align: 1, extend: true}), value: (plot, value) => label(value)});
    data.push(chart.targets);
    const bounds = [...chart.targets, ...chart.greenAts, ...chart.redAts].filter((value) => value != null);
    // Each period's bands are those of its own thresholds, drawn across its slot of the x axis.
    const bands = (plot) => {
        const {min, max} = plot.scales.y;
        const green = 'rgba(18, 183, 106, 0.10)', amber = 'rgba(247, 144, 9, 0.10)', red = 'rgba(240, 68, 56, 0.10)';
        plot.ctx.save();
        chart.periods.forEach((period, index) => {
            const greenAt = chart.greenAts[index], redAt = chart.redAts[index];
            const zones = chart.higherIsBetter
                ? [[greenAt, max, green], [redAt, greenAt, amber], [min, redAt, red]]
                : [[min, greenAt, green], [greenAt, redAt, amber], [redAt, max, red]];
            const from = plot.valToPos(index - 0.5, 'x', true), to = plot.valToPos(index + 0.5, 'x', true);
            zones.forEach(([low, high, colour]) => {
                const bottom = Math.max(low, min), top = Math.min(high, max);
                if (top > bottom) {
                    const y = plot.valToPos(top, 'y', true);
                    plot.ctx.fillStyle = colour;
                    plot.ctx.fillRect(from, y, to - from, plot.valToPos(bottom, 'y', true) - y);
                }
            });
        });
        plot.ctx.restore();
    };
    const size = () => ({width: holder.clientWidth, height: Math.round(Math.min(320, Math.max(200, holder.clientWidth * 0.4)))});
    const plot = new uPlot({
        ...size(),
        series,
        scales: {
            x: {time: false, range: (plot, min, max) => [min - 0.5, max + 0.5]},
            // The thresholds stay in view, so that every band shows even when the values keep to one of them.
            y: {range: (plot, min, max) => {
                const low = Math.min(min ?? Infinity, ...bounds), high = Math.max(max ?? -Infinity, ...bounds);
                const pad = (high - low) * 0.08 || Math.abs(high) * 0.1 || 1;
                return [low - pad, high + pad];
            }},
        },
        axes: [
            {incrs: [1, 2, 3, 4, 6, 12, 13, 26, 52], space: 56,
                values: (plot, splits) => splits.map((index) => chart.periods[index] ? short(chart.periods[index]) : '')},
            {size: 72, label: chart.unit || undefined, values: (plot, splits) => splits.map((value) => number(value))},
        ],
        hooks: {drawClear: [bands]},
        legend: {live: true},
    }, data, holder);
    new ResizeObserver(() => plot.setSize(size())).observe(holder);
})();
