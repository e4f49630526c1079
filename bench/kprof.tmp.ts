import { summariseProfiles } from './lib/cpu-profile.ts';
console.log(summariseProfiles(process.argv[2]!, 25));
