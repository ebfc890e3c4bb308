// addons-linter ships no types; this covers the part of its library API the tool uses.
declare module 'addons-linter' {
  interface LinterConfig {
    _: string[];
    logLevel: string;
    stack: boolean;
    pretty: boolean;
    warningsAsErrors: boolean;
    metadata: boolean;
    output: 'none' | 'json' | 'text';
    boring: boolean;
    selfHosted: boolean;
    shouldScanFile: (fileName: string) => boolean;
  }
  interface Linter {
    run(): Promise<unknown>;
  }
  const addonsLinter: {
    createInstance(options: { config: LinterConfig; runAsBinary: boolean }): Linter;
  };
  export default addonsLinter;
}
