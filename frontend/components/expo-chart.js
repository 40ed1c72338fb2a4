// <expo-chart option='{...}'>: an Apache ECharts chart driven by a JSON option from the server.
// Only the chart kinds ExpoDesk uses are imported, to keep the bundle small.
import * as echarts from 'echarts/core';
import { BarChart, PieChart, LineChart, GaugeChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, PieChart, LineChart, GaugeChart, GridComponent, TooltipComponent, LegendComponent,
  TitleComponent, CanvasRenderer]);

class ExpoChart extends HTMLElement {
  static get observedAttributes() {
    return ['option'];
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this._chart = echarts.init(this, null, { renderer: 'canvas' });
    this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resize.observe(this);
    this._render();
  }

  disconnectedCallback() {
    if (this._resize) {
      this._resize.disconnect();
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  attributeChangedCallback() {
    this._render();
  }

  _render() {
    const text = this.getAttribute('option');
    if (!this._chart || !text) {
      return;
    }
    try {
      this._chart.setOption(JSON.parse(text), true);
    } catch (e) {
      console.error('expo-chart: invalid option', e);
    }
  }
}

if (!customElements.get('expo-chart')) {
  customElements.define('expo-chart', ExpoChart);
}
