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
            return { type: 'bar', data: { labels: read(c, 'labels'), datasets: [
                        { label: 'This year', data: read(c, 'values'), backgroundColor: '#1d3a5f' },
                        { label: 'Year before', data: read(c, 'previous'), backgroundColor: '#adb5bd' }] },
                options: Object.assign({}, common, { indexAxis: 'y', scales: { x: { min: 0, max: 4, title: { display: true, text: 'Score out of 4' } } } }) };
        }
    };

    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var build = builders[canvas.getAttribute('data-chart')];
        if (build) {
            new Chart(canvas, build(canvas));
        }
    });
}());
