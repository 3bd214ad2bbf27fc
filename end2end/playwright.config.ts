import { defineConfig } from '@playwright/test';
import * as os from 'os';
import * as path from 'path';

const port = Number(process.env.E2E_PORT || 3100);
const dataDir = process.env.E2E_DATA_DIR || path.join(os.tmpdir(), `konto-e2e-${process.pid}`);

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'pl-PL',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
             '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: `rm -rf "${dataDir}" && mkdir -p "${dataDir}" && ../target/release/konto-server`,
    url: `http://127.0.0.1:${port}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      KO_ADDR: `127.0.0.1:${port}`,
      DATABASE_URL: `sqlite://${dataDir}/e2e.db`,
      KO_DATA_DIR: dataDir,
      LEPTOS_SITE_ROOT: '../target/site',
      KO_DEMO: '1',
      KO_DEV_OUTBOX: '1',
      KO_REGISTER_LIMIT_ADDRESS: '10000',
      KO_LOGIN_LIMIT_ADDRESS: '10000',
      KO_FLASH_LIMIT_ADDRESS: '1000000',
      RUST_LOG: 'warn',
    },
  },
});
