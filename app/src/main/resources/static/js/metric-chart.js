// The KPI page's chart: uPlot draws the series the server wrote into #chart-data, the target as a dashed line and,
// behind them, the bands of the thresholds: green where the KPI is on target, amber between, red beyond redAt.
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
    if (chart.target != null) {
        series.push({label: 'Target', stroke: '#067647', dash: [6, 4], width: 1.5, points: {show: false},
            value: (plot, value) => label(value)});
        data.push(chart.periods.map(() => chart.target));
    }
    const bounds = [chart.target, chart.greenAt, chart.redAt].filter((value) => value != null);
    const bands = (plot) => {
        if (chart.greenAt == null || chart.redAt == null) {
            return;
        }
        const {min, max} = plot.scales.y;
        const green = 'rgba(18, 183, 106, 0.10)', amber = 'rgba(247, 144, 9, 0.10)', red = 'rgba(240, 68, 56, 0.10)';
        const zones = chart.higherIsBetter
            ? [[chart.greenAt, max, green], [chart.redAt, chart.greenAt, amber], [min, chart.redAt, red]]
            : [[min, chart.greenAt, green], [chart.greenAt, chart.redAt, amber], [chart.redAt, max, red]];
        const {left, width} = plot.bbox;
        plot.ctx.save();
        zones.forEach(([from, to, colour]) => {
            const low = Math.max(from, min), high = Math.min(to, max);
            if (high > low) {
                const top = plot.valToPos(high, 'y', true), bottom = plot.valToPos(low, 'y', true);
                plot.ctx.fillStyle = colour;
                plot.ctx.fillRect(left, top, width, bottom - top);
            }
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
