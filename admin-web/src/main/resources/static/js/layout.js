// The menu on a narrow screen: folded behind a button that opens and closes it
// (the button's aria-expanded says which; the style sheet hides the menu only when the script runs).
(function () {
  'use strict';
  var toggle = document.getElementById('menu-toggle');
  if (!toggle) {
    return;
  }
  document.documentElement.classList.add('menu-folds');
  toggle.hidden = false;
  toggle.addEventListener('click', function () {
    var open = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', String(!open));
  });
}());

// A table wider than the screen scrolls inside its box: the box takes keyboard focus so
// that it can be scrolled without a mouse.
(function () {
  'use strict';
  function focusable() {
    document.querySelectorAll('.table-box').forEach(function (box) {
      if (box.scrollWidth > box.clientWidth) {
        box.setAttribute('tabindex', '0');
      }
      else {
        box.removeAttribute('tabindex');
      }
    });
  }
  document.addEventListener('DOMContentLoaded', focusable);
  window.addEventListener('resize', focusable);
}());

// A refused form: the focus goes to the first field its error is about (for a group of
// boxes, its first box), so the person can fix it at once and hears the error with it.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var invalid = document.querySelector('[aria-invalid="true"]');
    if (!invalid) {
      return;
    }
    var field = (invalid.tagName === 'FIELDSET') ? invalid.querySelector('input, select, textarea') : invalid;
    if (field) {
      field.focus();
    }
  });
}());
