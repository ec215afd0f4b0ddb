// The dashboard's charts. Each canvas carries its figures in data- attributes; every figure is also in the tile's text
// or table, which is what screen readers read (the canvas has a role of img and a label saying what it shows).
(function () {
    'use strict';
    if (typeof Chart === 'undefined') {
        return;
    }

    var rag = ['#b02a37', '#d98e04', '#198754', '#adb5bd'];
    var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    var common = { responsive: true, maintainAspectRatio: false, animation: reduceMotion ? false : { duration: 300 } };
    function read(canvas, name) { return JSON.parse(canvas.getAttribute('data-' + name)); }

    // Long category labels are broken into lines that fit the room Chart.js gives an axis (at most half the chart's
    // width), so no label is ever cut at the canvas's edge (issue 18: "ement towards sustainability").
    function wrapped(canvas, labels, share) {
        var room = Math.max(60, canvas.parentNode.clientWidth * share - 16);
        var context = canvas.getContext('2d');
        context.font = Chart.helpers.toFont(Chart.defaults.font).string;
        return labels.map(function (label) {
            var lines = [];
            var line = '';
            String(label).split(' ').forEach(function (word) {
                var tried = line ? line + ' ' + word : word;
                if (line && context.measureText(tried).width > room) {
                    lines.push(line);
                    line = word;
                } else {
                    line = tried;
                }
            });
            lines.push(line);
            return lines.length === 1 ? lines[0] : lines;
        });
    }

    var builders = {
        'rag-doughnut': function (c) {
            return { type: 'doughnut', data: { labels: ['Red', 'Amber', 'Green', 'No data'], datasets: [{ data: read(c, 'values'), backgroundColor: rag }] },
                options: Object.assign({}, common, { plugins: { legend: { position: 'right' } } }) };
        },
        'progress-doughnut': function (c) {
            return { type: 'doughnut', data: { labels: ['Complete', 'In progress', 'Not started'], datasets: [{ data: read(c, 'values'), backgroundColor: [rag[2], rag[1], rag[3]] }] },
                options: Object.assign({}, common, { plugins: { legend: { position: 'right' } } }) };
        },
        'plan-bars': function (c) {
            var values = read(c, 'values');
            var names = ['Red', 'Amber', 'Green', 'No data'];
            return { type: 'bar', data: { labels: read(c, 'labels'), datasets: values.map(function (v, i) { return { label: names[i], data: v, backgroundColor: rag[i] }; }) },
                options: Object.assign({}, common, { scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 }, title: { display: true, text: 'Priority areas' } } } }) };
        },
        'aalborg-bars': function (c) {
            return { type: 'bar', data: { labels: wrapped(c, read(c, 'labels'), 0.45), datasets: [
                        { label: 'This year', data: read(c, 'values'), backgroundColor: '#1d3a5f' },
                        { label: 'Year before', data: read(c, 'previous'), backgroundColor: '#adb5bd' }] },
                options: Object.assign({}, common, { indexAxis: 'y', scales: {
                    x: { min: 0, max: 4, title: { display: true, text: 'Score out of 4' } },
                    y: { ticks: { autoSkip: false } } } }) };
        },
        'trend': function (c) {
            var colours = ['#b02a37', '#d98e04', '#198754', '#6c757d'];
            var series = read(c, 'series');
            var red = series.length > 1 && series[0].name === 'Red';
            return { type: 'line', data: { labels: read(c, 'labels'), datasets: series.map(function (s, i) {
                        return { label: s.name, data: s.values, borderColor: red ? colours[i % 4] : ['#1d3a5f', '#6c757d', '#198754'][i % 3],
                            backgroundColor: 'transparent', spanGaps: true, borderDash: i === 0 ? [] : [4, 3] };
                    }) },
                options: Object.assign({}, common, { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }) };
        }
    };

    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var build = builders[canvas.getAttribute('data-chart')];
        if (build) {
            new Chart(canvas, build(canvas));
        }
    });
}());
