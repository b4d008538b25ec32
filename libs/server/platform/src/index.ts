export { PlatformModule, PlatformJobsModule } from './lib/platform.module';
export { PLATFORM_ENTITIES } from './lib/platform.entities';
