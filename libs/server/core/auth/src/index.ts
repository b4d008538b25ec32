export * from './lib/auth.decorators';
export * from './lib/principal';
export * from './lib/current-user.decorator';
export { AuthGuard } from './lib/auth.guard';
export { AuthModule } from './lib/auth.module';
