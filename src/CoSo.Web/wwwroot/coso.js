// CoSo's only script of its own: the Content-Security-Policy forbids inline scripts, inline event handlers and
// javascript: links, so the reconnect banner's "reload" links and the print buttons are handled here.
document.addEventListener('click', function (e) {
  if (!e.target.closest) {
    return;
  }
  if (e.target.closest('[data-reload]')) {
    e.preventDefault();
    location.reload();
  } else if (e.target.closest('[data-print]')) {
    e.preventDefault();
    window.print();
  }
});
