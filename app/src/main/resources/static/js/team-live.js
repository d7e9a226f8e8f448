// The live team page. htmx reloads the #live part when the team changes, unless the leader has a form open there or
// is typing in one: then a notice says changes are available, and the part reloads as soon as the form closes (or at
// once, from the notice's button). A reload keeps the focus where it was.
(function () {
    const live = document.getElementById('live');
    const notice = document.getElementById('live-notice');
    if (!live || !notice || !window.htmx) {
        return;
    }
    const busy = () => Boolean(live.querySelector('details[open]')
        || (document.activeElement && document.activeElement.closest('#live form')));
    let pending = false;
    const reload = () => {
        pending = false;
        notice.hidden = true;
        htmx.trigger(live, 'reload');
    };
    live.addEventListener('sse:changed', () => {
        if (busy()) {
            pending = true;
            notice.hidden = false;
        }
    });
    // After the event that closed a form has done its work (a details toggled, focus moved, a row swapped).
    const reloadIfIdle = () => setTimeout(() => {
        if (pending && !busy()) {
            reload();
        }
    }, 0);
    live.addEventListener('toggle', reloadIfIdle, true);
    live.addEventListener('focusout', reloadIfIdle);
    live.addEventListener('htmx:afterSwap', reloadIfIdle);
    document.getElementById('live-reload').addEventListener('click', reload);

    // htmx refocuses an element with an id; a link has none, so it is found again by its address.
    let focusedLink = null;
    live.addEventListener('htmx:beforeSwap', (event) => {
        const active = document.activeElement;
        focusedLink = event.detail.target === live && active && !active.id && live.contains(active)
            && active.matches('a[href]') ? active.getAttribute('href') : null;
    });
    live.addEventListener('htmx:afterSettle', (event) => {
        if (focusedLink && event.detail.target === live) {
            const again = live.querySelector('a[href="' + CSS.escape(focusedLink) + '"]');
            if (again) {
                again.focus();
            }
            focusedLink = null;
        }
    });
})();
