"use strict";
(function () {
  var verdict = document.getElementById("verdict-filter");
  var subject = document.getElementById("subject-filter");
  var shown = document.getElementById("shown");
  var groups = document.querySelectorAll("tr.group");
  var singles = document.querySelectorAll("tr.single");

  function choose(select, value) {
    var known = Array.prototype.some.call(select.options, function (option) {
      return option.value === value;
    });
    select.value = known ? value : "";
  }

  function readAddress() {
    var params = new URLSearchParams(window.location.hash.slice(1));
    if (params.has("verdict") || params.has("subject")) {
      choose(verdict, params.get("verdict") || "");
      choose(subject, params.get("subject") || "");
    }
  }

  // A link to a group or a claim (from a source's list) opens the group it is in.
  function openTarget() {
    var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (!target) { return; }
    var details = target.querySelector("details") || target.closest("details");
    if (details) { details.open = true; }
  }

  function apply() {
    var count = 0;
    groups.forEach(function (row) {
      var visible = (!verdict.value || row.dataset.verdict === verdict.value) &&
        (!subject.value || row.dataset.subject === subject.value);
      row.hidden = !visible;
      if (visible) { count += 1; }
    });
    singles.forEach(function (row) {
      row.hidden = Boolean(verdict.value) || (Boolean(subject.value) && row.dataset.subject !== subject.value);
    });
    shown.textContent = count + " of " + groups.length + " groups shown";
  }

  function remember() {
    var params = new URLSearchParams();
    if (verdict.value) { params.set("verdict", verdict.value); }
    if (subject.value) { params.set("subject", subject.value); }
    var hash = params.toString();
    try {
      window.history.replaceState(null, "", hash ? "#" + hash : window.location.pathname + window.location.search);
    } catch (ignored) {
      // Some browsers refuse to change the address of a local file; the filter still works.
    }
    apply();
  }

  verdict.addEventListener("change", remember);
  subject.addEventListener("change", remember);
  window.addEventListener("hashchange", function () { readAddress(); apply(); openTarget(); });
  readAddress();
  apply();
  openTarget();
  document.body.dataset.ready = "1";
}());
