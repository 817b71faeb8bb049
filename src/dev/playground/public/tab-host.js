// A stand-in for the Teams client around the bot's tab, for the local playground and the tests.
// It answers teams-js's postMessage protocol (see @microsoft/teams-js, src/internal/communication)
// the way the Teams web client does, and nothing more:
//   - the app sends { id, uuidAsString, func, args } to its parent; the host answers a request with
//     { id, uuidAsString, args } and sends events as { func, args };
//   - 'initialize' → [frameContext, hostClientType, runtimeConfig (JSON), clientSupportedSDKVersion];
//   - 'getContext' → [legacy context] (tid, userObjectId, teamId, channelId, entityId, theme …);
//   - 'authentication.getAuthToken' → [true, token] or [false, reason]; the token is signed by the
//     bot's own local-mode endpoint (POST /playground/tab-token) for the person chosen above;
//   - 'settings.setValidityState' enables Lagre; 'settings.setSettings' → [true] (or [false, reason]
//     when contentUrl is off the app's domain, as Teams refuses); Lagre sends the 'settings.save'
//     event and waits for 'settings.save.success' / 'settings.save.failure' before opening the tab;
//   - a theme picked above goes to the tab as the 'themeChange' event.
// Messages are taken only from the tab's own frame.
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const $ = (id) => document.getElementById(id);
  const text = Object.fromEntries(
    [...$('host-text').content.querySelectorAll('[data-key]')].map((e) => [e.dataset.key, e.textContent]),
  );

  const state = {
    view: params.get('view') || 'config', // config | content | personal
    // Each of the playground's three people (month 13, #16: Per, «Du skriver som», opened the tab as Kari).
    as: ['member', 'per'].includes(params.get('as')) ? params.get('as') : 'leader',
    tenant: params.get('tenant') === 'no-rsc' ? 'no-rsc' : 'rsc',
    channel: params.get('channel') === 'other' ? 'other' : 'network',
    theme: ['default', 'dark', 'contrast'].includes(params.get('theme')) ? params.get('theme') : 'default',
    page: params.get('page') || 'overview',
    settings: null, // what the tab gave settings.setSettings
    entityId: params.get('entityId'),
    valid: false,
    handlers: new Set(),
    saving: null,
    identity: null, // from /playground/tab-token: tenant, user, team, channel
    token: null,
  };
  // Teams shows the configuration page once, when the tab is added; after that the channel has the
  // tab and opening it shows its content. The playground keeps the saved settings per tenant and channel.
  const savedKey = `nettverksboten-tab:${state.tenant}:${state.channel}`;
  if (!params.get('view')) {
    try {
      const kept = JSON.parse(localStorage.getItem(savedKey) || 'null');
      if (kept && typeof kept.contentUrl === 'string') {
        state.view = 'content';
        state.settings = kept;
        state.entityId = kept.entityId || null;
      }
    } catch {
      localStorage.removeItem(savedKey);
    }
  }
  const SDK_VERSION = '2.58.0';
  // What the Teams web client reports it supports (teams-js checks it before some calls).
  const RUNTIME = {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isNAAChannelRecommended: false,
    isLegacyTeams: false,
    supports: {
      appEntity: {},
      appInstallDialog: {},
      calendar: {},
      call: {},
      chat: {},
      conversations: {},
      dialog: { card: { bot: {} }, url: { bot: {}, parentCommunication: {} }, update: {} },
      interactive: {},
      logs: {},
      mail: {},
      meetingRoom: {},
      menus: {},
      monetization: {},
      notifications: {},
      pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, fullTrust: {}, tabs: {} },
      profile: {},
      remoteCamera: {},
      search: {},
      sharing: {},
      stageView: {},
      teams: { fullTrust: {} },
      teamsCore: {},
      video: { sharedFrame: {} },
      webStorage: {},
    },
  };
  const OTHER = {
    teamId: '19:playground-other-team@thread.tacv2',
    channelId: '19:playground-other-channel@thread.tacv2',
  };

  let frame = null;
  const status = (msg) => ($('host-status').textContent = msg || '');

  async function fetchToken() {
    if (state.token && Date.parse(state.token.expiresAt) - Date.now() > 60_000) return state.token;
    const res = await fetch('/playground/tab-token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ who: state.as, tenant: state.tenant }),
    });
    if (!res.ok) throw new Error(`tab-token ${res.status}`);
    state.token = await res.json();
    return state.token;
  }

  function frameContext() {
    return state.view === 'config' ? 'settings' : 'content';
  }

  function legacyContext() {
    const id = state.identity;
    const base = {
      locale: 'nb-no',
      theme: state.theme,
      frameContext: frameContext(),
      hostClientType: 'web',
      hostName: 'Teams',
      appSessionId: sessionId,
      sessionId: hostSessionId,
      tid: id.tenantId,
      userObjectId: id.userObjectId,
      userPrincipalName: `${id.name.split(' ')[0].toLowerCase()}@lekeplass.example`,
      loginHint: `${id.name.split(' ')[0].toLowerCase()}@lekeplass.example`,
      userDisplayName: id.name,
      userLicenseType: 'Unknown',
      isFullScreen: false,
      isMultiWindow: false,
      osLocaleInfo: { platform: 'web', regionalFormat: 'nb-no' },
    };
    if (state.view === 'personal') return { ...base, entityId: 'mine-oppgaver', frameContext: 'content' };
    const team = state.channel === 'other' ? OTHER : id;
    return {
      ...base,
      ...(state.view === 'content' ? { entityId: state.entityId } : {}),
      teamId: team.teamId,
      teamName: state.channel === 'other' ? 'Et annet team' : 'Demonettverket',
      groupId: '00000000-0000-4000-8000-00000000a11c',
      teamType: 0,
      userTeamRole: state.as === 'leader' ? 0 : 1,
      channelId: team.channelId,
      channelName: state.channel === 'other' ? 'Generelt' : 'Nettverket',
      channelType: 'Regular',
    };
  }
  const sessionId = crypto.randomUUID();
  const hostSessionId = crypto.randomUUID();

  function reply(request, args) {
    frame.contentWindow.postMessage({ id: request.id, uuidAsString: request.uuidAsString, args }, location.origin);
  }
  function send(func, args) {
    frame.contentWindow.postMessage({ func, args }, location.origin);
  }

  async function handle(request) {
    const args = Array.isArray(request.args) ? request.args : [];
    switch (request.func) {
      case 'initialize':
        return reply(request, [frameContext(), 'web', JSON.stringify(RUNTIME), SDK_VERSION]);
      case 'getContext':
        return reply(request, [legacyContext()]);
      case 'authentication.getAuthToken':
        try {
          return reply(request, [true, (await fetchToken()).token]);
        } catch {
          return reply(request, [false, text.tokenFailed]);
        }
      case 'registerHandler':
        if (typeof args[0] === 'string') state.handlers.add(args[0]);
        return;
      case 'settings.setValidityState':
        state.valid = args[0] === true;
        $('host-save').disabled = !state.valid || state.saving !== null;
        return;
      case 'settings.setSettings': {
        const s = args[0] || {};
        // Teams opens a tab only on the app's valid domains; here that is this server.
        let sameOrigin = false;
        try {
          sameOrigin = new URL(s.contentUrl, location.href).origin === location.origin;
        } catch {}
        if (!sameOrigin) return reply(request, [false, text.wrongDomain]);
        state.settings = { ...s };
        return reply(request, [true]);
      }
      case 'settings.getSettings':
        return reply(request, [state.settings || {}]);
      case 'settings.save.success':
        return saved(true);
      case 'settings.save.failure':
        return saved(false, args[0]);
      case 'appInitialization.success':
      case 'appInitialization.failure':
      case 'appInitialization.appLoaded':
      case 'appInitialization.expectedFailure':
        return reply(request, []);
      default:
        // Teams answers calls it does not know with nothing; the app's promise stays pending.
        return;
    }
  }

  function saved(ok, reason) {
    if (!state.saving) return;
    state.saving = null;
    if (!ok) {
      status(text.saveFailed + (reason || ''));
      $('host-save').disabled = !state.valid;
      return;
    }
    if (!state.settings || !state.settings.contentUrl) {
      status(text.noSettings);
      return;
    }
    // Saved: Teams closes the dialog and opens the new tab at its contentUrl, entityId in its context.
    state.view = 'content';
    state.entityId = state.settings.entityId;
    localStorage.setItem(savedKey, JSON.stringify(state.settings));
    document.body.dataset.configured = JSON.stringify(state.settings);
    open(state.settings.contentUrl);
  }

  function open(url) {
    const configuring = state.view === 'config';
    $('host-config').hidden = !configuring;
    $('host-config-buttons').hidden = !configuring;
    $('host-where').textContent =
      state.view === 'personal' ? text.personal : state.channel === 'other' ? text.otherChannel : text.channel;
    state.valid = false;
    state.handlers.clear();
    $('host-save').disabled = true;
    if (frame) frame.remove();
    frame = document.createElement('iframe');
    frame.title = document.getElementById('host-title').textContent;
    frame.id = 'tab-frame';
    frame.name = 'embedded-page-container';
    frame.allow = 'clipboard-read; clipboard-write';
    frame.src = url;
    $('host-frame-wrap').append(frame);
  }

  window.addEventListener('message', (evt) => {
    if (!frame || evt.source !== frame.contentWindow || evt.origin !== location.origin) return;
    const data = evt.data;
    if (!data || typeof data !== 'object' || typeof data.func !== 'string') return;
    void handle(data);
  });

  $('host-save').addEventListener('click', () => {
    if (!state.valid || state.saving) return;
    state.saving = true;
    $('host-save').disabled = true;
    status(text.saving);
    send('settings.save', [{}]);
  });
  $('host-cancel').addEventListener('click', () => {
    status(text.cancelled);
    frame?.remove();
    frame = null;
  });
  $('host-theme').value = state.theme;
  $('host-theme').addEventListener('change', () => {
    state.theme = $('host-theme').value;
    document.body.className = state.theme;
    if (frame) send('themeChange', [state.theme]);
  });
  $('host-as').value = state.as;
  $('host-as').addEventListener('change', () => {
    // Another person signs in: Teams reloads the tab for them.
    state.as = $('host-as').value;
    state.token = null;
    start();
  });

  /** «Du er»: each person with the role the bot has for them now (a role changes in the chat beside). */
  async function showPeople() {
    try {
      const res = await fetch('/playground/api/people?tenant=' + encodeURIComponent(state.tenant));
      if (!res.ok) return;
      for (const p of (await res.json()).people || []) {
        const option = $('host-as').querySelector('option[value="' + p.key + '"]');
        if (option && option.textContent !== p.label) option.textContent = p.label;
      }
    } catch {
      /* the labels stay as they were until the next try */
    }
  }
  showPeople();
  setInterval(showPeople, 2000);
  $('host-as').addEventListener('focus', showPeople);

  async function start() {
    document.body.className = state.theme;
    const id = await fetchToken();
    state.identity = id;
    let url;
    if (state.view === 'config') url = '/tab/config';
    else if (state.view === 'personal') url = '/tab/me';
    else
      url =
        state.settings?.contentUrl ||
        `/tab/${encodeURIComponent(state.page)}?network=${encodeURIComponent(state.entityId || '')}`;
    open(url);
    document.body.dataset.ready = 'true';
  }
  start();
})();
