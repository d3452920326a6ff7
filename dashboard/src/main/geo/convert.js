// Builds dashboard/src/main/resources/META-INF/resources/geo/us-states.json from us-atlas 3.0.1 (Census cartographic
// boundaries 2017, public domain; us-atlas code ISC): the 50 states and DC pre-projected with d3.geoAlbersUsa into a
// 975x610 frame (Alaska and Hawaii as insets), plus Puerto Rico, the U.S. Virgin Islands and Guam as insets placed
// linearly at the bottom right. y is negated because ECharts treats the second coordinate as latitude (north up).
const topo = require('topojson-client');
const albers = require('./node_modules/us-atlas/states-albers-10m.json');
const geo = require('./node_modules/us-atlas/states-10m.json');
const postal = {'01':'AL','02':'AK','04':'AZ','05':'AR','06':'CA','08':'CO','09':'CT','10':'DE','11':'DC','12':'FL','13':'GA','15':'HI','16':'ID','17':'IL','18':'IN','19':'IA','20':'KS','21':'KY','22':'LA','23':'ME','24':'MD','25':'MA','26':'MI','27':'MN','28':'MS','29':'MO','30':'MT','31':'NE','32':'NV','33':'NH','34':'NJ','35':'NM','36':'NY','37':'NC','38':'ND','39':'OH','40':'OK','41':'OR','42':'PA','44':'RI','45':'SC','46':'SD','47':'TN','48':'TX','49':'UT','50':'VT','51':'VA','53':'WA','54':'WV','55':'WI','56':'WY','72':'PR','78':'VI','66':'GU'};
const r = (v) => Math.round(v * 10) / 10;
const mapCoords = (c, f) => typeof c[0] === 'number' ? f(c) : c.map((x) => mapCoords(x, f));
const features = [];
for (const f of topo.feature(albers, albers.objects.states).features) {
  features.push({ type: 'Feature', properties: { name: postal[f.id], title: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: mapCoords(f.geometry.coordinates, ([x, y]) => [r(x), -r(y)]) } });
}
// Insets: [fips, left x, top y, pixels per degree]
const insets = [['72', 770, 560, 24], ['78', 850, 562, 24], ['66', 905, 548, 60]];
const unprojected = topo.feature(geo, geo.objects.states).features;
for (const [id, left, top, scale] of insets) {
  const f = unprojected.find((g) => g.id === id);
  let minX = Infinity, maxY = -Infinity;
  mapCoords(f.geometry.coordinates, ([x, y]) => { minX = Math.min(minX, x); maxY = Math.max(maxY, y); return [x, y]; });
  const cos = Math.cos((maxY * Math.PI) / 180);
  features.push({ type: 'Feature', properties: { name: postal[id], title: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: mapCoords(f.geometry.coordinates,
      ([x, y]) => [r(left + (x - minX) * scale * cos), -r(top + (maxY - y) * scale)]) } });
}
process.stdout.write(JSON.stringify({ type: 'FeatureCollection', features }));
