/** Stand-in for packages `sst install` could not fetch here (provider SDKs, build tools): typed as any. */
declare const anyModule: any;
export = anyModule;
