// A participant's moods as a line chart (uPlot, from its WebJar): the points come from the
// chart box's data attributes; the table beside it holds the same points as text.
(function () {
  'use strict';
  var box = document.getElementById('mood-chart');
  if (!box || typeof uPlot === 'undefined') {
    return;
  }
  function numbers(value) {
    return value ? value.split(',').map(Number) : [];
  }
  var times = numbers(box.dataset.times);
  var moods = numbers(box.dataset.moods);
  var zone = box.dataset.zone;
  function options(width) {
    return {
      width: width,
      height: 240,
      legend: { show: false },
      tzDate: function (seconds) {
        return zone ? uPlot.tzDate(new Date(seconds * 1000), zone) : new Date(seconds * 1000);
      },
      scales: { y: { range: [0.5, 5.5] } },
      axes: [{}, { label: box.dataset.label, splits: function () { return [1, 2, 3, 4, 5]; } }],
      series: [{}, { stroke: '#2f5d9e', width: 2, points: { show: true, size: 8 } }]
    };
  }
  function width() {
    return Math.max(200, box.clientWidth);
  }
  var chart = new uPlot(options(width()), [times, moods], box);
  window.addEventListener('resize', function () {
    chart.setSize({ width: width(), height: 240 });
  });
}());
