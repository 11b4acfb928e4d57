export interface SystemPackage {
  name: string;
  file: string;
  debian: string;
  onlyToInstall: boolean;
}
export declare const systemPackages: SystemPackage[];
export declare function missingSystemPackages(options: {
  chromium?: string;
  codeServerInstalled: boolean;
  exists?: (file: string) => boolean;
}): SystemPackage[];
export declare function missingPackagesMessage(missing: SystemPackage[]): string;
export declare const MISSING_PACKAGES_EXIT: number;
export declare function isProcessAlive(pid: number): boolean;
export declare function staleLockReason(
  lock: string,
  options: { maxAgeMs: number; now?: number; isAlive?: (pid: number) => boolean },
): string | undefined;
export declare function withLock<T>(
  lock: string,
  fn: () => T | Promise<T>,
  options: { maxAgeMs: number; log?: (message: string) => void; pollMs?: number },
): Promise<T>;
