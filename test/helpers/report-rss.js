'use strict';
// Preloaded (`node -r`) into a CLI run by the adversarial tests: at exit, writes the process's
// peak resident set size in KB to $PYPTO_TEST_RSS_FILE.
process.on('exit', () => {
  if (process.env.PYPTO_TEST_RSS_FILE) require('fs').writeFileSync(process.env.PYPTO_TEST_RSS_FILE, String(process.resourceUsage().maxRSS));
});
