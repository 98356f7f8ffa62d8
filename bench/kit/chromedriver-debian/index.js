// tachometer imports `chromedriver` for its side effect of putting a driver on PATH: point it at
// Debian's chromium-driver instead of downloading one.
import process from 'node:process';

export const path = '/usr/bin/chromedriver';
if (!(process.env.PATH ?? '').split(':').includes('/usr/bin')) process.env.PATH = `/usr/bin:${process.env.PATH ?? ''}`;
