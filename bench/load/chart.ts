import sharp from 'sharp';

export interface ChartSeries {
  label: string;
  points: Array<{ rps: number; p99_ms: number; p50_ms: number }>;
}

const palette = ['#c0392b', '#2980b9', '#27ae60', '#8e44ad', '#d35400', '#16a085', '#2c3e50'];

/** Latency (p99 solid, p50 dashed; log scale) against throughput, one colour per scenario/transport. */
export async function writeLatencyThroughputPng(
  series: ChartSeries[],
  file: string,
  title: string,
): Promise<void> {
  const width = 900;
  const height = 560;
  const m = { left: 70, right: 230, top: 40, bottom: 50 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const all = series.flatMap((s) => s.points);
  const maxRps = Math.max(1, ...all.map((p) => p.rps)) * 1.05;
  const lo = Math.floor(Math.log10(Math.max(0.1, Math.min(...all.map((p) => Math.max(p.p50_ms, 0.1))))));
  const hi = Math.ceil(Math.log10(Math.max(1, ...all.map((p) => p.p99_ms))));
  const x = (rps: number) => m.left + (rps / maxRps) * plotW;
  const y = (ms: number) =>
    m.top + plotH - ((Math.log10(Math.max(ms, 0.1)) - lo) / Math.max(1, hi - lo)) * plotH;
  const grid: string[] = [];
  for (let e = lo; e <= hi; e++) {
    const v = 10 ** e;
    grid.push(
      `<line x1="${m.left}" y1="${y(v)}" x2="${m.left + plotW}" y2="${y(v)}" stroke="#ddd"/>` +
        `<text x="${m.left - 6}" y="${y(v) + 4}" font-size="12" text-anchor="end">${v} ms</text>`,
    );
  }
  for (let i = 0; i <= 5; i++) {
    const v = (maxRps * i) / 5;
    grid.push(
      `<text x="${x(v)}" y="${m.top + plotH + 18}" font-size="12" text-anchor="middle">${v.toFixed(0)}</text>`,
    );
  }
  const lines = series.map((s, i) => {
    const colour = palette[i % palette.length];
    const pts = [...s.points].sort((a, b) => a.rps - b.rps);
    const path = (key: 'p99_ms' | 'p50_ms') =>
      pts.map((p, j) => `${j === 0 ? 'M' : 'L'}${x(p.rps).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');
    const dots = pts
      .map((p) => `<circle cx="${x(p.rps)}" cy="${y(p.p99_ms)}" r="3" fill="${colour}"/>`)
      .join('');
    const legendY = m.top + 16 + i * 20;
    const label = s.label.replace(/[<>&"]/g, '_');
    return (
      `<path d="${path('p99_ms')}" fill="none" stroke="${colour}" stroke-width="2"/>` +
      `<path d="${path('p50_ms')}" fill="none" stroke="${colour}" stroke-width="1" stroke-dasharray="4 3"/>${dots}` +
      `<line x1="${width - m.right + 15}" y1="${legendY - 4}" x2="${width - m.right + 35}" y2="${legendY - 4}" stroke="${colour}" stroke-width="2"/>` +
      `<text x="${width - m.right + 40}" y="${legendY}" font-size="12">${label}</text>`
    );
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="white"/>${grid.join('')}${lines.join('')}
<text x="${width / 2}" y="22" font-size="15" text-anchor="middle">${title.replace(/[<>&"]/g, '_')}</text>
<text x="${m.left + plotW / 2}" y="${height - 12}" font-size="13" text-anchor="middle">requests/s</text>
<text x="16" y="${m.top + plotH / 2}" font-size="13" text-anchor="middle" transform="rotate(-90 16 ${m.top + plotH / 2})">latency (p99 solid, p50 dashed)</text>
</svg>`;
  await sharp(Buffer.from(svg)).png().toFile(file);
}
