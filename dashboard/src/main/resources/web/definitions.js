// Measure definitions one hover, focus or tap away: each ".def" link (to the metric's entry on /metrics) carries the
// catalog's words in data-definition; pointing at it or focusing it shows them in a tooltip, tapping it toggles the
// tooltip instead of leaving the page (the tooltip links to the metrics page). Escape closes it.
let popup = null;
let owner = null;

function hide() {
  if (popup) {
    popup.remove();
    owner.removeAttribute('aria-describedby');
    popup = null;
    owner = null;
  }
}

function show(link) {
  if (owner === link) {
    return;
  }
  hide();
  owner = link;
  popup = document.createElement('div');
  popup.className = 'def-popup';
  popup.id = 'definition-popup';
  popup.setAttribute('role', 'tooltip');
  const text = document.createElement('span');
  text.textContent = `${link.dataset.definition} `;
  const more = document.createElement('a');
  more.href = link.getAttribute('href');
  more.textContent = 'Metrics page';
  popup.append(text, more);
  document.body.append(popup);
  const box = link.getBoundingClientRect();
  const left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth
    - popup.offsetWidth - 8));
  popup.style.left = `${left}px`;
  popup.style.top = `${window.scrollY + box.bottom + 6}px`;
  link.setAttribute('aria-describedby', popup.id);
}

document.querySelectorAll('a.def[data-definition]').forEach((link) => {
  link.addEventListener('mouseenter', () => show(link));
  link.addEventListener('focus', () => show(link));
  link.addEventListener('blur', () => setTimeout(() => {
    if (owner === link && !(popup && popup.matches(':hover'))) {
      hide();
    }
  }, 150));
  link.addEventListener('click', (e) => {
    e.preventDefault();
    if (owner === link && e.detail > 0 && !matchMedia('(hover: hover)').matches) {
      hide();
    } else {
      show(link);
    }
  });
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    hide();
  }
});
document.addEventListener('click', (e) => {
  if (popup && !popup.contains(e.target) && !e.target.closest('a.def')) {
    hide();
  }
});
document.addEventListener('mouseover', (e) => {
  if (popup && !popup.contains(e.target) && !e.target.closest('a.def')) {
    hide();
  }
});
window.addEventListener('beforeprint', () => document.querySelectorAll('details.rows').forEach((d) => {
  d.open = true;
}));
