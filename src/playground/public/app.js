// The playground client: a tiny Teams look-alike. Plain browser JavaScript, no build step.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const chat = $('chat');
  const form = $('composer');
  const input = $('text');
  const asSelect = $('as');
  const threadLabel = $('thread-label');
  const menu = $('mention-menu');
  const pills = $('mention-pills');
  const notice = $('notice');
  const noRsc = $('no-rsc');
  const clockNow = $('clock-now');
  const clockStatus = $('clock-status');
  let strings = {};
  let mentionable = [];
  let maxBytes = Infinity;
  let where = 'channel';
  let thread = null;
  /** Whose transcript at which server version is on screen. */
  let shownAs = null;
  let epoch = null;
  let version = -1;
  let transcript = [];
  /** Keys picked from the @ menu for the message being written, in order. */
  let picked = [];
  /** The open @ menu: where its "@" sits in the text, the candidates and the highlighted one. */
  let menuState = null;
  // Cards replaced for the clicker only (as Teams does with an Action.Execute response).
  const localCards = new Map();

  // ---- Markdown, the subset Teams renders in bot messages and card TextBlocks ----
  const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);

  /** Inline formatting on already escaped text. Links and code are set aside first so emphasis never reaches into a URL. */
  function inline(escaped) {
    const kept = [];
    const keep = (html) => '\u0000' + (kept.push(html) - 1) + '\u0000';
    const link = (label, url) => keep('<a href="' + url + '" target="_blank" rel="noopener noreferrer">' + label + '</a>');
    let s = escaped
      .replace(/`([^`]+)`/g, (_, code) => keep('<code>' + code + '</code>'))
      .replace(/\[([^\]]+)\]\(((?:https?:\/\/|mailto:)[^\s)]+)\)/g, (_, label, url) => link(label, url))
      .replace(/(^|[\s(])(https?:\/\/[^\s<]*[^\s<.,;:!?)])/g, (_, pre, url) => pre + link(url, url))
      .replace(/&lt;at&gt;(.*?)&lt;\/at&gt;/g, (_, name) => keep('<span class="mention">@' + name + '</span>'));
    s = s
      .replace(/\*\*(?!\s)(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/__(?!\s)(.+?)__/g, '<strong>$1</strong>')
      .replace(/(^|[^\p{L}\p{N}*])\*(?![\s*])(.+?)\*(?![\p{L}\p{N}])/gu, '$1<em>$2</em>')
      .replace(/(^|[^\p{L}\p{N}_])_(?![\s_])(.+?)_(?![\p{L}\p{N}])/gu, '$1<em>$2</em>')
      .replace(/~~(.+?)~~/g, '<del>$1</del>');
    return s.replace(/\u0000(\d+)\u0000/g, (_, i) => kept[Number(i)]);
  }

  /** Escape first, then the subset: bold, italics, strike, code, links, bullet and numbered lists, line breaks. */
  function markdownToHtml(text) {
    // NUL marks the set-aside pieces in inline(); it has no business in a chat message.
    const lines = String(text || '').replace(/\u0000/g, '').replace(/\r\n?/g, '\n').split('\n');
    const out = [];
    let list = null;
    const close = () => {
      if (list) out.push('</' + list + '>');
      list = null;
    };
    let pendingBreak = false;
    for (const raw of lines) {
      const bullet = /^\s*[-*+•]\s+(.*)$/.exec(raw);
      const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(raw);
      const item = bullet || numbered;
      if (item) {
        const kind = bullet ? 'ul' : 'ol';
        if (list !== kind) {
          close();
          out.push('<' + kind + '>');
          list = kind;
        }
        out.push('<li>' + inline(escapeHtml(item[1])) + '</li>');
        pendingBreak = false;
        continue;
      }
      close();
      if (pendingBreak) out.push('<br>');
      out.push(inline(escapeHtml(raw)));
      pendingBreak = true;
    }
    close();
    return out.join('');
  }

  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = markdownToHtml(text);
    result.didProcess = true;
  };

  function renderCard(entry) {
    const holder = document.createElement('div');
    try {
      const card = new AdaptiveCards.AdaptiveCard();
      card.hostConfig = new AdaptiveCards.HostConfig({ fontFamily: 'Segoe UI, system-ui, sans-serif' });
      card.onExecuteAction = (action) => onAction(entry, action);
      card.parse(localCards.get(entry.id) || entry.card);
      const el = card.render();
      if (el) holder.appendChild(el);
    } catch (err) {
      holder.textContent = (strings.cardFailed || '') + err.message;
      holder.className = 'error';
    }
    return holder;
  }

  function renderText(text) {
    const div = document.createElement('div');
    div.className = 'text';
    div.innerHTML = markdownToHtml(text);
    return div;
  }

  function renderEntry(entry) {
    const div = document.createElement('div');
    div.className = 'msg ' + (entry.from === 'user' ? 'user' : 'bot') + (entry.updated ? ' updated' : '') + (entry.unseen ? ' unseen' : '');
    div.dataset.id = entry.id;
    const who = document.createElement('div');
    who.className = 'who';
    const name = document.createElement('span');
    name.textContent = entry.name;
    who.appendChild(name);
    if (where === 'channel' && !entry.thread) {
      const reply = document.createElement('button');
      reply.className = 'reply';
      reply.type = 'button';
      reply.textContent = strings.replyInThread;
      reply.onclick = () => setThread(entry.id);
      who.appendChild(reply);
    }
    div.appendChild(who);
    if (entry.text) div.appendChild(renderText(entry.text));
    if (entry.card) div.appendChild(renderCard(entry));
    if (entry.unseen) {
      const note = document.createElement('div');
      note.className = 'unseen-note';
      note.textContent = strings.unseen;
      div.appendChild(note);
    }
    return div;
  }

  function render() {
    chat.innerHTML = '';
    const mine = transcript.filter((e) => e.where === where);
    const roots = mine.filter((e) => !e.thread);
    for (const root of roots) {
      chat.appendChild(renderEntry(root));
      const replies = mine.filter((e) => e.thread === root.id);
      if (replies.length) {
        const t = document.createElement('div');
        t.className = 'thread';
        for (const r of replies) t.appendChild(renderEntry(r));
        chat.appendChild(t);
      }
    }
    chat.scrollTop = chat.scrollHeight;
  }

  function setThread(id) {
    thread = id;
    threadLabel.hidden = !id;
    threadLabel.textContent = id ? strings.replyingInThread : '';
    input.focus();
  }
  threadLabel.onclick = () => setThread(null);

  async function api(path, body) {
    const res = await fetch('/playground/api/' + path, {
      method: body ? 'POST' : 'GET',
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    let json = {};
    try {
      json = await res.json();
    } catch (_) {
      /* an empty or non-JSON answer */
    }
    return { ok: res.ok, status: res.status, ...json };
  }

  function showNotice(message) {
    notice.textContent = message || '';
    notice.hidden = !message;
  }

  async function onAction(entry, action) {
    const verb = action.verb || (action.data && action.data.verb);
    if (action instanceof AdaptiveCards.OpenUrlAction) {
      window.open(action.url, '_blank');
      return;
    }
    const result = await api('click', { verb, data: action.data || {}, as: asSelect.value, where, replyToId: entry.id, thread: entry.thread || entry.id });
    if (result.card) {
      localCards.set(entry.id, result.card);
      render();
    } else if (result.message) {
      alert(result.message);
    }
    await poll();
  }

  async function poll() {
    try {
      const asked = asSelect.value;
      const feed = await api('feed?as=' + encodeURIComponent(asked));
      // An answer for the person selected before a switch would show their chat to the other one.
      if (asked !== asSelect.value) return;
      clockNow.textContent = feed.now || '';
      noRsc.checked = feed.rsc === false;
      // A restarted server counts from zero again.
      if (feed.epoch !== epoch) {
        epoch = feed.epoch;
        shownAs = null;
      }
      // Polls overlap: an older answer arriving late must not replace a newer transcript.
      if (shownAs === asked && feed.version <= version) return;
      shownAs = asked;
      version = feed.version;
      transcript = feed.entries;
      render();
    } catch (_) {
      /* the server restarted; try again next round */
    }
  }

  // ---- The @ menu: a mention exists only when a name is picked, as in Teams ----
  function currentQuery() {
    const caret = input.selectionStart == null ? input.value.length : input.selectionStart;
    const before = input.value.slice(0, caret);
    const m = /(^|\s)@([^\s@]*(?: [^\s@]*)?)$/u.exec(before);
    if (!m) return null;
    return { start: caret - m[2].length - 1, end: caret, query: m[2].toLowerCase() };
  }

  function candidatesFor(query) {
    return mentionable.filter((p) => {
      const name = p.name.toLowerCase();
      return name.startsWith(query) || name.split(' ').some((w) => w.startsWith(query));
    });
  }

  function closeMenu() {
    menuState = null;
    menu.hidden = true;
    menu.innerHTML = '';
    input.setAttribute('aria-expanded', 'false');
  }

  function drawMenu() {
    menu.innerHTML = '';
    menuState.candidates.forEach((p, i) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.dataset.key = p.key;
      li.className = i === menuState.active ? 'active' : '';
      li.setAttribute('aria-selected', String(i === menuState.active));
      li.textContent = '@' + p.name;
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        pick(p);
      });
      menu.appendChild(li);
    });
    menu.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function updateMenu() {
    const q = currentQuery();
    const candidates = q ? candidatesFor(q.query) : [];
    if (!q || !candidates.length) return closeMenu();
    menuState = { ...q, candidates, active: 0 };
    drawMenu();
  }

  function pick(person) {
    const { start, end } = menuState;
    const text = '@' + person.name + ' ';
    input.value = input.value.slice(0, start) + text + input.value.slice(end);
    const caret = start + text.length;
    input.setSelectionRange(caret, caret);
    picked.push(person.key);
    closeMenu();
    drawPills();
    input.focus();
  }

  /** A pick whose "@Name" was edited away is no mention any more. */
  function prunePicks() {
    const left = [];
    const counts = {};
    for (const key of picked) {
      const p = mentionable.find((x) => x.key === key);
      counts[key] = (counts[key] || 0) + 1;
      if (p && input.value.split('@' + p.name).length - 1 >= counts[key]) left.push(key);
    }
    if (left.length !== picked.length) {
      picked = left;
      drawPills();
    }
  }

  function drawPills() {
    pills.innerHTML = '';
    picked.forEach((key, i) => {
      const p = mentionable.find((x) => x.key === key);
      if (!p) return;
      const pill = document.createElement('span');
      pill.className = 'pill';
      pill.dataset.key = key;
      pill.textContent = '@' + p.name;
      const x = document.createElement('button');
      x.type = 'button';
      x.textContent = '✕';
      x.setAttribute('aria-label', strings.removeMention + ' @' + p.name);
      x.onclick = () => {
        picked.splice(i, 1);
        drawPills();
      };
      pill.appendChild(x);
      pills.appendChild(pill);
    });
    pills.hidden = !picked.length;
  }

  input.addEventListener('input', () => {
    prunePicks();
    updateMenu();
    showNotice('');
  });
  input.addEventListener('click', updateMenu);
  input.addEventListener('blur', () => setTimeout(closeMenu, 150));
  input.addEventListener('keydown', (e) => {
    if (!menuState) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = menuState.candidates.length;
      menuState.active = (menuState.active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
      drawMenu();
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      pick(menuState.candidates[menuState.active]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      closeMenu();
    }
  });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (menuState) return;
    const text = input.value.trim();
    if (!text) return;
    prunePicks();
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > maxBytes) {
      // Teams' compose box will not send it; neither do we, and we say why.
      showNotice((await api('too-long', { bytes })).message);
      return;
    }
    const result = await api('say', { text, as: asSelect.value, where, thread: where === 'channel' ? thread : null, mentions: picked });
    if (!result.ok) {
      // Refused, as the Teams compose box refuses: the text stays in the box so nothing is lost.
      showNotice(result.message);
      return;
    }
    showNotice('');
    input.value = '';
    picked = [];
    drawPills();
    await poll();
  });

  for (const b of document.querySelectorAll('.conv')) {
    b.addEventListener('click', () => {
      document.querySelectorAll('.conv').forEach((x) => x.classList.remove('active'));
      b.classList.add('active');
      where = b.dataset.where;
      setThread(null);
      render();
    });
  }

  asSelect.addEventListener('change', () => {
    shownAs = null;
    poll();
  });

  noRsc.addEventListener('change', async () => {
    // Another tenant: another team, channel and personal chats.
    setThread(null);
    await api('settings', { rsc: !noRsc.checked });
    await poll();
  });

  for (const b of document.querySelectorAll('.jump')) {
    b.addEventListener('click', async () => {
      const all = document.querySelectorAll('.jump');
      all.forEach((x) => (x.disabled = true));
      clockStatus.textContent = strings.working;
      try {
        const r = await api('clock', { jump: b.dataset.jump });
        clockStatus.textContent = r.message || '';
      } finally {
        all.forEach((x) => (x.disabled = false));
      }
      await poll();
    });
  }

  api('setup').then((setup) => {
    strings = setup.strings || {};
    mentionable = setup.mentionable || [];
    maxBytes = setup.maxBytes || Infinity;
    input.placeholder = strings.botHint;
    menu.setAttribute('aria-label', strings.mentionMenu);
    setInterval(poll, 700);
    poll().then(() => (document.body.dataset.ready = '1'));
  });
})();
