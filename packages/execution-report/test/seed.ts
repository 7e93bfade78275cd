// The seed this package's tests read, through the shared test helpers.
export { readRepoFile, sourceOf } from "@lianzheng/test-support";

export const SEED_003 = "seeds/003_2d62c1db8ab3e0f0.txt";
