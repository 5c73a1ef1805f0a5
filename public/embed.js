/* KI-Atlas NRW – sets the height of embedded graphics (iframe[data-ki-nrw]) on the host page.
   Own code, no dependencies, no cookies, no storage. Accepts height messages only from the origin
   this script was loaded from, and only for the iframe whose window sent the message. */
(function () {
  var script = document.currentScript;
  if (!script || !window.URL) return;
  var origin = new URL(script.src, location.href).origin;

  function frames() {
    return Array.prototype.filter.call(document.querySelectorAll('iframe[data-ki-nrw]'), function (frame) {
      try {
        return new URL(frame.src, location.href).origin === origin;
      } catch (_error) {
        return false;
      }
    });
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'ki-nrw:height') return;
    var height = Math.ceil(Number(data.height));
    if (!(height > 0 && height < 20000)) return;
    frames().forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.style.height = height + 'px';
    });
  });

  // Ask every frame for its height again: frames that loaded before this script ran, and after the
  // page was resized (Chromium pauses resize observers in frames scrolled out of view). The request
  // carries no data, so any target origin is safe.
  function ping() {
    frames().forEach(function (frame) {
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'ki-nrw:ping' }, '*');
    });
  }
  var timer;
  window.addEventListener('resize', function () {
    clearTimeout(timer);
    timer = setTimeout(ping, 150);
  });
  ping();
})();
