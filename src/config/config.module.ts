import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig, ENVIRONMENT } from './app-config.js';
import type { Environment } from './environment.js';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(env: Environment): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: ENVIRONMENT, useValue: env }, AppConfig],
      exports: [AppConfig],
    };
  }
}
