/** Finds a Chromium to drive: CHROMIUM_PATH, then the usual system paths. */
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Returns the path of a Chromium binary or throws one line telling a newcomer how to get one. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH zeigt auf „${fromEnv}“, dort liegt aber kein Browser.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'Kein Chromium gefunden: bitte „sudo apt-get install -y chromium“ ausführen oder CHROMIUM_PATH=/pfad/zu/chromium setzen (no Chromium found: install one or set CHROMIUM_PATH).',
  );
}
