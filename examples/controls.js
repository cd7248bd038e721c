// The hand-written controls page: a native form validates the sf- controls itself; this only
// shows what the form would send instead of leaving the page.
const form = document.getElementById('by-hand');
const result = document.getElementById('result');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const names = [...new FormData(form).keys()];
  result.textContent = `The form would send: ${[...new Set(names)].join(', ')}`;
});
