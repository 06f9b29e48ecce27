/*
 * <toadam-card>: one card of a learners' board, drawn in the browser from ONE property set by the server
 * (board/ui/CardView, see CardJson for its fields). Every button raises ONE event type, "card-action", which
 * bubbles to the board's single server-side listener: {action, card, version, payload}.
 *
 * Hand-written on purpose: a plain custom element with no imports needs no rebuild of Vaadin's production
 * bundle (the npm registry here lacks the @vaadin packages such a rebuild needs). Looks come from Lumo's CSS
 * custom properties and the theme's .board-card rules (light DOM, so they apply as before).
 * Forms (reply, edit) are server components the server adds as children only while open: they are left alone
 * here; while the card has the attribute "editing" its own content is hidden.
 */
(() => {
  if (customElements.get('toadam-card')) {
    return;
  }

  const STYLE = `
toadam-card { display: block; }
toadam-card[hidden], toadam-card[editing] > .card-body { display: none; }
toadam-card .card-toolbar { display: flex; flex-wrap: wrap; align-items: center; }
toadam-card .card-toolbar button {
  font-family: var(--lumo-font-family); font-size: var(--lumo-font-size-s); font-weight: 500;
  line-height: var(--lumo-line-height-xs); min-height: var(--lumo-size-s); min-width: var(--lumo-size-s);
  margin: var(--lumo-space-xs) 0; padding: 0 calc(var(--lumo-size-s) / 6); border: 0; border-radius: var(--lumo-border-radius-m);
  background: transparent; color: var(--lumo-primary-text-color); cursor: var(--lumo-clickable-cursor, pointer);
  display: inline-flex; align-items: center; justify-content: center; gap: var(--lumo-space-xs);
}
toadam-card .card-toolbar button.primary {
  background: var(--lumo-primary-color); color: var(--lumo-primary-contrast-color);
  padding: 0 calc(var(--lumo-size-s) / 3 + var(--lumo-border-radius-m) / 2);
}
toadam-card .card-toolbar button.success { color: var(--lumo-success-text-color); }
toadam-card .card-toolbar button.error { color: var(--lumo-error-text-color); }
toadam-card .card-toolbar button:hover:not(:disabled) { background-image: linear-gradient(var(--lumo-contrast-5pct), var(--lumo-contrast-5pct)); }
toadam-card .card-toolbar button:disabled { color: var(--lumo-disabled-text-color); background: transparent; cursor: default; }
toadam-card .card-toolbar button:focus { outline: none; }
toadam-card .card-toolbar button:focus-visible { box-shadow: 0 0 0 2px var(--lumo-primary-color-50pct); }
toadam-card .card-toolbar button[data-action=reply], toadam-card .card-toolbar button[data-action=edit],
toadam-card .card-toolbar button[data-action=delete] { padding: 0 calc(var(--lumo-size-s) / 3); }
toadam-card .card-toolbar vaadin-icon { width: 1em; height: 1em; }
`;
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.appendChild(style);

  const ICONS = {reply: 'vaadin:comment-o', edit: 'vaadin:edit', delete: 'vaadin:trash'};

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    return e;
  }

  class ToadamCard extends HTMLElement {
    connectedCallback() {
      // A value Flow set before this class was defined sits on the instance and hides the setter.
      if (Object.prototype.hasOwnProperty.call(this, 'card')) {
        const value = this.card;
        delete this.card;
        this.card = value;
      }
      this._render();
    }

    set card(value) {
      this._card = value;
      this._render();
    }

    get card() {
      return this._card;
    }

    /** Gives the keyboard focus to the button of {@code action} (after a form closed, say). */
    focusAction(action) {
      const button = this.querySelector(`.card-body button[data-action="${action}"]`);
      if (button) {
        button.focus();
      }
    }

    _render() {
      const c = this._card;
      if (!c || !this.isConnected) {
        return;
      }
      this.classList.add('board-card');
      this.id = 'card-' + c.id;
      this.dataset.type = c.type;
      // Redrawing replaces the buttons: a keyboard user's focus goes back to the same one.
      const focused = this.contains(document.activeElement) && document.activeElement.closest('.card-body')
        ? document.activeElement.dataset.action + '|' + (document.activeElement.dataset.key || '') : null;
      const body = el('div', 'card-body');
      body.appendChild(el('p', 'card-text', c.text));
      if (c.answers) {
        body.appendChild(el('span', 'card-answers', c.answers));
      }
      if (c.step) {
        body.appendChild(el('span', 'card-step', c.step));
      }
      body.appendChild(el('span', 'card-meta', c.meta));
      body.appendChild(this._toolbar(c));
      (c.replies || []).forEach(r => {
        const reply = el('div', 'card-reply');
        reply.append(el('span', null, r.author + ': '), el('span', null, r.text));
        body.appendChild(reply);
      });
      const old = this.querySelector(':scope > .card-body');
      if (old) {
        old.replaceWith(body);
      } else {
        this.insertBefore(body, this.firstChild);
      }
      if (focused) {
        const [action, key] = focused.split('|');
        const again = [...body.querySelectorAll('button')]
          .find(b => b.dataset.action === action && (b.dataset.key || '') === key);
        if (again) {
          again.focus();
        }
      }
    }

    _toolbar(c) {
      const bar = el('div', 'card-toolbar');
      const labels = c.labels || {};
      const can = new Set(c.can || []);
      const react = this._button('react', 'react-button', '+1 · ' + c.reactions, labels.react, labels.reactTip,
        c.reacted ? 'primary' : '');
      react.dataset.count = c.reactions;
      react.setAttribute('aria-pressed', String(!!c.reacted));
      react.disabled = !can.has('react');
      bar.appendChild(react);
      if (can.has('reply')) {
        bar.appendChild(this._iconButton('reply', 'reply-button', labels.reply, ''));
      }
      (c.controls || []).forEach(control => bar.appendChild(this._control(control)));
      if (can.has('edit')) {
        bar.appendChild(this._iconButton('edit', 'edit-button', labels.edit, ''));
      }
      if (can.has('delete')) {
        bar.appendChild(this._iconButton('delete', 'delete-button', labels.delete, 'error'));
      }
      return bar;
    }

    /** What an add-on (e.g. voting) shows on the card: a button that raises the same event, or a badge. */
    _control(control) {
      let node;
      if (control.key) {
        node = this._button('control', control.cls, control.text, control.label, control.title, control.theme);
        node.dataset.key = control.key;
      } else {
        node = el('span', control.cls, control.text);
      }
      Object.entries(control.data || {}).forEach(([name, value]) => node.setAttribute('data-' + name, value));
      return node;
    }

    _iconButton(action, cls, label, theme) {
      const button = this._button(action, cls, null, label, label, theme);
      const icon = document.createElement('vaadin-icon');
      icon.setAttribute('icon', ICONS[action]);
      icon.setAttribute('aria-hidden', 'true');
      button.appendChild(icon);
      return button;
    }

    _button(action, cls, text, label, title, theme) {
      const button = el('button', cls + (theme ? ' ' + theme : ''), text);
      button.type = 'button';
      button.dataset.action = action;
      if (label) {
        button.setAttribute('aria-label', label);
      }
      if (title) {
        button.title = title;
      }
      button.addEventListener('click', () => this.dispatchEvent(new CustomEvent('card-action', {
        bubbles: true,
        detail: {action, card: this._card.id, version: this._card.version, payload: button.dataset.key || ''}
      })));
      return button;
    }
  }

  customElements.define('toadam-card', ToadamCard);
})();
