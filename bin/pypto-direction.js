#!/usr/bin/env node
'use strict';
// runBin flushes stdout/stderr and then calls process.exit itself (see src/cli/exit.ts).
require('../dist/cli/exit').runBin(process.argv.slice(2));
