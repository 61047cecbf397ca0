// Progressive enhancement of "Nieuwe aanvraag": show the money fields only for bijzondere bijstand,
// and the municipality's share as it is typed. Without this script the form works the same.
(function () {
  var form = document.getElementById("aanvraag");
  if (!form) { return; }
  var money = document.getElementById("geld");
  var share = document.getElementById("gemeentelijk-deel");
  function amount(text) {
    var plain = (text || "").replace(/[\s€]/g, "");
    if (plain.indexOf(",") >= 0) { plain = plain.replace(/\./g, "").replace(",", "."); }
    var value = Number(plain);
    return plain === "" || isNaN(value) ? null : value;
  }
  function update() {
    var scheme = form.querySelector("input[name='Input.Scheme']:checked");
    var budget = scheme && scheme.value === "bijzondere-bijstand";
    money.hidden = !budget;
    var cost = amount(document.getElementById("kosten").value);
    var own = amount(document.getElementById("eigen-bijdrage").value) || 0;
    share.textContent = cost === null ? "–" : new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(Math.max(0, cost - own));
  }
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  update();
})();
