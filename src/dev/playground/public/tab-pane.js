// The tab beside the chat: the Teams host stand-in (/playground/tab) in a pane, for the person and
// tenant chosen in the playground. Changing either reopens it, as Teams reloads a tab on sign-in.
(function () {
  'use strict';
  const toggle = document.getElementById('tab-toggle');
  const pane = document.getElementById('tab-pane');
  const as = document.getElementById('as');
  const noRsc = document.getElementById('no-rsc');
  function url() {
    return '/playground/tab?' + new URLSearchParams({ as: as.value, tenant: noRsc.checked ? 'no-rsc' : 'rsc' });
  }
  function open() {
    const frame = document.createElement('iframe');
    frame.title = toggle.textContent;
    frame.src = url();
    pane.replaceChildren(frame);
  }
  toggle.addEventListener('click', function () {
    const show = pane.hidden;
    pane.hidden = !show;
    toggle.setAttribute('aria-expanded', String(show));
    toggle.classList.toggle('active', show);
    if (show) open();
    else pane.replaceChildren();
  });
  for (const el of [as, noRsc])
    el.addEventListener('change', function () {
      if (!pane.hidden) open();
    });
})();
