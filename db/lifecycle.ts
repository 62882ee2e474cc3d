/**
 * What must be undone when the process stops: steps run last-registered first (HTTP drains before the driver closes,
 * the driver closes before Neo4j stops), once, whether the stop comes from a signal, a failure or a normal end.
 * Installed before anything is started, so a Ctrl-C during Neo4j's start-up or a long seed still stops the JVM.
 */
export class Lifecycle {
  private readonly steps: { name: string; run: () => Promise<void> | void }[] = [];
  private readonly emergency: (() => void)[] = [];
  private stopping: Promise<void> | undefined;

  constructor(private readonly log: (line: string) => void) {}

  /** Adds a cleanup step. */
  add(name: string, run: () => Promise<void> | void): void {
    this.steps.push({ name, run });
  }

  /** Adds a synchronous last resort for when the process exits before the steps could run (a second Ctrl-C). */
  addEmergency(run: () => void): void {
    this.emergency.push(run);
  }

  /** Runs every step, newest first; a failing step is reported and the others still run. */
  shutdown(): Promise<void> {
    this.stopping ??= (async () => {
      for (const step of [...this.steps].reverse()) {
        try {
          await step.run();
        } catch (error) {
          this.log(`could not stop ${step.name}: ${(error as Error).message}`);
        }
      }
      process.off('exit', this.onExit);
    })();
    return this.stopping;
  }

  private readonly onExit = () => {
    for (const run of this.emergency) run();
  };

  /**
   * SIGINT/SIGTERM shut down in order and exit 0; a second signal exits at once, with the emergency steps (SIGTERM
   * to a Neo4j this process started) still run on the way out.
   */
  installSignalHandlers(): void {
    process.on('exit', this.onExit);
    let signals = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      signals += 1;
      if (signals > 1) {
        this.log('second signal: exiting now');
        process.exit(130);
      }
      this.log(`${signal}: shutting down`);
      this.shutdown().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
}
