// The self-assessment form, enhanced: a live word count, saving on a timer, and a warning before leaving unsaved work.
// Without this file the form still works: "Save draft" posts it, and the server counts the words.
(function () {
    'use strict';
    var form = document.querySelector('[data-assessment-form]');
    if (!form) {
        return;
    }

    var budget = parseInt(form.getAttribute('data-word-budget'), 10);
    var boxes = Array.prototype.slice.call(form.querySelectorAll('[data-words]'));
    var counter = document.getElementById('word-count');
    var status = document.getElementById('save-status');
    var version = form.querySelector('[data-version]');
    var dirty = false;
    var saving = false;

    function words(text) {
        var matches = text.match(/\S+/g);
        return matches ? matches.length : 0;
    }

    function count() {
        var used = boxes.reduce(function (sum, box) { return sum + words(box.value); }, 0);
        var left = budget - used;
        counter.textContent = left >= 0
            ? used + ' words used, ' + left + ' left of ' + budget + '.'
            : used + ' words used: ' + (-left) + ' over the ' + budget + ' that fit one side of A4.';
        counter.classList.toggle('text-danger', left < 0);
    }

    function autosave() {
        if (!dirty || saving) {
            return;
        }

        saving = true;
        var data = new FormData(form);
        fetch(form.getAttribute('data-autosave-url'), { method: 'POST', body: data, credentials: 'same-origin' })
            .then(function (response) {
                return response.json().then(function (body) { return { ok: response.ok, body: body }; });
            })
            .then(function (result) {
                if (result.ok) {
                    version.value = result.body.version;
                    dirty = false;
                    status.textContent = 'Saved at ' + result.body.savedAt;
                } else {
                    status.textContent = 'Not saved: ' + result.body.message;
                }
            })
            .catch(function () {
                status.textContent = 'Not saved: the site could not be reached. Your text is still here; try "Save draft".';
            })
            .then(function () { saving = false; });
    }

    boxes.forEach(function (box) {
        box.addEventListener('input', function () {
            dirty = true;
            count();
        });
    });
    form.addEventListener('submit', function () { dirty = false; });
    window.addEventListener('beforeunload', function (event) {
        if (dirty) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
    count();
    window.setInterval(autosave, 30000);
})();
