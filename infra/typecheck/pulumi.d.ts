/**
 * A stand-in for @pulumi/pulumi's type surface, used only when `sst install` could not fetch the
 * real package (no network). It models what the SST component signatures need: Input, Output
 * (with lifted properties), Unwrap, and the resource option types. With the real package present
 * in .sst/platform/node_modules, infra/tsconfig.json resolves that instead.
 */
export interface OutputInstance<T> {
  apply<U>(func: (t: T) => Input<U>): Output<U>;
  get(): T;
}
type Primitive = string | number | boolean | undefined | null;
export type Lifted<T> = T extends Primitive
  ? {}
  : T extends readonly (infer E)[]
    ? { readonly length: Output<number>; readonly [n: number]: Output<E> }
    : T extends object
      ? { readonly [K in keyof T]-?: Output<T[K]> }
      : {};
export type Output<T> = OutputInstance<T> & Lifted<T>;
export type Input<T> = T | Promise<T> | OutputInstance<T>;
export type Inputs = Record<string, Input<any>>;
export type Unwrap<T> = T extends OutputInstance<infer U> ? Unwrap<U> : T extends Promise<infer U> ? Unwrap<U> : T extends Primitive ? T : T extends readonly (infer E)[] ? Unwrap<E>[] : T extends object ? { [K in keyof T]: Unwrap<T[K]> } : T;
export type UnwrappedObject<T> = { [K in keyof T]: Unwrap<T[K]> };

export function output<T>(val: Input<T>): Output<Unwrap<T>>;
export function secret<T>(val: Input<T>): Output<Unwrap<T>>;
export function all<T extends readonly unknown[]>(values: [...T]): Output<{ [K in keyof T]: Unwrap<T[K]> }>;
export function all<T extends Record<string, unknown>>(values: T): Output<{ [K in keyof T]: Unwrap<T[K]> }>;
export function interpolate(literals: TemplateStringsArray, ...placeholders: Input<any>[]): Output<string>;
export function concat(...params: Input<any>[]): Output<string>;
export function jsonStringify(obj: Input<any>, replacer?: (this: any, key: string, value: any) => any, space?: string | number): Output<string>;
export function jsonParse(text: Input<string>): Output<any>;
export function isUnknown(v: any): boolean;
export function getProject(): string;
export function getStack(): string;
export function getOrganization(): string;
export function log(...args: any[]): void;
export namespace log {
  function info(msg: string, resource?: any): void;
  function warn(msg: string, resource?: any): void;
  function error(msg: string, resource?: any): void;
  function debug(msg: string, resource?: any): void;
}
export namespace runtime {
  const isDryRun: () => boolean;
  function registerStackTransformation(t: any): void;
  function registerResourceTransform(t: any): void;
}
export type ID = string;
export type URN = string;
export interface ResourceOptions {
  id?: Input<ID>;
  parent?: Resource;
  dependsOn?: Input<Input<Resource>[]> | Input<Resource>;
  protect?: boolean;
  ignoreChanges?: string[];
  retainOnDelete?: boolean;
  provider?: ProviderResource;
  providers?: Record<string, ProviderResource> | ProviderResource[];
  aliases?: Input<any>[];
  transformations?: any[];
  transforms?: any[];
  deleteBeforeReplace?: boolean;
  replaceOnChanges?: string[];
  customTimeouts?: { create?: string; update?: string; delete?: string };
  version?: string;
  import?: ID;
  [key: string]: any;
}
export interface CustomResourceOptions extends ResourceOptions {}
export interface ComponentResourceOptions extends ResourceOptions {}
export class Resource {
  readonly urn: Output<URN>;
  static isInstance(obj: any): obj is Resource;
}
export class CustomResource extends Resource {
  readonly id: Output<ID>;
  constructor(t: string, name: string, props?: Inputs, opts?: CustomResourceOptions);
}
export class ProviderResource extends CustomResource {}
export class ComponentResource<TData = any> extends Resource {
  constructor(type: string, name: string, args?: Inputs, opts?: ComponentResourceOptions, remote?: boolean);
  protected registerOutputs(outputs?: Inputs | Promise<Inputs> | Output<Inputs>): void;
  protected getData(): Promise<TData>;
}
export class Config {
  constructor(name?: string);
  get(key: string): string | undefined;
  require(key: string): string;
}
export class StackReference extends CustomResource {
  getOutput(name: Input<string>): Output<any>;
}
export namespace dynamic {
  interface ResourceProvider { [k: string]: any }
  class Resource extends CustomResource {
    constructor(provider: ResourceProvider, name: string, props: Inputs, opts?: CustomResourceOptions, module?: string, type?: string);
  }
}
export namespace asset {
  class Asset {}
  class Archive {}
  class FileAsset extends Asset { constructor(path: Input<string>) }
  class StringAsset extends Asset { constructor(text: Input<string>) }
  class FileArchive extends Archive { constructor(path: Input<string>) }
  class AssetArchive extends Archive { constructor(assets: Record<string, Asset | Archive>) }
}
