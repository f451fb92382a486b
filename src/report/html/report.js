"use strict";
(function () {
  var verdict = document.getElementById("verdict-filter");
  var status = document.getElementById("status-filter");
  var subject = document.getElementById("subject-filter");
  var shown = document.getElementById("shown");
  var groups = document.querySelectorAll("article.group");
  var singles = document.querySelectorAll("tr.single");

  function choose(select, value) {
    var known = Array.prototype.some.call(select.options, function (option) {
      return option.value === value;
    });
    select.value = known ? value : "";
  }

  function readAddress() {
    var params = new URLSearchParams(window.location.hash.slice(1));
    if (params.has("verdict") || params.has("status") || params.has("subject")) {
      choose(verdict, params.get("verdict") || "");
      choose(status, params.get("status") || "");
      choose(subject, params.get("subject") || "");
    }
  }

  // A link to a group or a claim (from a source's list) opens the group it is in.
  function openTarget() {
    var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (!target) { return; }
    var details = target.querySelector("details:not(.history)") || target.closest("details");
    if (details) { details.open = true; }
  }

  function apply() {
    var count = 0;
    groups.forEach(function (group) {
      var visible = (!verdict.value || group.dataset.verdict === verdict.value) &&
        (!status.value || group.dataset.status === status.value) &&
        (!subject.value || group.dataset.subject === subject.value);
      group.hidden = !visible;
      if (visible) { count += 1; }
    });
    singles.forEach(function (row) {
      row.hidden = Boolean(verdict.value) || Boolean(status.value) ||
        (Boolean(subject.value) && row.dataset.subject !== subject.value);
    });
    shown.textContent = count + " of " + groups.length + " groups shown";
  }

  function remember() {
    var params = new URLSearchParams();
    if (verdict.value) { params.set("verdict", verdict.value); }
    if (status.value) { params.set("status", status.value); }
    if (subject.value) { params.set("subject", subject.value); }
    var hash = params.toString();
    try {
      window.history.replaceState(null, "", hash ? "#" + hash : window.location.pathname + window.location.search);
    } catch (ignored) {
      // Some browsers refuse to change the address of a local file; the filter still works.
    }
    apply();
  }

  // Copying an id selects it first, so it can be copied by hand where the clipboard is refused.
  function copy(button) {
    var id = button.dataset.copy;
    var code = button.parentNode.querySelector(".discrepancy-id");
    var range = document.createRange();
    range.selectNodeContents(code);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (ignored) { copied = false; }
    function done(ok) { button.textContent = ok ? "Copied" : "Selected: press Ctrl+C"; }
    if (!copied && navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(id).then(function () { done(true); }, function () { done(false); });
    } else {
      done(copied);
    }
  }

  document.querySelectorAll("button.copy").forEach(function (button) {
    button.addEventListener("click", function () { copy(button); });
  });
  verdict.addEventListener("change", remember);
  status.addEventListener("change", remember);
  subject.addEventListener("change", remember);
  window.addEventListener("hashchange", function () { readAddress(); apply(); openTarget(); });
  readAddress();
  apply();
  openTarget();
  document.body.dataset.ready = "1";
}());
