/**
 * The one IPC contract: every channel, its request and its response, declared once.
 * The preload type, the router's validation and the browser harness all derive from it.
 */
import { z } from 'zod';
import { appInfoSchema } from './appInfo';
import { settingsPatchSchema, settingsSchema } from '../settings/settings';
import { channels } from './channels';

/** A request that carries nothing. */
const noRequest = z.undefined();

export const contract = {
  getAppInfo: { channel: channels.getAppInfo, request: noRequest, response: appInfoSchema },
  getSettings: { channel: channels.getSettings, request: noRequest, response: settingsSchema },
  updateSettings: { channel: channels.updateSettings, request: settingsPatchSchema, response: settingsSchema },
} as const satisfies { [M in keyof typeof channels]: ChannelDefinition & { channel: (typeof channels)[M] } };

export interface ChannelDefinition {
  channel: string;
  request: z.ZodType;
  response: z.ZodType;
}

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
export type ParsedRequestOf<M extends MethodName> = z.output<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;

export const methodNames = Object.keys(contract) as MethodName[];

/** The method a channel name belongs to, if any. */
export function methodForChannel(channel: string): MethodName | undefined {
  return methodNames.find((method) => contract[method].channel === channel);
}
