// The facility search box (every page): suggestions as the reader types, from /search.json, with no page reload per
// key. WAI-ARIA 1.2 combobox with a listbox popup: Down/Up move through the suggestions, Enter opens the active one
// (or submits the form, which shows every match), Escape closes the list, then clears the box. In "pick" mode (the
// compare page) choosing a suggestion adds the facility to the comparison instead of opening its page.

const DELAY_MS = 120;

function optionText(f) {
  const place = [f.city, f.state].filter(Boolean).join(', ');
  return { name: f.name || f.ccn, detail: `${f.ccn}${place ? ` \u00b7 ${place}` : ''}` };
}

function setup(form) {
  const input = form.querySelector('input[role=combobox]');
  const list = form.querySelector('[role=listbox]');
  const status = form.querySelector('[role=status]');
  const pick = form.dataset.pick;
  let items = [];
  let active = -1;
  let timer = null;
  let pending = null;

  const hrefOf = (f) => (pick ? `${pick}${pick.includes('?') ? '&' : '?'}ccn=${encodeURIComponent(f.ccn)}` : f.href);

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0 && list.children[index]) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function go(index) {
    const f = items[index];
    if (f) {
      window.location.assign(hrefOf(f));
    }
  }

  function render(answer) {
    items = answer.results;
    list.replaceChildren(...items.map((f, i) => {
      const li = document.createElement('li');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.ccn = f.ccn;
      li.dataset.href = hrefOf(f);
      const text = optionText(f);
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = text.name;
      const detail = document.createElement('span');
      detail.className = 'detail';
      detail.textContent = text.detail;
      li.append(name, detail);
      li.addEventListener('mousedown', (e) => e.preventDefault());
      li.addEventListener('click', () => go(i));
      return li;
    }));
    const more = answer.total > items.length ? ` (the first ${items.length}; press Enter for all)` : '';
    status.textContent = answer.total === 0 ? 'No facility matches.'
      : `${answer.total} ${answer.total === 1 ? 'facility matches' : 'facilities match'}${more}.`;
    form.dataset.total = String(answer.total);
    active = -1;
    input.removeAttribute('aria-activedescendant');
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
  }

  async function ask(text) {
    if (pending) {
      pending.abort();
    }
    if (text.trim() === '') {
      items = [];
      list.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    pending = new AbortController();
    try {
      const response = await fetch(`/search.json?q=${encodeURIComponent(text)}`, {
        signal: pending.signal, headers: { Accept: 'application/json' },
      });
      if (response.ok) {
        render(await response.json());
      }
    } catch (e) {
      if (e.name !== 'AbortError') {
        status.textContent = 'Search is not available right now; press Enter to search.';
      }
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => ask(input.value), DELAY_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden && items.length > 0) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      highlight(items.length === 0 ? -1 : (active + 1) % items.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      highlight(items.length === 0 ? -1 : (active <= 0 ? items.length - 1 : active - 1));
    } else if (e.key === 'Enter' && active >= 0 && !list.hidden) {
      e.preventDefault();
      go(active);
    } else if (e.key === 'Escape') {
      if (!list.hidden) {
        close();
      } else {
        input.value = '';
      }
    }
  });
  input.addEventListener('blur', () => close());
  input.addEventListener('focus', () => {
    if (items.length > 0) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  });
}

document.querySelectorAll('form[data-search]').forEach(setup);
