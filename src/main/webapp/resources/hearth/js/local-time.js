// Moments (quiz attempts, notes, published versions, imports) are written by the server in UTC,
// which names its zone. Here each <time class="local-time"> is rewritten in the reader's own zone,
// named too ("4 Dec 2026, 19:41 GMT+1"), with the UTC original kept as its tooltip. Without
// scripts the UTC text stays, which is still right.
(function () {
  "use strict";
  if (!window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  var format = new Intl.DateTimeFormat(document.documentElement.lang || "en", {
    day: "numeric", month: "short", year: "numeric",
    hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short"
  });
  var moments = document.querySelectorAll("time.local-time[datetime]");
  for (var i = 0; i < moments.length; i++) {
    var at = new Date(moments[i].getAttribute("datetime"));
    if (!isNaN(at.getTime())) {
      moments[i].title = moments[i].textContent;
      moments[i].textContent = format.format(at);
    }
  }
})();
