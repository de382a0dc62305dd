// The statistics dashboard's chart: the monthly figures carried in the canvas's data attributes.
(function () {
  var canvas = document.getElementById('chart-months');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  function numbers(name) {
    var text = canvas.dataset[name] || '';
    return text === '' ? [] : text.split(',').map(Number);
  }
  var labels = (canvas.dataset.labels || '').split(',').filter(function (l) { return l !== ''; });
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels,
      datasets: [
        { label: canvas.dataset.sumsLabel, data: numbers('sums'), backgroundColor: '#0d6efd' },
        { label: canvas.dataset.releasedLabel, data: numbers('released'), backgroundColor: '#198754' },
        { label: canvas.dataset.premiumLabel, data: numbers('premium'), backgroundColor: '#fd7e14' }
      ]
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false }
  });
})();
