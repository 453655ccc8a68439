/* The HTML appendix: each .data-table holds its rows as JSON (never as markup) and shows them
   50 at a time, with a filter box and sorting on a column header click. Cells are set with
   textContent, so corpus text is always shown as text. No network, no library. */
document.addEventListener("DOMContentLoaded", function () {
  if (window.matchMedia && window.matchMedia("print").matches) { return; }  // printing: the appendix is not printed
  document.querySelectorAll(".data-table").forEach(function (box) {
    var rows = JSON.parse(box.querySelector("script.data-table-rows").textContent);
    var body = box.querySelector("tbody"), count = box.querySelector(".data-table-count");
    var filter = box.querySelector("input"), prev = box.querySelector(".prev"), next = box.querySelector(".next");
    var state = {q: "", col: -1, asc: true, page: 0}, size = 50;
    function view() {
      var q = state.q.toLowerCase();
      var out = q ? rows.filter(function (r) { return r.some(function (c) { return String(c).toLowerCase().indexOf(q) >= 0; }); }) : rows.slice();
      if (state.col >= 0) {
        var k = state.col, dir = state.asc ? 1 : -1;
        out.sort(function (a, b) {
          var x = a[k], y = b[k];
          if (typeof x === "number" && typeof y === "number") { return dir * (x - y); }
          return dir * String(x).localeCompare(String(y));
        });
      }
      return out;
    }
    function draw() {
      var all = view(), pages = Math.max(1, Math.ceil(all.length / size));
      state.page = Math.min(state.page, pages - 1);
      body.textContent = "";
      all.slice(state.page * size, state.page * size + size).forEach(function (r) {
        var tr = document.createElement("tr");
        r.forEach(function (c) { var td = document.createElement("td"); td.textContent = c === null ? "" : String(c); tr.appendChild(td); });
        body.appendChild(tr);
      });
      count.textContent = all.length.toLocaleString() + " of " + rows.length.toLocaleString() + " rows · page " + (state.page + 1) + " of " + pages;
    }
    filter.addEventListener("input", function () { state.q = filter.value; state.page = 0; draw(); });
    prev.addEventListener("click", function () { state.page = Math.max(0, state.page - 1); draw(); });
    next.addEventListener("click", function () { state.page += 1; draw(); });
    box.querySelectorAll("th").forEach(function (th, i) {
      th.addEventListener("click", function () { state.asc = state.col === i ? !state.asc : true; state.col = i; draw(); });
    });
    draw();
  });
});
