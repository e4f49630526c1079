/* global document, Chart */
// Draws the numbers page's charts with Chart.js (served from node_modules) from the JSON the
// page embeds; the tables beside them carry the same numbers without JavaScript.
document.addEventListener('DOMContentLoaded', () => {
  const source = document.getElementById('numbers-data');
  if (!source || typeof Chart === 'undefined') return;
  const data = JSON.parse(source.textContent);
  const colours = [
    '#0b4f9c',
    '#c25400',
    '#2e7d4a',
    '#7b3fa0',
    '#b3261e',
    '#00707a',
    '#6b7280',
    '#8a6d00',
  ];
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: { legend: { display: false } },
  };
  const draw = (id, type, series, options = {}) => {
    const canvas = document.getElementById(id);
    if (!canvas) return;
    new Chart(canvas, {
      type,
      data: {
        labels: series.labels,
        datasets: [
          {
            label: series.label,
            data: series.values,
            backgroundColor: type === 'doughnut' ? ['#2e7d4a', '#b3261e'] : colours,
            borderColor: '#0b4f9c',
            maxBarThickness: 56,
          },
        ],
      },
      options: { ...common, ...options },
    });
  };
  draw('chart-per-day', 'bar', data.perDay, {
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
  });
  draw('chart-per-route', 'bar', data.perRoute, {
    indexAxis: 'y',
    scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
  });
  draw('chart-handover', 'bar', data.handover, {
    indexAxis: 'y',
    scales: { x: { beginAtZero: true, suggestedMax: 100 } },
  });
  draw('chart-feedback', 'doughnut', data.feedback, {
    plugins: { legend: { display: true, position: 'bottom' } },
  });
});
