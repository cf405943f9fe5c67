/*
 * Vägvisaren – the residents' chat widget.
 *
 * Embed with one tag:
 *   <script src="https://guide.example/widget.js" data-server="wss://guide.example/chat" async></script>
 * Optional: data-lang="sv|en", data-exit-url (default https://www.google.se), data-color (accent),
 * data-position="right|left", data-phone (the municipality's number, shown when the guide cannot be reached).
 * Without data-server the chat address is derived from this script's own address (…/widget.js → …/chat).
 *
 * Plain JavaScript, no build step, no dependencies, no third-party requests. Everything lives in a
 * shadow root with its own styles. Nothing is stored in the browser: no cookies, no Web Storage, no
 * IndexedDB; the session id lives only in memory. Server text is inserted with textContent only.
 * The protocol is docs/protocol.md.
 */
(function () {
  'use strict';

  var script = document.currentScript || findOwnScript();
  if (!script || typeof window.WebSocket === 'undefined' || !document.documentElement.attachShadow) return;

  var MAX_TEXT = 2000;
  var KEY_WINDOW_MS = 1000;      // Shift ×3 or Esc ×2 within this time = quick exit
  var MIN_REPLY_GAP_MS = 400;    // a bot reply is shown at least this long after the resident's message
  var CONNECT_TIMEOUT_MS = 8000;
  var REPLY_TIMEOUT_MS = 25000;
  var MAX_BACKOFF_MS = 30000;
  var EMERGENCY_VISIBLE = 3;     // contacts shown at once in the emergency card; the rest behind a button

  var STRINGS = {
    sv: {
      launcher: 'Chatta med oss – anonymt',
      exit: 'Lämna sidan snabbt',
      region: 'Chatt',
      dialog: 'Chatt med socialtjänsten',
      title: 'Digital guide',
      forget: 'Radera samtalet',
      close: 'Stäng chatten',
      help: 'Så döljer du ditt besök',
      helpBack: 'Tillbaka till chatten',
      log: 'Samtal',
      you: 'Du skrev: ',
      guide: 'Guiden: ',
      inputLabel: 'Skriv ditt meddelande',
      inputHint: 'Du är anonym. Skriv inte ditt namn eller personnummer.',
      send: 'Skicka',
      options: 'Välj ett svar',
      optionsHint: function (n) {
        return n === 1 ? 'Det finns en knapp att välja under samtalet.'
          : 'Det finns ' + n + ' knappar att välja bland under samtalet.';
      },
      emergency: 'Akut hjälp',
      call: 'Ring ',
      closedNow: 'Stängt nu.',
      more: function (n) { return 'Visa fler nummer (' + n + ')'; },
      fewer: 'Visa färre nummer',
      down: 'Guiden går inte att nå just nu. Om någon är i fara: ring 112.',
      downPhone: 'Du kan också ringa kommunen.',
      retrying: 'Vi försöker koppla upp igen.',
      back: 'Guiden går att nå igen.',
      restarted: 'Samtalet kunde inte fortsätta. Vi börjar om.',
      lost: 'Ditt senaste meddelande kom kanske inte fram. Skriv det gärna igen.',
      slow: 'Guiden svarar inte just nu. Försök igen om en stund. Om någon är i fara: ring 112.',
      forgotten: 'Samtalet är raderat.',
      newTab: ' (öppnas i ny flik)',
      website: 'Webbplats: ',
      announce: function (msg) { return 'Viktigt. ' + msg + ' Telefonnumren finns överst i chatten.'; },
      helpText: [
        ['p', 'Vill du lämna sidan fort? Tryck på knappen Lämna sidan snabbt. ' +
          'Du kan också trycka på Esc två gånger, eller på Shift tre gånger. ' +
          'Då kommer du till en annan webbplats och samtalet raderas.'],
        ['p', 'Chatten sparar ingenting på din dator eller telefon. ' +
          'Men webbläsaren sparar att du har varit på den här sidan.'],
        ['ul', [
          'Använd privat surfning (inkognito). Då sparas ingen historik.',
          'Du kan radera historiken i webbläsaren. Tryck Ctrl + Shift + Delete. På Mac: Cmd + Shift + Delete.',
          'Tänk på att andra kan se att historiken har raderats.',
          'Stäng andra flikar som du har öppnat från chatten.'
        ]],
        ['p', 'Samtal till nummer som börjar på 020 är gratis. De syns inte på telefonräkningen. ' +
          'Men de syns i telefonens lista över samtal. Där kan du ta bort dem.'],
        ['p', 'Om någon är i fara: ring 112.']
      ]
    },
    en: {
      launcher: 'Chat with us – anonymous',
      exit: 'Leave this page quickly',
      region: 'Chat',
      dialog: 'Chat with social services',
      title: 'Digital guide',
      forget: 'Delete the conversation',
      close: 'Close the chat',
      help: 'How to hide your visit',
      helpBack: 'Back to the chat',
      log: 'Conversation',
      you: 'You wrote: ',
      guide: 'Guide: ',
      inputLabel: 'Write your message',
      inputHint: 'You are anonymous. Do not write your name or personal identity number.',
      send: 'Send',
      options: 'Choose an answer',
      optionsHint: function (n) {
        return n === 1 ? 'There is one button to choose below the conversation.'
          : 'There are ' + n + ' buttons to choose from below the conversation.';
      },
      emergency: 'Urgent help',
      call: 'Call ',
      closedNow: 'Closed now.',
      more: function (n) { return 'Show more numbers (' + n + ')'; },
      fewer: 'Show fewer numbers',
      down: 'The guide cannot be reached right now. If someone is in danger: call 112.',
      downPhone: 'You can also call the municipality.',
      retrying: 'We are trying to connect again.',
      back: 'The guide can be reached again.',
      restarted: 'The conversation could not continue. We are starting again.',
      lost: 'Your last message may not have arrived. Please write it again.',
      slow: 'The guide is not answering right now. Try again in a while. If someone is in danger: call 112.',
      forgotten: 'The conversation has been deleted.',
      newTab: ' (opens in a new tab)',
      website: 'Website: ',
      announce: function (msg) { return 'Important. ' + msg + ' The phone numbers are at the top of the chat.'; },
      helpText: [
        ['p', 'Do you want to leave quickly? Press the button Leave this page quickly. ' +
          'You can also press Esc twice, or Shift three times. ' +
          'You then go to another website and the conversation is deleted.'],
        ['p', 'The chat saves nothing on your computer or phone. ' +
          'But the browser saves that you have visited this page.'],
        ['ul', [
          'Use private browsing (incognito). Then no history is saved.',
          'You can delete the history in the browser. Press Ctrl + Shift + Delete. On a Mac: Cmd + Shift + Delete.',
          'Remember that others can see that the history has been deleted.',
          'Close other tabs that you opened from the chat.'
        ]],
        ['p', 'Calls to numbers that start with 020 are free. They do not show on the phone bill. ' +
          'But they do show in the phone\'s list of calls. You can delete them there.'],
        ['p', 'If someone is in danger: call 112.']
      ]
    }
  };

  var cfg = readConfig(script);
  var t = STRINGS[cfg.lang];

  /* ---------- state (memory only) ---------- */
  var ui = null;               // DOM references
  var ws = null;               // the current socket
  var phase = 'idle';          // idle | connecting | resuming | ready | down
  var sessionId = null;        // the conversation we are in
  var freshId = null;          // while resuming: the new conversation the server opened on connect
  var heldReply = null;        // while resuming: the greeting of that new conversation
  var expectRepeat = false;    // after resumed:true the server repeats its last reply
  var lastReplyRaw = null;     // the last reply frame shown, as received
  var lastOptionsRaw = null;
  var emergencyRaw = null;
  var emergencyAnnounced = false;
  var emergencyExpanded = false;
  var awaiting = false;        // a message was sent and no answer has come
  var forgetting = false;      // "forget" sent, waiting for "forgotten"
  var pendingErase = null;     // a conversation to erase on the server once it can be reached
  var focusOptionsNext = false;
  var wasDown = false;
  var attempts = 0;
  var reconnectTimer = null, connectTimer = null, replyTimer = null, liveTimer = null, statusTimer = null;
  var lastUserAt = 0;
  var renderChain = Promise.resolve();
  var generation = 0;          // bumped on forget/exit so pending renders are dropped
  var exiting = false;
  var shiftTimes = [];
  var lastEscAt = 0;

  /* ---------- configuration ---------- */

  function findOwnScript() {
    var all = document.getElementsByTagName('script');
    for (var i = all.length - 1; i >= 0; i--) {
      if (/(^|\/)widget\.js(\?|#|$)/.test(all[i].getAttribute('src') || '')) return all[i];
    }
    return null;
  }

  function readConfig(s) {
    var d = s.dataset || {};
    var lang = d.lang === 'en' ? 'en' : 'sv';
    return {
      lang: lang,
      server: chatUrl(d.server, s.src, lang),
      exitUrl: exitUrl(d.exitUrl),
      color: d.color || '',
      position: d.position === 'left' ? 'left' : 'right',
      phone: phoneOf(d.phone)
    };
  }

  function chatUrl(given, src, lang) {
    var url = null;
    if (given) {
      try {
        var u = new URL(given, src || location.href);
        if (u.protocol === 'https:') u.protocol = 'wss:';
        else if (u.protocol === 'http:') u.protocol = 'ws:';
        if (u.protocol === 'ws:' || u.protocol === 'wss:') url = u;
      } catch (e) { url = null; }
    }
    if (!url) {
      url = new URL('chat', src || location.href);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      url.search = '';
      url.hash = '';
    }
    if (lang === 'en') url.searchParams.set('lang', 'en');
    return url.href;
  }

  function exitUrl(given) {
    var fallback = 'https://www.google.se';
    if (!given) return fallback;
    try {
      var u = new URL(given, document.baseURI);
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : fallback;
    } catch (e) {
      return fallback;
    }
  }

  function phoneOf(given) {
    if (!given) return null;
    var shown = String(given).trim();
    if (!/^\+?[0-9][0-9 ()\-]{1,24}$/.test(shown)) return null;
    return { shown: shown, tel: 'tel:' + shown.replace(/[^0-9+]/g, '') };
  }

  /* ---------- safe values from the server ---------- */

  function str(v) {
    return typeof v === 'string' ? v : '';
  }

  function safeUrl(v) {
    if (typeof v !== 'string' || !v) return null;
    try {
      var u = new URL(v, location.href);
      return /^(https?|tel|mailto):$/.test(u.protocol) ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function telOf(contact) {
    var tel = str(contact.tel);
    if (/^tel:\+?[0-9]{2,20}$/.test(tel)) return tel;
    var digits = str(contact.phone).replace(/[^0-9+]/g, '');
    return /^\+?[0-9]{2,20}$/.test(digits) ? 'tel:' + digits : null;
  }

  /* ---------- DOM helpers (never innerHTML) ---------- */

  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') el.textContent = v;
        else if (k === 'class') el.className = v;
        else if (k.indexOf('on') === 0) el.addEventListener(k.slice(2), v);
        else el.setAttribute(k, v === true ? '' : String(v));
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return el;
  }

  function icon(kind) {
    var NS = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '20');
    svg.setAttribute('height', '20');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(NS, 'path');
    path.setAttribute('fill', 'currentColor');
    var d = {
      chat: 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm0 2v10h2v2l2.5-2H20V6H4z',
      close: 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z',
      phone: 'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z'
    }[kind];
    path.setAttribute('d', d);
    svg.appendChild(path);
    return svg;
  }

  /* ---------- colours ---------- */

  function luminance(rgb) {
    var c = rgb.map(function (v) {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** The accent colour, and text and ink colours that keep at least 4.5:1 against it and against white. */
  function applyAccent(rootEl, probe) {
    var accent = [0, 84, 147]; // #005493
    if (cfg.color && window.CSS && CSS.supports && CSS.supports('color', cfg.color)) {
      probe.style.color = cfg.color;
      var m = getComputedStyle(probe).color.match(/rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)/);
      if (m) accent = [Math.round(+m[1]), Math.round(+m[2]), Math.round(+m[3])];
    }
    var css = 'rgb(' + accent.join(',') + ')';
    var white = [255, 255, 255], ink = [29, 29, 29];
    var text = contrast(accent, white) >= contrast(accent, ink) ? '#fff' : '#1d1d1d';
    var onWhite = contrast(accent, white) >= 4.5 ? css : '#1d1d1d';
    rootEl.style.setProperty('--vv-accent', css);
    rootEl.style.setProperty('--vv-accent-text', text);
    rootEl.style.setProperty('--vv-accent-ink', onWhite);
  }

  /* ---------- building the widget ---------- */

  function start() {
    if (document.querySelector('[data-vagvisaren-widget]')) return;
    var host = document.createElement('div');
    host.setAttribute('data-vagvisaren-widget', '');
    var shadow = host.attachShadow({ mode: 'open' });
    addStyles(shadow);

    var u = ui = { host: host, shadow: shadow };
    u.exitDock = h('button', { type: 'button', class: 'vv-exit', text: t.exit, onclick: quickExit });
    u.launcher = h('button', {
      type: 'button', class: 'vv-launcher', 'aria-expanded': 'false', 'aria-controls': 'vv-panel',
      onclick: function () { if (u.panel.hidden) openPanel(); else closePanel(); }
    }, [icon('chat'), h('span', { text: t.launcher })]);
    u.dock = h('div', { class: 'vv-dock' }, [u.exitDock, u.launcher]);

    // header
    u.exitPanel = h('button', { type: 'button', class: 'vv-exit vv-exit-bar', text: t.exit, onclick: quickExit });
    u.forgetBtn = h('button', { type: 'button', class: 'vv-tool vv-forget', text: t.forget, onclick: forgetConversation });
    u.helpBtn = h('button', { type: 'button', class: 'vv-linklike vv-help-open', text: t.help, onclick: openHelp });
    u.closeBtn = h('button', { type: 'button', class: 'vv-close', 'aria-label': t.close, title: t.close, onclick: closePanel },
      [icon('close')]);
    u.header = h('div', { class: 'vv-header' }, [
      u.exitPanel,
      h('div', { class: 'vv-headrow' }, [h('h2', { class: 'vv-title', id: 'vv-title', text: t.title }), u.forgetBtn, u.closeBtn])
    ]);

    // pinned emergency card, connection status
    u.card = h('div', { class: 'vv-emergency', role: 'region', 'aria-label': t.emergency, hidden: true });
    u.status = h('div', { class: 'vv-status', role: 'status' });

    // conversation
    u.log = h('div', { class: 'vv-log', id: 'vv-log', role: 'log', 'aria-live': 'polite', 'aria-label': t.log, tabindex: '0' });
    u.typing = h('div', { class: 'vv-typing', 'aria-hidden': 'true', hidden: true }, [h('span'), h('span'), h('span')]);
    u.options = h('div', { class: 'vv-options', role: 'group', 'aria-label': t.options, hidden: true });
    u.input = h('textarea', {
      id: 'vv-input', class: 'vv-input', rows: '1', maxlength: String(MAX_TEXT), autocomplete: 'off',
      // no spell check: some browsers send the text to an online service for it
      'aria-describedby': 'vv-hint', spellcheck: 'false', autocapitalize: 'sentences'
    });
    u.input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
        e.preventDefault();
        sendText();
      }
    });
    u.send = h('button', { type: 'submit', class: 'vv-send', text: t.send, 'aria-disabled': 'true' });
    u.form = h('form', { class: 'vv-form', novalidate: true, onsubmit: function (e) { e.preventDefault(); sendText(); } }, [
      h('label', { class: 'vv-label', for: 'vv-input', text: t.inputLabel }),
      h('div', { class: 'vv-row' }, [u.input, u.send]),
      h('p', { class: 'vv-foot' }, [h('span', { class: 'vv-hint', id: 'vv-hint', text: t.inputHint }), ' ', u.helpBtn])
    ]);
    u.conv = h('div', { class: 'vv-conv' }, [u.log, u.typing, u.options, u.form]);

    // help view
    u.helpHeading = h('h3', { class: 'vv-help-title', tabindex: '-1', text: t.help });
    u.help = h('div', { class: 'vv-help', hidden: true }, [u.helpHeading].concat(t.helpText.map(function (part) {
      if (part[0] === 'ul') return h('ul', null, part[1].map(function (li) { return h('li', { text: li }); }));
      return h('p', { text: part[1] });
    })).concat([h('button', { type: 'button', class: 'vv-tool vv-help-back', text: t.helpBack, onclick: closeHelp })]));

    u.panel = h('div', {
      id: 'vv-panel', class: 'vv-panel', role: 'dialog', 'aria-label': t.dialog, hidden: true
    }, [u.header, u.card, u.status, u.conv, u.help]);
    u.panel.addEventListener('keydown', function (e) {
      if ((e.key === 'Escape' || e.key === 'Esc') && !e.defaultPrevented) {
        if (!u.help.hidden) closeHelp(); else closePanel();
      }
    });

    u.assertive = h('div', { class: 'vv-sr', 'aria-live': 'assertive', 'aria-atomic': 'true' });
    u.probe = h('span', { hidden: true });
    u.root = h('div', {
      class: 'vv vv-' + cfg.position, lang: cfg.lang, dir: 'ltr', role: 'region', 'aria-label': t.region
    }, [u.dock, u.panel, u.assertive, u.probe]);
    shadow.appendChild(u.root);
    document.body.appendChild(host);
    applyAccent(u.root, u.probe);

    window.addEventListener('keydown', onGlobalKey, true);
    window.addEventListener('online', onOnline);
  }

  function addStyles(shadow) {
    var css = STYLES;
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
    } catch (e) {
      shadow.appendChild(h('style', { text: css }));
    }
  }

  /* ---------- panel, help ---------- */

  function openPanel() {
    if (!ui) return;
    ui.panel.hidden = false;
    ui.root.classList.add('vv-open');
    ui.launcher.setAttribute('aria-expanded', 'true');
    if (!ws && phase !== 'connecting') {
      clearTimeout(reconnectTimer);
      connect();
    }
    ui.input.focus();
  }

  function closePanel() {
    if (!ui) return;
    if (!ui.help.hidden) closeHelp(true);
    ui.panel.hidden = true;
    ui.root.classList.remove('vv-open');
    ui.launcher.setAttribute('aria-expanded', 'false');
    ui.launcher.focus();
  }

  function openHelp() {
    ui.conv.hidden = true;
    ui.help.hidden = false;
    ui.helpHeading.focus();
  }

  function closeHelp(silent) {
    ui.help.hidden = true;
    ui.conv.hidden = false;
    if (!silent) ui.helpBtn.focus();
  }

  /* ---------- connection ---------- */

  function connect() {
    clearTimeout(reconnectTimer);
    reconnectTimer = null;
    if (ws || exiting) return;
    var sock;
    try {
      sock = new WebSocket(cfg.server);
    } catch (e) {
      onDown();
      return;
    }
    ws = sock;
    phase = 'connecting';
    forgetting = false; // a new connection always starts from a clean state on the server side
    clearTimeout(connectTimer);
    connectTimer = setTimeout(function () {
      if (ws === sock && phase !== 'ready') { // no session (or no answer to "resume") in time
        try { sock.close(); } catch (e) { /* ignore */ }
        dropSocket(sock);
      }
    }, CONNECT_TIMEOUT_MS);
    sock.onmessage = function (ev) {
      if (ws !== sock || typeof ev.data !== 'string') return;
      var f;
      try { f = JSON.parse(ev.data); } catch (e) { return; }
      if (f && typeof f === 'object') handleFrame(f, ev.data);
    };
    sock.onclose = function () { dropSocket(sock); };
    sock.onerror = function () { /* a close event follows */ };
  }

  function dropSocket(sock) {
    if (ws !== sock) return;
    ws = null;
    clearTimeout(connectTimer);
    onDown();
  }

  function onDown() {
    if (exiting || !ui) return;
    if (phase === 'resuming') freshId = null;
    heldReply = null;
    phase = 'down';
    wasDown = true;
    if (awaiting) {
      awaiting = false;
      hideTyping();
      note(t.lost);
    }
    showDown();
    updateSendable();
    var base = Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, attempts));
    attempts++;
    var delay = Math.min(MAX_BACKOFF_MS, Math.round(base * (0.8 + Math.random() * 0.4)));
    clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(connect, delay);
  }

  function onOnline() {
    if (phase === 'down' && !ws) connect();
  }

  function send(frame) {
    if (!ws || ws.readyState !== 1) return false;
    try {
      ws.send(JSON.stringify(frame));
      return true;
    } catch (e) {
      return false;
    }
  }

  function ready() {
    var back = wasDown;
    phase = 'ready';
    attempts = 0;
    wasDown = false;
    clearTimeout(connectTimer);
    if (ui.status.classList.contains('vv-status-down')) {
      ui.status.replaceChildren();
      ui.status.classList.remove('vv-status-down');
    }
    if (back) {
      ui.status.appendChild(h('p', { class: 'vv-status-ok', text: t.back }));
      clearTimeout(statusTimer);
      statusTimer = setTimeout(function () { if (ui && phase === 'ready') ui.status.replaceChildren(); }, 5000);
    }
    updateSendable();
  }

  function isReady() {
    return phase === 'ready' && ws && ws.readyState === 1;
  }

  function updateSendable() {
    var ok = isReady();
    ui.send.setAttribute('aria-disabled', ok ? 'false' : 'true');
    Array.prototype.forEach.call(ui.options.querySelectorAll('button'), function (b) {
      if (!b.hasAttribute('data-used')) b.setAttribute('aria-disabled', ok ? 'false' : 'true');
    });
  }

  function showDown() {
    var s = ui.status;
    clearTimeout(statusTimer);
    s.replaceChildren();
    s.classList.add('vv-status-down');
    var box = h('div', { class: 'vv-down' }, [
      h('p', { class: 'vv-down-text', text: t.down }),
      h('a', { class: 'vv-tel-big', href: 'tel:112' }, [icon('phone'), t.call + '112'])
    ]);
    if (cfg.phone) {
      box.appendChild(h('p', { text: t.downPhone }));
      box.appendChild(h('a', { class: 'vv-tel-big vv-tel-second', href: cfg.phone.tel }, [icon('phone'), t.call + cfg.phone.shown]));
    }
    box.appendChild(h('p', { class: 'vv-down-small', text: t.retrying }));
    s.appendChild(box);
  }

  /* ---------- frames from the server ---------- */

  function handleFrame(f, raw) {
    switch (f.type) {
      case 'session': {
        if (typeof f.session !== 'string') return;
        if (f.resumed === true) {
          sessionId = f.session;
          freshId = null;
          heldReply = null;
          expectRepeat = !forgetting;
          ready();
          return;
        }
        if (phase === 'connecting' && pendingErase) {
          // "Radera samtalet" was pressed while the guide could not be reached: erase that conversation now
          freshId = f.session;
          heldReply = null;
          phase = 'resuming';
          forgetting = true;
          send({ type: 'resume', session: pendingErase });
          send({ type: 'forget' });
          pendingErase = null;
          return;
        }
        if (phase === 'connecting' && sessionId) {
          // a reconnect: the server opened a new conversation; ask for ours back first
          freshId = f.session;
          heldReply = null;
          phase = 'resuming';
          send({ type: 'resume', session: sessionId });
          return;
        }
        sessionId = f.session;
        ready();
        return;
      }
      case 'reply': {
        if (phase === 'resuming') { heldReply = { f: f, raw: raw }; return; }
        if (forgetting) return; // an answer to something said before "Radera samtalet"
        if (expectRepeat) {
          expectRepeat = false;
          if (raw === lastReplyRaw) {
            // the reply we already show: only make its buttons usable again
            updateSendable();
            return;
          }
        }
        showReply(f, raw);
        return;
      }
      case 'error': {
        if (f.code === 'unknown-session' && phase === 'resuming') {
          sessionId = freshId;
          freshId = null;
          var held = heldReply;
          heldReply = null;
          expectRepeat = false;
          if (forgetting) { // erasing: that conversation is already gone; "forgotten" and a greeting follow
            ready();
            return;
          }
          setOptions([]);
          note(t.restarted);
          ready();
          if (held) showReply(held.f, held.raw);
          return;
        }
        stopWaiting();
        if (typeof f.message === 'string' && f.message) note(f.message);
        if (f.code === 'session-ended') setOptions([]);
        if (focusOptionsNext) {
          focusOptionsNext = false;
          ui.input.focus();
        } else {
          updateSendable();
        }
        return;
      }
      case 'forgotten':
        forgetting = false;
        return;
      default:
        return;
    }
  }

  function stopWaiting() {
    awaiting = false;
    clearTimeout(replyTimer);
    hideTyping();
  }

  /* ---------- rendering ---------- */

  function showReply(f, raw) {
    lastReplyRaw = raw;
    var gen = generation;
    var wait = Math.max(0, lastUserAt + MIN_REPLY_GAP_MS - Date.now());
    renderChain = renderChain.then(function () {
      return new Promise(function (resolve) { setTimeout(resolve, wait); });
    }).then(function () {
      if (gen !== generation || !ui) return;
      renderReply(f);
    }).catch(function () { /* keep the chain alive */ });
  }

  function renderReply(f) {
    stopWaiting();
    restoreLive();
    var messages = Array.isArray(f.messages) ? f.messages : [];
    var options = Array.isArray(f.options) ? f.options.filter(function (o) {
      return o && typeof o.id === 'string' && o.id && typeof o.label === 'string' && o.label;
    }) : [];
    var first = null;
    messages.forEach(function (m, i) {
      if (!m || typeof m !== 'object') return;
      var el = botMessage(m, i === messages.length - 1 ? options.length : 0);
      ui.log.appendChild(el);
      if (!first) first = el;
    });
    if (f.emergency && typeof f.emergency === 'object') renderEmergency(f.emergency);
    setOptions(options);
    scrollToShow(first);
  }

  function botMessage(m, optionCount) {
    var el = h('div', { class: 'vv-msg vv-bot' }, [h('span', { class: 'vv-sr', text: t.guide })]);
    var text = str(m.text);
    if (text) el.appendChild(h('p', { class: 'vv-text', text: text }));
    var links = (Array.isArray(m.links) ? m.links : []).map(function (l) {
      var href = l && safeUrl(l.url);
      if (!href) return null;
      return h('li', null, [linkEl(href, str(l.title) || href)]);
    }).filter(Boolean);
    if (links.length) el.appendChild(h('ul', { class: 'vv-links' }, links));
    var contacts = (Array.isArray(m.contacts) ? m.contacts : []).filter(function (c) { return c && typeof c === 'object'; });
    if (contacts.length) el.appendChild(h('ul', { class: 'vv-contacts' }, contacts.map(contactEl)));
    if (optionCount > 0) el.appendChild(h('span', { class: 'vv-sr', text: ' ' + t.optionsHint(optionCount) }));
    return el;
  }

  function linkEl(href, title) {
    var external = /^https?:/.test(href);
    return h('a', external ? { href: href, target: '_blank', rel: 'noopener noreferrer' } : { href: href },
      [title, external ? h('span', { class: 'vv-sr', text: t.newTab }) : null]);
  }

  function openState(c) {
    return c.openNow === true ? 'open' : c.openNow === false ? 'closed' : 'unknown';
  }

  function contactEl(c) {
    var state = openState(c);
    var tel = telOf(c);
    var phone = str(c.phone);
    var web = safeUrl(c.url);
    var note = str(c.note) || (state === 'closed' ? t.closedNow : '');
    return h('li', { class: 'vv-contact vv-' + state }, [
      h('p', { class: 'vv-contact-name', text: str(c.name) }),
      str(c.description) ? h('p', { class: 'vv-contact-desc', text: str(c.description) }) : null,
      tel && phone ? h('a', { class: 'vv-tel', href: tel }, [icon('phone'), t.call + phone]) : null,
      str(c.hours) ? h('p', { class: 'vv-meta', text: str(c.hours) }) : null,
      note ? h('p', { class: 'vv-meta vv-note-' + state, text: note }) : null,
      web && /^https?:/.test(web) ? h('p', { class: 'vv-meta' }, [t.website, linkEl(web, new URL(web).hostname)]) : null
    ]);
  }

  function renderEmergency(em) {
    var raw = JSON.stringify(em);
    if (raw === emergencyRaw) return;
    emergencyRaw = raw;
    var card = ui.card;
    var hadFocus = card.contains(ui.shadow.activeElement);
    var contacts = (Array.isArray(em.contacts) ? em.contacts : []).filter(function (c) {
      return c && typeof c === 'object' && telOf(c);
    });
    var items = contacts.map(function (c, i) {
      var state = openState(c);
      var note = str(c.note) || (state === 'closed' ? t.closedNow : '');
      var number = str(c.phone) || telOf(c).slice(4);
      var li = h('li', { class: 'vv-em-contact vv-' + state + (i === 0 ? ' vv-em-first' : '') }, [
        h('p', { class: 'vv-em-name', text: str(c.name) }),
        h('a', { class: 'vv-tel-big', href: telOf(c), 'aria-label': t.call + number },
          [icon('phone'), h('span', { text: number })]),
        h('p', { class: 'vv-em-meta' }, [
          note ? h('span', { class: 'vv-note-' + state, text: note }) : null,
          note && str(c.hours) ? ' ' : null,
          str(c.hours) || null
        ])
      ]);
      if (i >= EMERGENCY_VISIBLE && !emergencyExpanded) li.hidden = true;
      return li;
    });
    var list = h('ul', { class: 'vv-em-list', id: 'vv-em-list' }, items);
    var children = [h('p', { class: 'vv-em-msg', text: str(em.message) }), list];
    var extra = items.length - EMERGENCY_VISIBLE;
    if (extra > 0) {
      var more = h('button', {
        type: 'button', class: 'vv-tool vv-em-more', 'aria-expanded': emergencyExpanded ? 'true' : 'false',
        'aria-controls': 'vv-em-list', text: emergencyExpanded ? t.fewer : t.more(extra)
      });
      more.addEventListener('click', function () {
        emergencyExpanded = !emergencyExpanded;
        items.forEach(function (li, i) { if (i >= EMERGENCY_VISIBLE) li.hidden = !emergencyExpanded; });
        more.setAttribute('aria-expanded', emergencyExpanded ? 'true' : 'false');
        more.textContent = emergencyExpanded ? t.fewer : t.more(extra);
        if (emergencyExpanded) items[EMERGENCY_VISIBLE].querySelector('a').focus();
      });
      children.push(more);
    }
    card.replaceChildren.apply(card, children);
    card.hidden = false;
    if (hadFocus) {
      var a = card.querySelector('a');
      if (a) a.focus();
    }
    if (!emergencyAnnounced) {
      emergencyAnnounced = true;
      var first = contacts[0];
      announce(t.announce(str(em.message)) + (first ? ' ' + str(first.name) + ': ' + str(first.phone) + '.' : ''));
    }
  }

  function announce(text) {
    var region = ui.assertive;
    region.textContent = '';
    setTimeout(function () { if (ui) region.textContent = text; }, 100);
    setTimeout(function () { if (ui && region.textContent === text) region.textContent = ''; }, 15000);
  }

  function setOptions(options) {
    var raw = JSON.stringify(options);
    var box = ui.options;
    var hadFocus = box.contains(ui.shadow.activeElement);
    var wanted = focusOptionsNext;
    focusOptionsNext = false;
    if (raw !== lastOptionsRaw || box.querySelector('[data-used]')) {
      lastOptionsRaw = raw;
      box.replaceChildren.apply(box, options.map(function (o) {
        var b = h('button', { type: 'button', class: 'vv-option', text: o.label });
        b.addEventListener('click', function () { choose(o, b); });
        return b;
      }));
      box.hidden = options.length === 0;
    }
    updateSendable();
    if (wanted || (hadFocus && !box.contains(ui.shadow.activeElement))) {
      var firstBtn = box.querySelector('button');
      (firstBtn || ui.input).focus();
    }
  }

  function scrollToShow(el) {
    var log = ui.log;
    if (el && el.offsetHeight > log.clientHeight) log.scrollTop = el.offsetTop - 8;
    else log.scrollTop = log.scrollHeight;
  }

  function note(text) {
    var el = h('p', { class: 'vv-note', text: text });
    ui.log.appendChild(el);
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  function appendUser(text) {
    // the resident's own words go into the log silently: only the guide's answers are announced
    clearTimeout(liveTimer);
    ui.log.setAttribute('aria-live', 'off');
    ui.log.appendChild(h('div', { class: 'vv-msg vv-user' }, [h('span', { class: 'vv-sr', text: t.you }), h('p', { class: 'vv-text', text: text })]));
    ui.log.scrollTop = ui.log.scrollHeight;
    lastUserAt = Date.now();
    liveTimer = setTimeout(restoreLive, MIN_REPLY_GAP_MS - 50);
  }

  function restoreLive() {
    clearTimeout(liveTimer);
    if (ui) ui.log.setAttribute('aria-live', 'polite');
  }

  function showTyping() {
    ui.typing.hidden = false;
    clearTimeout(replyTimer);
    replyTimer = setTimeout(function () {
      if (awaiting) {
        stopWaiting();
        note(t.slow);
      }
    }, REPLY_TIMEOUT_MS);
  }

  function hideTyping() {
    if (ui) ui.typing.hidden = true;
  }

  /* ---------- what the resident does ---------- */

  function sendText() {
    var text = ui.input.value.trim();
    if (!text) return;
    if (!isReady()) {
      if (phase !== 'down' && !ws) connect();
      return; // nothing is queued: the message stays in the box, the status says why
    }
    if (!send({ type: 'text', text: text.slice(0, MAX_TEXT) })) return;
    appendUser(text);
    ui.input.value = '';
    awaiting = true;
    showTyping();
  }

  function choose(o, btn) {
    if (!isReady() || btn.getAttribute('aria-disabled') === 'true') return;
    if (!send({ type: 'choose', option: o.id })) return;
    Array.prototype.forEach.call(ui.options.querySelectorAll('button'), function (b) {
      b.setAttribute('aria-disabled', 'true');
      b.setAttribute('data-used', '');
    });
    appendUser(o.label);
    focusOptionsNext = true;
    awaiting = true;
    showTyping();
  }

  function clearConversation() {
    generation++;
    renderChain = Promise.resolve();
    stopWaiting();
    restoreLive();
    ui.log.replaceChildren();
    ui.options.replaceChildren();
    ui.options.hidden = true;
    ui.card.replaceChildren();
    ui.card.hidden = true;
    ui.assertive.textContent = '';
    lastReplyRaw = null;
    lastOptionsRaw = null;
    emergencyRaw = null;
    emergencyAnnounced = false;
    emergencyExpanded = false;
    focusOptionsNext = false;
    expectRepeat = false;
    heldReply = null;
  }

  function forgetConversation() {
    clearConversation();
    ui.input.value = '';
    if (phase === 'ready' && ws && ws.readyState === 1) {
      forgetting = true;
      send({ type: 'forget' });
    } else {
      // not connected (or still reconnecting): erase that conversation on the server as soon as it can be reached
      if (sessionId) pendingErase = sessionId;
      if (ws) {
        var old = ws;
        ws = null;
        old.onmessage = old.onclose = old.onerror = null;
        try { old.close(); } catch (e) { /* ignore */ }
        connect();
      }
    }
    sessionId = null; // never resume a forgotten conversation
    freshId = null;
    if (!ui.status.classList.contains('vv-status-down')) ui.status.replaceChildren();
    ui.status.appendChild(h('p', { class: 'vv-status-ok', text: t.forgotten }));
    clearTimeout(statusTimer);
    statusTimer = setTimeout(function () {
      if (!ui) return;
      var ok = ui.status.querySelector('.vv-status-ok');
      if (ok) ok.remove();
    }, 5000);
    ui.input.focus();
  }

  /* ---------- quick exit ---------- */

  function onGlobalKey(e) {
    if (exiting) return;
    var now = Date.now();
    if (e.key === 'Shift') {
      if (e.repeat) return;
      shiftTimes = shiftTimes.filter(function (x) { return now - x < KEY_WINDOW_MS; });
      shiftTimes.push(now);
      if (shiftTimes.length >= 3) quickExit();
      return;
    }
    shiftTimes = []; // typing capitals (Shift + a letter) never counts
    if (e.key === 'Escape' || e.key === 'Esc') {
      if (!e.repeat && lastEscAt && now - lastEscAt < KEY_WINDOW_MS) {
        e.preventDefault();
        quickExit();
        return;
      }
      lastEscAt = now;
    } else {
      lastEscAt = 0;
    }
  }

  function quickExit() {
    if (exiting) return;
    exiting = true;
    var target = cfg.exitUrl;
    try { document.documentElement.style.setProperty('visibility', 'hidden', 'important'); } catch (e) { /* ignore */ }
    try {
      if (ws && ws.readyState === 1) ws.send('{"type":"forget"}');
      if (ws) ws.close(1000);
    } catch (e) { /* ignore */ }
    wipe();
    try { history.replaceState(null, '', '/'); } catch (e) { /* another origin's path: ignore */ }
    location.replace(target);
  }

  /** Removes the widget and forgets everything it held. */
  function wipe() {
    [reconnectTimer, connectTimer, replyTimer, liveTimer, statusTimer].forEach(clearTimeout);
    window.removeEventListener('online', onOnline);
    generation++;
    if (ws) {
      ws.onmessage = ws.onclose = ws.onerror = null;
    }
    ws = null;
    sessionId = freshId = pendingErase = heldReply = lastReplyRaw = lastOptionsRaw = emergencyRaw = null;
    awaiting = forgetting = expectRepeat = false;
    if (ui) {
      try {
        ui.input.value = '';
        ui.shadow.replaceChildren();
        ui.host.remove();
      } catch (e) { /* ignore */ }
    }
    ui = null;
  }

  /* ---------- styles ---------- */

  var STYLES = [
    ':host{all:initial !important}',
    '.vv{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:max(16px,1rem);',
    ' line-height:1.5;color:#1d1d1d;--vv-accent:#005493;--vv-accent-text:#fff;--vv-accent-ink:#005493}',
    '.vv *,.vv *::before,.vv *::after{box-sizing:border-box}',
    '[hidden]{display:none !important}',
    '.vv p{margin:0}',
    '.vv-sr{position:absolute !important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}',
    '.vv button{font:inherit;line-height:1.25;cursor:pointer;margin:0}',
    '.vv a{color:#0b4a8b;text-decoration:underline;text-underline-offset:2px}',
    '.vv :focus{outline:none}',
    '.vv :focus-visible{outline:3px solid #000;outline-offset:2px;box-shadow:0 0 0 7px #fff}',
    '.vv-header :focus-visible{outline-color:var(--vv-accent-text);box-shadow:0 0 0 7px var(--vv-accent)}',
    '.vv-header .vv-exit-bar:focus-visible{outline:3px solid #000;outline-offset:-7px;box-shadow:none}',
    '.vv-log:focus-visible{outline-offset:-4px;box-shadow:none}',
    '.vv-input:focus-visible{outline-offset:1px;box-shadow:none}',
    '.vv [aria-disabled="true"]{cursor:not-allowed;opacity:.6}',

    /* dock: quick exit + launcher, always on screen */
    '.vv-dock{position:fixed;bottom:16px;right:16px;z-index:2147483000;display:flex;flex-wrap:wrap-reverse;gap:8px;',
    ' align-items:center;justify-content:flex-end;max-width:calc(100vw - 32px)}',
    '.vv-left .vv-dock{right:auto;left:16px;justify-content:flex-start}',
    '.vv-open .vv-dock .vv-exit{display:none}',
    '.vv-launcher{display:inline-flex;align-items:center;gap:8px;min-height:48px;padding:10px 18px;border-radius:999px;',
    ' background:var(--vv-accent);color:var(--vv-accent-text);border:2px solid var(--vv-accent-text);font-weight:600;',
    ' box-shadow:0 2px 10px rgba(0,0,0,.3)}',
    '.vv-exit{min-height:44px;padding:8px 14px;border-radius:8px;background:#ffd200;color:#000;border:2px solid #000;',
    ' font-weight:700;box-shadow:0 2px 10px rgba(0,0,0,.25)}',
    '.vv-exit:hover{background:#ffe466}',

    /* panel */
    '.vv-panel{position:fixed;z-index:2147483001;bottom:84px;right:16px;width:400px;max-width:calc(100vw - 32px);',
    ' height:min(720px,calc(100vh - 100px));display:flex;flex-direction:column;overflow:auto;background:#fff;',
    ' border:1px solid #6b6b6b;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3)}',
    '.vv-left .vv-panel{right:auto;left:16px}',
    '.vv-header{flex:0 0 auto;background:var(--vv-accent);color:var(--vv-accent-text)}',
    '.vv-exit-bar{display:block;width:100%;min-height:44px;border-radius:0;border-width:0 0 2px;box-shadow:none;font-size:1em}',
    '.vv-headrow{display:flex;align-items:center;gap:8px;padding:6px 8px 6px 12px}',
    '.vv-title{flex:1 1 auto;min-width:0;margin:0;font-size:1.0625em;line-height:1.25;font-weight:700}',
    '.vv-close{flex:0 0 auto;display:inline-flex;align-items:center;justify-content:center;width:44px;height:44px;',
    ' background:transparent;color:inherit;border:2px solid currentColor;border-radius:8px;padding:0}',
    '.vv-tool{flex:0 0 auto;min-height:44px;padding:6px 10px;background:transparent;color:inherit;border:2px solid currentColor;border-radius:8px}',
    '.vv-linklike{min-height:24px;padding:0;border:0;background:transparent;color:#0b4a8b;font-size:1em;',
    ' text-decoration:underline;text-underline-offset:2px;text-align:left}',

    /* emergency card, pinned above the log */
    '.vv-emergency{flex:0 0 auto;max-height:33%;overflow:auto;padding:8px 12px;background:#fff5f3;',
    ' border-bottom:4px solid #b3261e}',
    '.vv-em-msg{font-weight:700;font-size:1.125em;margin-bottom:2px}',
    '.vv-em-list{list-style:none;margin:0;padding:0}',
    '.vv-em-contact{display:flex;flex-wrap:wrap;align-items:center;gap:2px 10px;padding:6px 0;border-top:1px solid #e0b4ad}',
    '.vv-em-contact:first-child{border-top:0}',
    '.vv-em-name{flex:1 1 7em;font-weight:700;overflow-wrap:break-word}',
    '.vv-em-contact .vv-tel-big{flex:0 0 auto}',
    '.vv-em-meta{flex:1 1 100%;font-size:.875em}',
    '.vv-meta{font-size:.9375em}',
    '.vv-tel-big{display:inline-flex;align-items:center;justify-content:center;gap:6px;min-height:48px;padding:6px 14px;',
    ' border-radius:8px;background:#b3261e;color:#fff !important;text-decoration:none !important;font-weight:700;',
    ' font-size:1.1875em;border:2px solid #b3261e;white-space:nowrap}',
    '.vv-em-first .vv-tel-big{font-size:1.4375em;min-height:52px}',
    '.vv-closed .vv-tel-big{background:#fff;color:#1d1d1d !important;border-color:#595959;font-size:1.0625em}',
    '.vv-note-closed{display:inline-block;margin-top:2px;padding:0 6px;border:1px solid #595959;border-radius:4px;',
    ' background:#ececec;color:#1d1d1d;font-weight:600}',
    '.vv-note-open{color:#1e6b2e;font-weight:600}',
    '.vv-em-more{margin-top:6px;color:#1d1d1d;border-color:#595959;background:#fff}',

    /* status (cannot reach the guide) */
    '.vv-status{flex:0 0 auto}',
    '.vv-status:empty{display:none}',
    '.vv-down{margin:8px 12px;padding:10px 12px;border:3px solid #b3261e;border-radius:8px;background:#fff5f3;',
    ' display:flex;flex-direction:column;align-items:flex-start;gap:6px}',
    '.vv-down-text{font-weight:700}',
    '.vv-tel-second{background:#fff;color:#1d1d1d !important;border-color:#595959;font-size:1.125em}',
    '.vv-down-small{font-size:.9375em}',
    '.vv-status-ok{margin:6px 12px;font-size:.9375em;font-weight:600}',

    /* conversation */
    '.vv-conv{flex:1 1 auto;display:flex;flex-direction:column;min-height:12em}',
    '.vv-log{flex:1 1 auto;min-height:4em;overflow-y:auto;padding:10px 12px;position:relative}',
    '.vv-msg{max-width:92%;margin:0 0 10px;padding:8px 12px;border-radius:12px;overflow-wrap:anywhere}',
    '.vv-text{white-space:pre-line}',
    '.vv-bot{background:#eef1f4;border:1px solid #e0e4e8;border-bottom-left-radius:4px}',
    '.vv-user{margin-left:auto;background:var(--vv-accent);color:var(--vv-accent-text);border-bottom-right-radius:4px;',
    ' border:1px solid var(--vv-accent)}',
    '.vv-note{margin:0 0 10px;padding:6px 10px;border:1px dashed #595959;border-radius:8px;font-size:.9375em;text-align:center}',
    '.vv-links{margin:6px 0 0;padding-left:1.2em}',
    '.vv-links li{margin:2px 0}',
    '.vv-contacts{list-style:none;margin:6px 0 0;padding:0}',
    '.vv-contact{margin-top:8px;padding:8px 10px;background:#fff;border:1px solid #8a8a8a;border-radius:8px}',
    '.vv-contact-name{font-weight:700}',
    '.vv-contact-desc{font-size:.9375em}',
    '.vv-tel{display:inline-flex;align-items:center;gap:6px;min-height:44px;margin:6px 0 2px;padding:6px 14px;border-radius:8px;',
    ' background:var(--vv-accent);color:var(--vv-accent-text) !important;text-decoration:none !important;font-weight:700;',
    ' font-size:1.125em;border:2px solid var(--vv-accent)}',
    '.vv-contact.vv-closed .vv-tel{background:#fff;color:#1d1d1d !important;border-color:#595959}',
    '.vv-typing{flex:0 0 auto;padding:0 12px 6px;display:flex;gap:5px}',
    '.vv-typing span{width:8px;height:8px;border-radius:50%;background:#595959;animation:vv-blink 1.2s infinite ease-in-out}',
    '.vv-typing span:nth-child(2){animation-delay:.2s}',
    '.vv-typing span:nth-child(3){animation-delay:.4s}',
    '@keyframes vv-blink{0%,80%,100%{opacity:.25}40%{opacity:1}}',
    '.vv-options{flex:0 0 auto;max-height:7.25em;overflow-y:auto;display:flex;flex-wrap:wrap;gap:6px 8px;padding:8px 12px;',
    ' border-top:1px solid #c4c4c4}',
    '.vv-option{min-height:44px;padding:6px 14px;border-radius:22px;background:#fff;color:var(--vv-accent-ink);',
    ' border:2px solid var(--vv-accent-ink);font-weight:600;text-align:left}',
    '.vv-option:hover{background:#eef1f4}',
    '.vv-form{flex:0 0 auto;padding:6px 12px 6px;border-top:1px solid #c4c4c4}',
    '.vv-label{display:block;font-weight:600;margin-bottom:2px;font-size:.9375em}',
    '.vv-row{display:flex;gap:8px;align-items:stretch}',
    '.vv-input{flex:1 1 auto;min-width:0;min-height:48px;max-height:8em;padding:8px 10px;font:inherit;font-size:max(16px,1rem);',
    ' color:#1d1d1d;background:#fff;border:2px solid #595959;border-radius:8px;resize:vertical}',
    '.vv-send{flex:0 0 auto;min-height:48px;padding:0 16px;border-radius:8px;background:var(--vv-accent);',
    ' color:var(--vv-accent-text);border:2px solid var(--vv-accent-ink);font-weight:700}',
    '.vv-foot{margin-top:6px;font-size:.875em;color:#4a4a4a;line-height:1.4}',

    /* help */
    '.vv-help{flex:1 1 auto;overflow-y:auto;padding:12px 14px}',
    '.vv-help-title{margin:0 0 8px;font-size:1.125em}',
    '.vv-help p,.vv-help ul{margin:0 0 10px}',
    '.vv-help ul{padding-left:1.2em}',
    '.vv-help-back{color:#1d1d1d;border-color:#595959;background:#fff}',

    /* phones, narrow windows and 200 % zoom: the panel covers the screen */
    '@media (max-width:600px),(max-height:560px){',
    ' .vv-panel{top:0;right:0;bottom:0;left:0;width:100%;max-width:none;height:100%;border:0;border-radius:0}',
    ' .vv-left .vv-panel{left:0}',
    ' .vv-open .vv-dock{display:none}',
    ' .vv-dock{bottom:10px;right:10px;max-width:calc(100vw - 20px)}',
    ' .vv-left .vv-dock{left:10px}',
    ' .vv-emergency{max-height:35%}',
    ' .vv-exit-bar{min-height:48px}',
    '}',
    '@media (max-height:560px){.vv-emergency{max-height:34%}.vv-options{max-height:5em}.vv-conv{min-height:11em}}',
    '@media (max-width:360px){.vv-launcher{padding:8px 12px}.vv-tel-big{font-size:1.125em}.vv-em-first .vv-tel-big{font-size:1.25em}}',
    '@media (prefers-reduced-motion:reduce){.vv *{animation:none !important;transition:none !important;scroll-behavior:auto !important}',
    ' .vv-typing span{opacity:.7}}',
    '@media (forced-colors:active){',
    ' .vv-panel,.vv-msg,.vv-contact,.vv-emergency,.vv-down,.vv-note{border:2px solid CanvasText}',
    ' .vv-launcher,.vv-exit,.vv-tool,.vv-close,.vv-send,.vv-option,.vv-tel,.vv-tel-big{border:2px solid ButtonText}',
    ' .vv-tel,.vv-tel-big{color:LinkText !important}',
    ' .vv :focus-visible,.vv-header :focus-visible{outline:3px solid Highlight;box-shadow:none}',
    ' .vv [aria-disabled="true"]{color:GrayText;border-color:GrayText;opacity:1}',
    ' .vv-typing span{background:CanvasText}',
    ' .vv-note-closed{border:1px solid CanvasText}',
    '}'
  ].join('\n');

  if (document.body) start(); else document.addEventListener('DOMContentLoaded', start);
})();
