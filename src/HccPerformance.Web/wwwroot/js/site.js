// Progressive enhancement only: every page works without this file.
(function () {
    'use strict';

    // Move focus to the error summary so screen readers announce the problems (GOV.UK pattern).
    var summary = document.querySelector('[data-error-summary]');
    if (summary) {
        summary.focus();
    }

    // Ask before an irreversible step, on buttons that carry data-confirm.
    document.addEventListener('submit', function (event) {
        var button = event.submitter;
        var message = button && button.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });
})();
