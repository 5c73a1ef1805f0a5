// Plain JavaScript on purpose: it must run on any Node version and explain, in one line, what is needed.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `KI-Atlas NRW braucht Node.js 22.12 oder neuer (gefunden: ${process.versions.node}). ` +
      `Installieren: npm install -g --prefix "$HOME/.local/node24" node@24 und dann PATH="$HOME/.local/node24/bin:$PATH" ` +
      `(needs Node >= 22.12; found ${process.versions.node}).`,
  );
  process.exit(1);
}
