// Small Chart.js bridge for the dashboard: one bar chart per canvas, redrawn when its figures change.
window.mineActionCharts = {
  charts: {},
  palette: ['#2e7d32', '#c62828', '#1565c0', '#ef6c00', '#6a1b9a', '#00838f'],
  render(id, chart) {
    this.dispose(id);
    const canvas = document.getElementById(id);
    if (!canvas || !window.Chart) return false;
    this.charts[id] = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: chart.categories,
        datasets: chart.series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: this.palette[i % this.palette.length] }))
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: {
          x: { stacked: chart.stacked },
          y: { stacked: chart.stacked, beginAtZero: true, title: { display: true, text: chart.unit } }
        },
        plugins: { legend: { position: 'bottom' } }
      }
    });
    return true;
  },
  dispose(id) {
    const chart = this.charts[id];
    if (chart) { chart.destroy(); delete this.charts[id]; }
  }
};
