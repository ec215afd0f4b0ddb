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
    // The main menu's groups (issue 18): each is a link to its page of links until here, where it becomes a disclosure
    // button (WAI-ARIA disclosure pattern). Enter or Space opens it (a native button); Escape closes it and puts focus back
    // on its button; opening one closes the others, and a click or focus elsewhere closes it.
    var groups = [];
    function closeGroup(group, focusButton) {
        group.button.setAttribute('aria-expanded', 'false');
        group.list.hidden = true;
        if (focusButton) {
            group.button.focus();
        }
    }

    document.querySelectorAll('a[data-disclosure]').forEach(function (link) {
        var list = document.getElementById(link.getAttribute('data-disclosure'));
        if (!list) {
            return;
        }

        var button = document.createElement('button');
        button.type = 'button';
        button.className = link.className;
        button.textContent = link.textContent;
        button.setAttribute('aria-expanded', 'false');
        button.setAttribute('aria-controls', list.id);
        link.replaceWith(button);
        var group = { button: button, list: list };
        groups.push(group);
        button.addEventListener('click', function () {
            var open = button.getAttribute('aria-expanded') !== 'true';
            groups.forEach(function (other) {
                if (other !== group) {
                    closeGroup(other, false);
                }
            });
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
            list.hidden = !open;
        });
        group.item = button.parentElement;
        group.item.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
                event.preventDefault();
                closeGroup(group, true);
            }
        });
        group.item.addEventListener('focusout', function (event) {
            if (event.relatedTarget && !group.item.contains(event.relatedTarget)) {
                closeGroup(group, false);
            }
        });
    });

    document.addEventListener('click', function (event) {
        groups.forEach(function (group) {
            if (!group.item.contains(event.target)) {
                closeGroup(group, false);
            }
        });
    });
})();
