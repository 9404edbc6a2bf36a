// The package root: the runtime's public surface, then every generated API's clients, operation
// functions and operation types (generated/index.ts). Schema types of one API are in
// `invoicing-sdk/<api>`. The generator refuses to emit a root name that this file already exports.
export {
  AbortError,
  ApiError,
  ConfigurationError,
  ConnectionError,
  InvoicingSdkError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
  TokenRequestError,
  UnexpectedResponseError,
  isAbortError,
  isApiError,
  isConfigurationError,
  isConnectionError,
  isInvoicingSdkError,
  isRequestValidationError,
  isResponseValidationError,
  isTimeoutError,
  isTokenRequestError,
  isUnexpectedResponseError,
  type ApiErrorDetails,
  type TransportErrorDetails,
  type ValidationIssue,
} from './errors.js';
export type {
  ApiDescription,
  ClientCore,
  ClientCredentialsAuthOptions,
  ClientOptions,
  FetchFunction,
  SharedClientOptions,
  TokenAuthOptions,
} from './client-core.js';
export type { CallOptions, OperationDescription } from './call-operation.js';
export type { ApiPromise, ApiResponse } from './with-response.js';
export type { ErrorShape } from './error-summary.js';
export type { BearerToken, TokenProvider } from './bearer-auth.js';
export type { ClientCredentials } from './client-credentials.js';
export type { LogEvent, Logger } from './logging.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';
export type { RetryCondition, RetrySafety } from './retry-safety.js';
export * from '../generated/index.js';
