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
  let leftKeys = new Set();
  let maxBytes = Infinity;
  let where = 'channel';
  /** Whether the person writing has left the team: the button offers the way back, the channel is gone. */
  let meLeft = false;
  let thread = null;
  /**
   * The tenant this page shows, chosen with the checkbox: every request names it, so the chat on
   * screen is always the one the next message goes to (a late answer for the other tenant is dropped).
   */
  let tenant = null;
  /** Whose transcript in which tenant at which server version is on screen. */
  let shownAs = null;
  let epoch = null;
  let version = -1;
  let transcript = [];
  /** Keys picked from the @ menu for the message being written, in order. */
  let picked = [];
  /** The open @ menu: where its "@" sits in the text, the candidates and the highlighted one. */
  let menuState = null;
  // What Teams shows only to the person who clicked a card button, per person and message:
  // { card, rev } a card that replaces the shared one (until the bot updates the message for all),
  // { reply: { kind: 'message' | 'error', text } } a message or an error shown on the card.
  const clicked = new Map();
  /** Cards with a click under way, per person: Teams shows the card as busy meanwhile. */
  const busy = new Set();
  const clickKey = (who, entry) => who + '|' + entry.id;
  /**
   * What this page sent, as typed (with the picked mentions): the server keeps identity numbers
   * masked, so the text as typed lives only in this tab's sessionStorage and survives a reload here,
   * as the sender's message in Teams stays as typed (N3, month round 6).
   */
  const TYPED_KEY = 'nettverksboten-playground-typed';
  const typed = new Map();
  try {
    for (const [id, text] of Object.entries(JSON.parse(sessionStorage.getItem(TYPED_KEY) || '{}')))
      if (typeof text === 'string') typed.set(id, text);
  } catch (_) {
    /* no storage or a broken copy: the masked text is shown, with its note */
  }
  const keepTyped = () => {
    try {
      sessionStorage.setItem(TYPED_KEY, JSON.stringify(Object.fromEntries(typed)));
    } catch (_) {
      /* storage full or off: the copy lasts until the page is reloaded */
    }
  };
  const setTyped = (id, text) => {
    typed.set(id, text);
    keepTyped();
  };
  const dropTyped = (id) => {
    typed.delete(id);
    keepTyped();
  };
  /** The text a person's own message shows: as they typed it while this page is open, as Teams shows it. */
  const shownText = (entry) => (entry.from === 'user' && typed.has(entry.id) ? typed.get(entry.id) : entry.text);

  // ---- One compose box per person and conversation/thread, as in Teams ----
  /** Unsent text and picked mentions per tenant, person, conversation and thread. */
  const drafts = new Map();
  const draftKey = () => [tenant, asSelect.value, where, where === 'channel' ? thread || '' : ''].join('|');
  /** Runs a change of view: what is in the box stays with the view it was typed in, and the new view's draft comes back. */
  function switchView(change) {
    const before = draftKey();
    if (input.value || picked.length) drafts.set(before, { text: input.value, picked: picked.slice() });
    else drafts.delete(before);
    change();
    const d = drafts.get(draftKey());
    input.value = d ? d.text : '';
    picked = d ? d.picked.slice() : [];
    closeMenu();
    drawPills();
  }
  /** Puts a refused text back into the box it came from (never into another person's), unless that box has new text. */
  function restoreDraft(key, text, mentions) {
    if (key === draftKey()) {
      if (!input.value) {
        input.value = text;
        picked = mentions;
        drawPills();
      }
      return;
    }
    const d = drafts.get(key);
    if (!d || !d.text) drafts.set(key, { text, picked: mentions });
  }
  /** The message as the server makes it: each picked name becomes a mention at its first «@Name». */
  function withMentions(text, keys) {
    let body = text;
    const seen = new Set();
    for (const key of keys) {
      const m = mentionable.find((p) => p.key === key);
      if (!m || seen.has(key) || !body.includes('@' + m.name)) continue;
      seen.add(key);
      body = body.replace('@' + m.name, '<at>' + m.name + '</at>');
    }
    return body;
  }

  // Teams' own host config for Adaptive Cards (the light theme): up to 6 actions in a horizontal,
  // left-aligned row, 8 px between buttons, Segoe UI at 12/14/14/18/24 px and Teams' colours.
  const fg = (accent, attention) => ({
    default: { default: '#ff252424', subtle: '#bf252424' },
    dark: { default: '#252424', subtle: '#bf252424' },
    light: { default: '#ffffff', subtle: '#fff3f2f1' },
    accent: { default: accent, subtle: '#8b8cc7' },
    good: { default: '#92c353', subtle: '#e592c353' },
    warning: { default: '#f8d22a', subtle: '#e5f8d22a' },
    attention: { default: attention, subtle: '#e5c4314b' },
  });
  const TEAMS_HOST_CONFIG = {
    choiceSetInputValueSeparator: ',',
    supportsInteractivity: true,
    fontFamily: "'Segoe UI', 'Helvetica Neue', system-ui, sans-serif",
    spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: '#EEEEEE' },
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    imageSizes: { small: 32, medium: 52, large: 100 },
    containerStyles: {
      default: { foregroundColors: fg('#6264a7', '#c4314b'), backgroundColor: '#ffffff' },
      emphasis: { foregroundColors: fg('#6264a7', '#c4314b'), backgroundColor: '#fff9f8f7' },
    },
    actions: {
      maxActions: 6,
      spacing: 'Default',
      buttonSpacing: 8,
      showCard: { actionMode: 'Inline', inlineTopMargin: 16, style: 'emphasis' },
      preExpandSingleShowCardAction: false,
      actionsOrientation: 'Horizontal',
      actionAlignment: 'Left',
    },
    adaptiveCard: { allowCustomStyle: false },
    imageSet: { imageSize: 'Medium', maxImageHeight: 100 },
    factSet: {
      title: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Bolder', wrap: true },
      value: { size: 'Default', color: 'Default', isSubtle: false, weight: 'Default', wrap: true },
      spacing: 16,
    },
  };

  // ---- Markdown, the subset Teams renders in bot messages and card TextBlocks ----
  const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);

  /** Inline formatting on already escaped text. Links and code are set aside first so emphasis never reaches into a URL. */
  function inline(escaped) {
    const kept = [];
    const keep = (html) => '\u0000' + (kept.push(html) - 1) + '\u0000';
    const link = (label, url) =>
      keep('<a href="' + url + '" target="_blank" rel="noopener noreferrer">' + label + '</a>');
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
    const lines = String(text || '')
      .replace(/\u0000/g, '')
      .replace(/\r\n?/g, '\n')
      .split('\n');
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

  /**
   * The drawn card per person and message. A new poll redraws the transcript, but a card whose JSON
   * did not change keeps its DOM, as in Teams: an opened Action.ShowCard stays open and what the
   * person typed stays typed, also after a message or an error shown on the card.
   */
  const drawn = new Map();

  function renderCard(entry) {
    const holder = document.createElement('div');
    holder.className = 'card';
    const key = clickKey(asSelect.value, entry);
    const mine = clicked.get(key);
    // The bot updated the message for everyone after this person's click: that is what they see now.
    if (mine && mine.card && (entry.rev || 0) > mine.rev) delete mine.card;
    const json = (mine && mine.card) || entry.card;
    const sig = JSON.stringify(json);
    let cached = drawn.get(key);
    if (!cached || cached.sig !== sig) {
      let el;
      try {
        const card = new AdaptiveCards.AdaptiveCard();
        card.hostConfig = new AdaptiveCards.HostConfig(TEAMS_HOST_CONFIG);
        card.onExecuteAction = (action) => onAction(entry, action);
        card.parse(json);
        el = card.render() || document.createElement('div');
      } catch (err) {
        el = document.createElement('div');
        el.textContent = (strings.cardFailed || '') + err.message;
        el.className = 'error';
      }
      cached = { sig, el };
      drawn.set(key, cached);
    }
    holder.appendChild(cached.el);
    if (busy.has(key)) {
      holder.classList.add('busy');
      holder.setAttribute('aria-busy', 'true');
    }
    if (mine && mine.reply) holder.appendChild(renderReply(key, mine.reply));
    return holder;
  }

  /** A message or an error the bot answered a click with, on the card, for the clicker only. */
  function renderReply(key, reply) {
    const div = document.createElement('div');
    div.className = 'card-reply' + (reply.kind === 'error' ? ' error' : '');
    div.setAttribute('role', reply.kind === 'error' ? 'alert' : 'status');
    const icon = document.createElement('span');
    icon.className = 'icon';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = reply.kind === 'error' ? '!' : 'i';
    const text = document.createElement('span');
    text.className = 'reply-text';
    text.textContent = reply.text;
    text.title = strings.onlyYou || '';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = '✕';
    close.setAttribute('aria-label', strings.closeReply || '');
    close.onclick = () => {
      const mine = clicked.get(key);
      if (mine) delete mine.reply;
      render();
    };
    div.append(icon, text, close);
    return div;
  }

  function renderText(text) {
    const div = document.createElement('div');
    div.className = 'text';
    div.innerHTML = markdownToHtml(text);
    return div;
  }

  // ---- «…» on one's own message: «Rediger» and «Slett», as in Teams ----
  /** The message whose «…» menu is open, and the one being edited with the text in its box. */
  let menuOpen = null;
  let editing = null;
  /** The message as its author typed it: a picked name reads «@Name» again. */
  const asTyped = (text) => String(text || '').replace(/<at>([^<]*)<\/at>/g, '@$1');

  function moreMenu(entry) {
    const wrap = document.createElement('span');
    wrap.className = 'more-wrap';
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'more';
    more.textContent = '…';
    more.title = strings.moreOptions;
    more.setAttribute('aria-label', strings.moreOptions);
    more.setAttribute('aria-haspopup', 'menu');
    more.setAttribute('aria-expanded', String(menuOpen === entry.id));
    more.onclick = () => {
      menuOpen = menuOpen === entry.id ? null : entry.id;
      render();
    };
    wrap.appendChild(more);
    if (menuOpen !== entry.id) return wrap;
    const list = document.createElement('div');
    list.className = 'msg-menu';
    list.setAttribute('role', 'menu');
    const item = (label, run) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.setAttribute('role', 'menuitem');
      b.textContent = label;
      b.onclick = run;
      list.appendChild(b);
    };
    item(strings.edit, () => {
      menuOpen = null;
      editing = { id: entry.id, value: asTyped(shownText(entry)) };
      render();
    });
    item(strings.delete, async () => {
      menuOpen = null;
      const result = await api('delete', { id: entry.id, as: asSelect.value, tenant });
      dropTyped(entry.id);
      showNotice(result.ok ? '' : result.message);
      await poll();
    });
    wrap.appendChild(list);
    return wrap;
  }

  function editor(entry) {
    const box = document.createElement('div');
    box.className = 'edit-box';
    const area = document.createElement('textarea');
    area.className = 'edit-text';
    area.value = editing.value;
    area.setAttribute('aria-label', strings.edit);
    area.oninput = () => {
      editing.value = area.value;
    };
    const save = document.createElement('button');
    save.type = 'button';
    save.className = 'edit-save';
    save.textContent = strings.save;
    save.onclick = async () => {
      const text = area.value.trim();
      let result;
      try {
        result = await api('edit', { id: entry.id, text, as: asSelect.value, tenant });
      } catch (_) {
        result = { ok: false, message: strings.notSent };
      }
      if (!result.ok) {
        showNotice(result.message || strings.notSent);
        return;
      }
      // The names mentioned in the original stay mentions, as the server keeps them.
      const before = shownText(entry) || '';
      const keys = mentionable.filter((m) => before.includes('<at>' + m.name + '</at>')).map((m) => m.key);
      setTyped(entry.id, withMentions(text, keys));
      showNotice('');
      editing = null;
      // Closed now: a poll that already drew the saved version would otherwise leave the editor open (round 6b, N12).
      render();
      await poll();
    };
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.className = 'edit-cancel';
    cancel.textContent = strings.cancel;
    cancel.onclick = () => {
      editing = null;
      render();
    };
    box.append(area, save, cancel);
    return box;
  }

  function renderEntry(entry) {
    const div = document.createElement('div');
    div.className =
      'msg ' +
      (entry.from === 'user' ? 'user' : 'bot') +
      (entry.updated ? ' updated' : '') +
      (entry.edited ? ' edited' : '') +
      (entry.deleted ? ' deleted' : '') +
      (entry.failed ? ' failed' : '') +
      (entry.unseen ? ' unseen' : '');
    div.dataset.id = entry.id;
    const who = document.createElement('div');
    who.className = 'who';
    const name = document.createElement('span');
    name.textContent = entry.name;
    who.appendChild(name);
    if (entry.time) {
      // Teams puts the time on every message; catch-up posts after "Spol fram" read wrong without it.
      const time = document.createElement('time');
      time.className = 'time';
      if (entry.at) time.dateTime = entry.at;
      time.textContent = entry.time;
      who.appendChild(time);
    }
    // Teams puts «Redigert» beside the time.
    if (entry.edited && !entry.deleted) {
      const mark = document.createElement('span');
      mark.className = 'edited-mark';
      mark.textContent = strings.edited;
      who.appendChild(mark);
    }
    if (where === 'channel' && !entry.thread) {
      const reply = document.createElement('button');
      reply.className = 'reply';
      reply.type = 'button';
      reply.textContent = strings.replyInThread;
      reply.onclick = () => setThread(entry.id);
      who.appendChild(reply);
    }
    if (entry.mine && !entry.deleted) who.appendChild(moreMenu(entry));
    // 👍 on the bot's messages: Teams sends the bot a messageReaction (round 8, N14).
    if (entry.from === 'bot' && !entry.deleted) {
      const like = document.createElement('button');
      like.className = 'react';
      like.type = 'button';
      like.dataset.reaction = 'like';
      like.title = strings.like;
      like.setAttribute('aria-label', strings.like);
      like.textContent = '👍';
      like.onclick = async () => {
        await api('react', { id: entry.id, as: asSelect.value, reaction: 'like', tenant });
        await poll();
      };
      who.appendChild(like);
    }
    div.appendChild(who);
    if (entry.deleted) {
      div.appendChild(noteDiv('deleted-note', strings.deleted));
      return div;
    }
    if (editing && editing.id === entry.id) {
      div.appendChild(editor(entry));
      return div;
    }
    const text = shownText(entry);
    if (text) div.appendChild(renderText(text));
    if (entry.card) div.appendChild(renderCard(entry));
    if (entry.failed) div.appendChild(failedNote(entry));
    if (entry.masked) {
      div.appendChild(noteDiv('masked-note', strings.maskedNote));
    }
    if (entry.unseen) {
      div.appendChild(noteDiv('unseen-note', strings.unseen));
    }
    return div;
  }

  /** A small grey line under a message (deleted, masked, not yet seen). */
  function noteDiv(className, text) {
    const note = document.createElement('div');
    note.className = className;
    note.textContent = text;
    return note;
  }

  /** Teams' mark on a message that did not go through, with «Prøv igjen»: only its author sees it. */
  function failedNote(entry) {
    const note = document.createElement('div');
    note.className = 'failed-note';
    note.setAttribute('role', 'alert');
    const icon = document.createElement('span');
    icon.className = 'icon';
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = '!';
    const words = document.createElement('span');
    words.textContent = strings.sendFailed + ' ';
    note.append(icon, words);
    if (!entry.mine) return note;
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'retry';
    retry.textContent = strings.retry;
    retry.onclick = async () => {
      retry.disabled = true;
      try {
        await api('retry', { id: entry.id, as: asSelect.value, tenant, text: typed.get(entry.id) });
      } catch (_) {
        /* still not through: the mark stays */
      }
      retry.disabled = false;
      await poll();
    };
    note.appendChild(retry);
    return note;
  }

  /** Scroll to the newest message on the next render (after sending, or on another chat or person). */
  let follow = true;

  function render() {
    // Like Teams: the view stays where the person is reading (a reply on a card higher up stays in
    // sight) and follows new messages only when it was at the bottom.
    const atBottom = chat.scrollHeight - chat.scrollTop - chat.clientHeight < 40;
    const was = chat.scrollTop;
    chat.innerHTML = '';
    // As in Teams, someone no longer in the team does not see its channel, its cards or their
    // buttons (month round 7, N16); the personal chat stays.
    if (where === 'channel' && meLeft) {
      chat.appendChild(noteDiv('channel-gone', strings.channelGone));
      return;
    }
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
    chat.scrollTop = follow || atBottom ? chat.scrollHeight : was;
    follow = false;
  }

  function applyThread(id) {
    thread = id;
    threadLabel.hidden = !id;
    threadLabel.textContent = id ? strings.replyingInThread : '';
  }
  /** Another thread is another compose box. */
  function setThread(id) {
    switchView(() => applyThread(id));
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
    if (action instanceof AdaptiveCards.OpenUrlAction) {
      window.open(action.url, '_blank');
      return;
    }
    const verb = action.verb || (action.data && action.data.verb);
    // The answer belongs to whoever clicked, even if the page is switched to the other person meanwhile.
    const who = asSelect.value;
    const key = clickKey(who, entry);
    const mine = clicked.get(key) || {};
    delete mine.reply;
    clicked.set(key, mine);
    busy.add(key);
    render();
    let result;
    try {
      result = await api('click', {
        verb,
        data: action.data || {},
        as: who,
        tenant,
        where,
        replyToId: entry.id,
        thread: entry.thread || entry.id,
      });
    } catch (_) {
      result = { ok: false };
    }
    busy.delete(key);
    if (result.card) {
      mine.card = result.card;
      mine.rev = result.rev || 0;
    } else if (result.error || !result.ok) {
      mine.reply = { kind: 'error', text: result.error || result.message || strings.clickFailed };
    } else if (result.message) {
      mine.reply = { kind: 'message', text: result.message };
    }
    render();
    await poll();
  }

  /** «Du skriver som»: each person with the role the bot has for them now. */
  function showPeople(people) {
    // The @ menu offers the team's members only, as Teams does: not someone who left (N14, round 9).
    leftKeys = new Set((people || []).filter((p) => p.left).map((p) => p.key));
    for (const p of people || []) {
      const option = asSelect.querySelector('option[value="' + p.key + '"]');
      if (option && option.textContent !== p.label) option.textContent = p.label;
      // While a change is on its way, a poll answered before it must not put the old label back.
      if (p.key === asSelect.value && !membership.disabled) showMembership(!!p.left);
    }
  }
  function showMembership(left) {
    meLeft = left;
    membership.dataset.change = left ? 'join' : 'leave';
    membership.textContent = left ? strings.joinTeam : strings.leaveTeam;
  }
  // «Forlat teamet» / «Bli med i teamet» for the person writing: the bot gets what Teams sends then.
  // Disabled until the bot has been told (month round 7, N16: a second click while it kept its old
  // label undid the first), then it shows the new state at once.
  const membership = document.getElementById('membership');
  membership.onclick = async () => {
    if (membership.disabled) return;
    membership.disabled = true;
    membership.setAttribute('aria-busy', 'true');
    let result;
    try {
      result = await api('membership', {
        who: asSelect.value,
        change: membership.dataset.change || 'leave',
        tenant,
      });
    } catch (_) {
      result = { ok: false, message: strings.clickFailed };
    }
    membership.disabled = false;
    membership.removeAttribute('aria-busy');
    if (result.ok && typeof result.left === 'boolean') {
      showMembership(result.left);
      render();
    }
    showNotice(result.ok ? '' : result.message);
    await poll();
  };

  // One poll at a time (the interval is 700 ms, a full window on a busy machine can take longer): a poll
  // asked for while one runs is run once when it ends, so a page never asks twice for the whole window.
  let polling = null;
  let pollAgain = false;
  function poll() {
    if (polling) {
      pollAgain = true;
      return polling;
    }
    polling = (async () => {
      try {
        do {
          pollAgain = false;
          await pollOnce();
        } while (pollAgain);
      } finally {
        polling = null;
      }
    })();
    return polling;
  }

  async function pollOnce() {
    try {
      const asked = asSelect.value;
      const askedTenant = tenant;
      // What this page already shows is not sent again: the server answers «unchanged» (attack round 6b, A9).
      const showing = shownAs === asked + '|' + askedTenant && epoch;
      const feed = await api(
        'feed?as=' +
          encodeURIComponent(asked) +
          (askedTenant ? '&tenant=' + encodeURIComponent(askedTenant) : '') +
          (showing ? '&since=' + version + '&epoch=' + encodeURIComponent(epoch) : ''),
      );
      // An answer for the person or tenant selected before a switch would show the other one's chat.
      if (asked !== asSelect.value || askedTenant !== tenant) return;
      clockNow.textContent = feed.now || '';
      // The first answer says which tenant the server was left in; from then on the checkbox decides.
      if (!tenant) {
        switchView(() => {
          tenant = feed.tenant || (feed.rsc === false ? 'no-rsc' : 'rsc');
        });
        noRsc.checked = tenant === 'no-rsc';
      }
      // A restarted server counts from zero again.
      if (feed.epoch !== epoch) {
        epoch = feed.epoch;
        shownAs = null;
        // Message ids may be handed out again: nothing a click showed belongs to the new transcript.
        clicked.clear();
        drawn.clear();
      }
      // Roles change without a new line in this view («leder + @…» in another tab, a reload): labels every poll.
      showPeople(feed.people);
      if (feed.unchanged) return;
      // Polls overlap: an older answer arriving late must not replace a newer transcript.
      if (shownAs === asked + '|' + tenant && feed.version <= version) return;
      if (feed.delta) {
        // Only what changed since the version this page showed when it asked: merged by id, in the
        // transcript's order (n), the newest `max` kept. Without that view on screen it cannot be applied:
        // the next poll asks for the whole window.
        if (shownAs !== asked + '|' + tenant || feed.since > version) return;
        const byId = new Map(transcript.map((e) => [e.id, e]));
        for (const id of feed.gone || []) byId.delete(id);
        for (const e of feed.entries) byId.set(e.id, e);
        transcript = [...byId.values()].sort((a, b) => a.n - b.n).slice(-(feed.max || 300));
      } else transcript = feed.entries;
      shownAs = asked + '|' + tenant;
      version = feed.version;
      showPeople(feed.people);
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
    // The channel, the team and tags are offered in a channel only, as in Teams.
    return mentionable.filter((p) => {
      if (p.group && where !== 'channel') return false;
      // A 1:1 chat with a bot has only the user and the bot: nobody else can be @mentioned there (N17).
      if (where === 'personal' && p.key !== 'bot') return false;
      if (leftKeys.has(p.key)) return false;
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
    // Teams empties the compose box the moment a message is sent, so a second click on Send (or a
    // second Enter) finds nothing to send; the message is on its way while the bot works.
    // The box belongs to this person in this conversation/thread: whatever happens to the message,
    // its text never lands in someone else's box.
    const mentions = picked;
    const key = draftKey();
    input.value = '';
    picked = [];
    drawPills();
    drafts.delete(key);
    let result;
    try {
      result = await api('say', {
        text,
        as: asSelect.value,
        tenant,
        where,
        thread: where === 'channel' ? thread : null,
        mentions,
      });
    } catch (_) {
      // The page could not reach the playground at all: nothing was sent; the text goes back to its own box.
      restoreDraft(key, text, mentions);
      showNotice(strings.notSent);
      return;
    }
    if (result.id) setTyped(result.id, withMentions(text, mentions));
    if (!result.ok && !result.failed) {
      // Refused, as the Teams compose box refuses: the text goes back in its box so nothing is lost.
      restoreDraft(key, text, mentions);
      showNotice(result.message);
      return;
    }
    // Sent, or shown on the message as not sent with «Prøv igjen».
    showNotice('');
    follow = true;
    await poll();
  });

  // 📎: a file in the channel, with what is in the box as its text (Teams: a link to it in SharePoint).
  const attach = document.getElementById('attach');
  const attachFile = document.getElementById('attach-file');
  attachFile.addEventListener('change', async () => {
    const file = attachFile.files && attachFile.files[0];
    attachFile.value = '';
    if (!file || where !== 'channel') return;
    const text = input.value.trim();
    input.value = '';
    const result = await api('attach', { name: file.name, text, as: asSelect.value, tenant, thread });
    if (!result.ok) {
      input.value = text;
      showNotice(result.message || strings.notSent);
      return;
    }
    showNotice('');
    follow = true;
    await poll();
  });

  for (const b of document.querySelectorAll('.conv')) {
    b.addEventListener('click', () => {
      document.querySelectorAll('.conv').forEach((x) => x.classList.remove('active'));
      b.classList.add('active');
      switchView(() => {
        where = b.dataset.where;
        applyThread(null);
      });
      // Teams offers no attach button in a personal chat with an app without supportsFiles.
      attach.hidden = where !== 'channel';
      follow = true;
      render();
    });
  }

  // The person shown is the select's value; the box being left is saved under the one chosen before.
  let asBefore = asSelect.value;
  asSelect.addEventListener('change', () => {
    const now = asSelect.value;
    asSelect.value = asBefore;
    switchView(() => {
      asSelect.value = now;
    });
    asBefore = now;
    shownAs = null;
    follow = true;
    // Nothing of the previous person's view (their chat, what their clicks showed) stays while the new one loads.
    transcript = [];
    render();
    poll();
  });

  noRsc.addEventListener('change', async () => {
    // Another tenant: another team, channel and personal chats, shown at once and only those.
    const chosen = noRsc.checked ? 'no-rsc' : 'rsc';
    switchView(() => {
      tenant = chosen;
      applyThread(null);
    });
    shownAs = null;
    follow = true;
    transcript = [];
    render();
    // The server remembers it for a reload; the page does not wait on it (the requests name the tenant).
    api('settings', { rsc: chosen === 'rsc' }).catch(() => {});
    await poll();
  });

  for (const b of document.querySelectorAll('.jump')) {
    b.addEventListener('click', async () => {
      const all = document.querySelectorAll('.jump');
      all.forEach((x) => (x.disabled = true));
      clockStatus.textContent = strings.working;
      try {
        const r = await api('clock', { jump: b.dataset.jump, tenant });
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
