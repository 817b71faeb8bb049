// The playground client: a tiny Teams look-alike. Plain browser JavaScript, no build step.
(function () {
  'use strict';
  const chat = document.getElementById('chat');
  const form = document.getElementById('composer');
  const input = document.getElementById('text');
  const asSelect = document.getElementById('as');
  const threadLabel = document.getElementById('thread-label');
  let where = 'channel';
  let thread = null;
  let version = -1;
  let transcript = [];
  // Cards replaced for the clicker only (as Teams does with an Action.Execute response).
  const localCards = new Map();

  // Teams renders a small markdown subset in cards (bold, italics, links); so does the playground.
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    const escaped = String(text).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
    result.outputHtml = escaped
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|\s)_(.+?)_(?=\s|$)/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>')
      .replace(/\n/g, '<br>');
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
      holder.textContent = 'Kortet kunne ikke vises: ' + err.message;
      holder.className = 'error';
    }
    return holder;
  }

  function textWithMentions(text) {
    const span = document.createElement('div');
    span.className = 'text';
    const parts = String(text || '').split(/(<at>.*?<\/at>)/g);
    for (const p of parts) {
      const m = /^<at>(.*)<\/at>$/.exec(p);
      if (m) {
        const b = document.createElement('strong');
        b.textContent = '@' + m[1];
        span.appendChild(b);
      } else span.appendChild(document.createTextNode(p));
    }
    return span;
  }

  function renderEntry(entry) {
    const div = document.createElement('div');
    div.className = 'msg ' + (entry.from === 'user' ? 'user' : 'bot') + (entry.updated ? ' updated' : '');
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
      reply.textContent = 'Svar i tråden';
      reply.onclick = () => setThread(entry.id);
      who.appendChild(reply);
    }
    div.appendChild(who);
    if (entry.text) div.appendChild(textWithMentions(entry.text));
    if (entry.card) div.appendChild(renderCard(entry));
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
    threadLabel.textContent = id ? 'Svarer i tråd ✕' : '';
    input.focus();
  }
  threadLabel.onclick = () => setThread(null);

  async function api(path, body) {
    const res = await fetch('/playground/api/' + path, {
      method: body ? 'POST' : 'GET',
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    return res.json();
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
      const feed = await api('feed?after=' + version);
      if (feed.version !== version) {
        version = feed.version;
        transcript = feed.entries;
        render();
      }
    } catch (_) {
      /* the server restarted; try again next round */
    }
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    await api('say', { text, as: asSelect.value, where, thread: where === 'channel' ? thread : null });
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

  setInterval(poll, 700);
  poll();
})();
