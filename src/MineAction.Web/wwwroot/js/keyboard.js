// Keyboard use of the app: the skip link.
(function () {
  // The skip link moves the keyboard focus to the page's main content. Handled here, before Blazor's link handling, which would
  // resolve "#main-content" against the base address and leave the page.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.skip-link');
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    var main = document.getElementById('main-content');
    if (main) {
      main.focus();
      main.scrollIntoView();
    }
  }, true);
})();
