// Progressive enhancement only: every page works without this file.
(function () {
    'use strict';

    // Move focus to the error summary so screen readers announce the problems (GOV.UK pattern).
    var summary = document.querySelector('[data-error-summary]');
    if (summary) {
        summary.focus();
    }

    // Ask before an irreversible step, on buttons that carry data-confirm. Then, while a form posts, its buttons are
    // disabled, so a double-click sends it once (the server's one-time form token refuses a second post anyway).
    document.addEventListener('submit', function (event) {
        var button = event.submitter;
        var message = button && button.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
            return;
        }

        var form = event.target;
        if (event.defaultPrevented || !form || (form.getAttribute('method') || '').toLowerCase() !== 'post') {
            return;
        }

        // After this turn, so the pressed button's own name and value still go with the form.
        window.setTimeout(function () {
            form.querySelectorAll('button[type=submit], button:not([type]), input[type=submit]').forEach(function (b) {
                if (!b.disabled) {
                    b.disabled = true;
                    b.setAttribute('data-posting', '');
                }
            });
        }, 0);

        // A post that never leaves the page (a download, a lost connection) gives the buttons back.
        window.setTimeout(enableButtons, 10000);
    });

    function enableButtons() {
        document.querySelectorAll('[data-posting]').forEach(function (b) {
            b.disabled = false;
            b.removeAttribute('data-posting');
        });
    }

    // Back to a page the browser kept (the back button): its buttons work again.
    window.addEventListener('pageshow', enableButtons);
})();
