// The alert form's live count: each text's characters and SMS segments (GSM-7: 160, or 153 per part;
// any other character: UCS-2, 70 or 67), an estimate shown while typing; the preview counts exactly.
(function () {
  var GSM = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  var EXTENDED = "^{}\\[~]|€";
  function segments(text) {
    var units = 0, gsm = true;
    for (var ch of text) {
      if (GSM.indexOf(ch) >= 0) { units += 1; } else if (EXTENDED.indexOf(ch) >= 0) { units += 2; } else { gsm = false; }
    }
    if (!gsm) {
      var length = 0;
      for (var c of text) { length += c.length; }
      return length <= 70 ? 1 : Math.ceil(length / 67);
    }
    return units <= 160 ? 1 : Math.ceil(units / 153);
  }
  document.querySelectorAll(".segment-count").forEach(function (counter) {
    var field = document.getElementById(counter.id.replace(/-count$/, ""));
    if (!field) { return; }
    var show = function () {
      var text = field.value;
      counter.textContent = counter.dataset.template.replace("{0}", Array.from(text).length)
          .replace("{1}", text.length === 0 ? 0 : segments(text));
    };
    field.addEventListener("input", show);
    show();
  });
})();
