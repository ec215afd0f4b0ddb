// The indicator's line chart: results against target over all periods. The figures come from the JSON block the page
// carries (the same figures as the table beside it, which is what screen readers use).
(function () {
    'use strict';
    var canvas = document.getElementById('indicator-chart');
    var source = document.getElementById('indicator-chart-data');
    if (!canvas || !source || typeof Chart === 'undefined') {
        return;
    }

    var data = JSON.parse(source.textContent);
    var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    new Chart(canvas, {
        type: 'line',
        data: {
            labels: data.labels,
            datasets: [
                {
                    label: 'Result' + (data.unit ? ' (' + data.unit + ')' : ''),
                    data: data.results,
                    borderColor: '#1d3a5f',
                    backgroundColor: '#1d3a5f',
                    // A hollow point marks a figure in doubt, so colour is not the only sign.
                    pointStyle: data.inDoubt.map(function (doubt) { return doubt ? 'triangle' : 'circle'; }),
                    pointRadius: data.inDoubt.map(function (doubt) { return doubt ? 6 : 3; }),
                    tension: 0
                },
                {
                    label: 'Target',
                    data: data.targets,
                    borderColor: '#6e3c00',
                    borderDash: [6, 4],
                    pointRadius: 0,
                    spanGaps: false,
                    stepped: true
                }
            ]
        },
        options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: reduceMotion ? false : { duration: 300 },
            plugins: {
                title: { display: true, text: data.title },
                legend: { position: 'bottom' }
            },
            scales: { y: { beginAtZero: false } }
        }
    });
}());
