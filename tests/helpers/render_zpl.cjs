// Render ZPL to PNG files offline with zpl-renderer-js (zebrash compiled to WASM), as a Zebra printer would.
// Usage: node render_zpl.cjs MODULES_DIR IN.zpl OUT_PREFIX WIDTH_MM HEIGHT_MM DPMM
// Writes OUT_PREFIX-1.png, OUT_PREFIX-2.png, ... (one per ^XA..^XZ label) and prints the count.
const path = require("node:path");
const fs = require("node:fs");
const [modulesDir, input, prefix, widthMm, heightMm, dpmm] = process.argv.slice(2);
const { ready } = require(path.join(modulesDir, "zpl-renderer-js"));
(async () => {
  const { api } = await ready;
  const zpl = fs.readFileSync(input, "utf8");
  const labels = await api.zplToBase64MultipleAsync(zpl, Number(widthMm), Number(heightMm), Number(dpmm));
  labels.forEach((b64, i) => fs.writeFileSync(`${prefix}-${i + 1}.png`, Buffer.from(b64, "base64")));
  console.log(labels.length);
  process.exit(0);
})().catch((err) => {
  console.error(String(err && err.stack ? err.stack : err));
  process.exit(2);
});
