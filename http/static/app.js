// Вістка: small enhancements of pages that work without them.
(function () {
  "use strict";

  // Highlight layers on the article page: one checkbox per layer.
  var text = document.getElementById("text");
  document.querySelectorAll("#legend input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () {
      if (text) text.classList.toggle("hide-" + box.dataset.layer, !box.checked);
    });
  });

  // Hovering a mention, or an entity in the list, lights up all its
  // mentions.
  function same(id, on) {
    document.querySelectorAll('[data-entity="' + CSS.escape(id) + '"]').forEach(function (el) {
      el.classList.toggle("same", on);
    });
  }
  ["mouseover", "mouseout"].forEach(function (type) {
    document.addEventListener(type, function (ev) {
      var el = ev.target.closest && ev.target.closest("[data-entity]");
      if (el) same(el.dataset.entity, type === "mouseover");
    });
  });

  // Entity names for the search filter, from the API as one types.
  var input = document.getElementById("entity");
  var list = document.getElementById("entity-list");
  if (input && list) {
    var timer = 0, last = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 2 || q === last || /^\d+$/.test(q)) return;
        last = q;
        fetch("/api/entities?limit=8&q=" + encodeURIComponent(q))
          .then(function (r) { return r.ok ? r.json() : { results: [] }; })
          .then(function (data) {
            list.replaceChildren();
            (data.results || []).forEach(function (e) {
              var o = document.createElement("option");
              o.value = e.name;
              o.label = e.name + " (" + e.documents + ")";
              list.appendChild(o);
            });
          })
          .catch(function () {});
      }, 200);
    });
  }
})();
