// htmx requests carry the CSRF token of the page.
document.body.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The navigation marks the link of the current page (the longest matching path) and its dropdown.
(function () {
  var path = window.location.pathname;
  var best = null;
  document.querySelectorAll('#main-nav a[href]').forEach(function (link) {
    var href = new URL(link.href, window.location.href).pathname;
    var matches = href === path || (href !== '/' && path.indexOf(href + '/') === 0);
    if (matches && (best === null || href.length > best.href.length)) {
      best = { link: link, href: href };
    }
  });
  if (best !== null) {
    best.link.classList.add('active');
    best.link.setAttribute('aria-current', 'page');
    var group = best.link.closest('.dropdown');
    if (group) {
      group.querySelector('[data-bs-toggle="dropdown"]').classList.add('active');
    }
  }
})();
