/** The tool's version, as `--version` prints it and a case file records it (package.json's). */
export const TOOL_VERSION = '0.1.0';
