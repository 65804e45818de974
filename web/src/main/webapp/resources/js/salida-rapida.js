/*
 * Quick exit for the PAVG public pages: the button or the Esc key blanks the page at once and
 * replaces it (location.replace), so "Back" does not return to it and the history keeps one neutral
 * entry. A link marked data-reemplazar opens its target the same way (no new history entry).
 */
(function () {
  function exitUrl() {
    var d = document.getElementById('salida-datos');
    return (d && d.getAttribute('data-salida')) || '/';
  }
  function leave() {
    try {
      document.title = '';
      var forms = document.querySelectorAll('form');
      for (var i = 0; i < forms.length; i++) { forms[i].reset(); }
      document.body.style.visibility = 'hidden';
    } finally {
      window.location.replace(exitUrl());
    }
  }
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' || e.key === 'Esc') { e.preventDefault(); leave(); }
  }, true);
  document.addEventListener('click', function (e) {
    var t = e.target;
    while (t && t !== document) {
      if (t.id === 'salida-rapida') { e.preventDefault(); leave(); return; }
      if (t.tagName === 'A' && t.hasAttribute('data-reemplazar')) {
        e.preventDefault(); window.location.replace(t.href); return;
      }
      t = t.parentNode;
    }
  }, true);
})();
