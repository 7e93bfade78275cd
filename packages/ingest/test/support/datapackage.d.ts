// The parts of Frictionless' datapackage library (it ships no types) the tests use.
declare module "datapackage" {
  interface Resource {
    name: string;
    read(options?: { cast?: boolean; relations?: boolean; keyed?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string, options?: { strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    getResource(name: string): Resource | null;
  }
}
