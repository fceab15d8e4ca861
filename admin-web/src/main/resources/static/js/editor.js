// The script editor: line numbers beside the text, kept in step as it scrolls and as lines
// are added, and each problem's link moving the caret to its line. Without this script the
// text field works alone and a problem's link only leads to it.
(function () {
  'use strict';
  var area = document.getElementById('source');
  var gutter = document.getElementById('source-gutter');
  if (!area || !gutter) {
    return;
  }
  var problemLines = {};
  document.querySelectorAll('#script-problems li.problem').forEach(function (element) {
    problemLines[element.getAttribute('data-line')] = true;
  });
  var shown = -1;

  function lineCount() {
    var count = 1;
    var at = area.value.indexOf('\n');
    while (at >= 0) {
      count++;
      at = area.value.indexOf('\n', at + 1);
    }
    return count;
  }

  function numberLines() {
    var count = lineCount();
    if (count === shown) {
      return;
    }
    shown = count;
    var numbers = document.createDocumentFragment();
    for (var line = 1; line <= count; line++) {
      var number = document.createElement('span');
      number.textContent = String(line);
      if (problemLines[line]) {
        number.className = 'gutter-problem';
      }
      numbers.appendChild(number);
    }
    gutter.replaceChildren(numbers);
    followScroll();
  }

  function followScroll() {
    gutter.scrollTop = area.scrollTop;
  }

  // Selects the whole line (its text, without the line break) and scrolls it into view,
  // a third of the way down the field.
  function goToLine(line) {
    var text = area.value;
    var start = 0;
    for (var i = 1; i < line; i++) {
      var end = text.indexOf('\n', start);
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    var stop = text.indexOf('\n', start);
    if (stop < 0) {
      stop = text.length;
    }
    area.focus();
    area.setSelectionRange(start, stop);
    var lineHeight = parseFloat(window.getComputedStyle(area).lineHeight) || 20;
    area.scrollTop = Math.max(0, (line - 1) * lineHeight - area.clientHeight / 3);
    area.scrollLeft = 0;
    followScroll();
    area.scrollIntoView({ block: 'nearest' });
  }

  document.querySelectorAll('a.goto-line').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var line = parseInt(link.getAttribute('data-line'), 10);
      if (line > 0) {
        event.preventDefault();
        goToLine(line);
      }
    });
  });
  area.addEventListener('input', numberLines);
  area.addEventListener('scroll', followScroll);
  gutter.hidden = false;
  numberLines();
}());
