// The portal's return page after the gateway: asks our API (never the gateway) for the charge's
// state every two seconds and reloads the page once the signed notice applied it. No session is
// needed, so returning from the gateway's site does not replace the citizen's session cookie.
(function () {
  var box = document.getElementById('pago-espera');
  if (!box) {
    return;
  }
  var url = box.getAttribute('data-estado');
  var tries = 0;
  function poll() {
    tries++;
    fetch(url, {headers: {Accept: 'application/json'}, cache: 'no-store'})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (s && s.status && s.status !== 'PENDIENTE') {
          window.location.reload();
        } else if (tries < 150) {
          setTimeout(poll, 2000);
        }
      })
      .catch(function () { if (tries < 150) { setTimeout(poll, 2000); } });
  }
  setTimeout(poll, 2000);
})();
